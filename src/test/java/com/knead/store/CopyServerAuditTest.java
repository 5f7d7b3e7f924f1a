package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Refused;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The running Knead's side of a command's audit entry ({@code AUDIT} on {@code knead.sock}): appended once
 * per key, even sent twice; only the command line's own entries, naming nobody on the staff.
 */
class CopyServerAuditTest extends WithOpenStores {

    private long count(UUID id) {
        return stores.audit().latest(100).stream().filter(e -> e.id().equals(id)).count();
    }

    @Test
    void anEntrySentTwiceIsAppendedOnceAndOnlyTheCommandLinesAreTaken() {
        stores.serveCopies();
        AuditStore.Entry entry = AuditStore.Entry.of("command line", "exported", "written", Optional.empty(),
                Optional.empty(), "The X as PDF to /tmp/x.pdf,\nby the command line (OS user alice) ✓",
                Instant.parse("2026-12-01T18:30:00Z"));
        CopyServer.audit(dir, entry);
        CopyServer.audit(dir, entry);
        assertThat(count(entry.id())).isEqualTo(1);
        assertThat(stores.audit().latest(100)).contains(entry);

        AuditStore.Entry office = AuditStore.Entry.of("office", "exported", "written", Optional.empty(),
                Optional.empty(), "", Instant.parse("2026-12-01T18:31:00Z"));
        assertThatThrownBy(() -> CopyServer.audit(dir, office)).isInstanceOf(Refused.class)
                .hasMessage("Only the command line's own entries are taken.");
        assertThat(count(office.id())).isZero();
        AuditStore.Entry owner = AuditStore.Entry.of("command line", "exported", "written", Optional.empty(),
                Optional.of(UUID.randomUUID()), "", Instant.parse("2026-12-01T18:32:00Z"));
        assertThatThrownBy(() -> CopyServer.audit(dir, owner)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodyListeningIsSaidInASentence() {
        AuditStore.Entry entry = AuditStore.Entry.of("command line", "exported", "written", Optional.empty(),
                Optional.empty(), "", Instant.parse("2026-12-01T18:30:00Z"));
        assertThatThrownBy(() -> CopyServer.audit(dir, entry)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("The running Knead did not record this in its audit log");
    }
}
