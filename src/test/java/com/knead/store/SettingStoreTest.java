package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On real H2: a setting changed from the office and its audit entry are written together, or neither is. */
class SettingStoreTest extends WithOpenStores {

    private static AuditStore.Entry entry(String detail, Instant at) {
        return new AuditStore.Entry(Ids.next(), "office", "settings", "changed", Optional.empty(), Optional.empty(),
                detail, at);
    }

    @Test
    void aSettingAndItsAuditEntryLandTogetherOrNotAtAll() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditStore.Entry first = entry("desk sign-out minutes: 10 → 15", at);

        stores.settings().put("desk.signOutMinutes", "15", at, Optional.of(first));
        assertThat(stores.settings().get("desk.signOutMinutes")).contains("15");
        assertThat(stores.audit().latest(1)).containsExactly(first);

        // The same entry again cannot be appended (its key is taken): the setting it came with is not kept either.
        assertThatThrownBy(() -> stores.settings().put("desk.signOutMinutes", "30", at.plusSeconds(1), Optional.of(first)))
                .isInstanceOf(RuntimeException.class);
        assertThat(stores.settings().get("desk.signOutMinutes")).contains("15");

        stores.settings().put("desk.signOutMinutes", "15", at.plusSeconds(2), Optional.empty());
        assertThat(stores.audit().latest(1)).as("nothing to audit, nothing appended").containsExactly(first);
    }
}
