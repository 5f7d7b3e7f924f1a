package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A use-case test on the demo clinic in a fresh data folder of its own, opened before each test and closed after. */
abstract class OpenClinic {

    @TempDir
    Path folder;
    Stores stores;

    @BeforeEach
    void open() {
        stores = DemoFolder.open(folder);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    /** How many audit entries there are now, to read back with {@link #officeChangesSince}. */
    int auditCount() {
        return stores.audit().latest(10_000).size();
    }

    /**
     * The audit entries written since there were {@code before}, newest first, each checked as a change
     * {@code by} made at the office at {@code at}, about no client.
     */
    List<AuditStore.Entry> officeChangesSince(int before, StaffMember by, Instant at) {
        List<AuditStore.Entry> all = stores.audit().latest(10_000);
        List<AuditStore.Entry> added = all.subList(0, all.size() - before);
        assertThat(added).allSatisfy(e -> {
            assertThat(e.place()).isEqualTo("office");
            assertThat(e.outcome()).isEqualTo("changed");
            assertThat(e.client()).isEmpty();
            assertThat(e.staff()).hasValue(by.id());
            assertThat(e.at()).isEqualTo(at);
        });
        return added;
    }

    LocalDate today() {
        return stores.clinic().businessDay(Instant.now());
    }

    Modality deepTissue() {
        return stores.catalog().priceListOn(today()).modalities().stream().filter(m -> m.name().equals("Deep tissue"))
                .findFirst().orElseThrow();
    }

    ServicePrice deepTissue60() {
        return stores.catalog().priceListOn(today()).price(deepTissue().id(), 60).orElseThrow();
    }

    StaffMember staff(String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** The demo cashier, as the desk has her once she signed in. */
    StaffMember riley() {
        return staff("Riley Brooks");
    }

    StaffMember owner() {
        return stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst().orElseThrow();
    }

    /** A kiosk check-in (60-minute Swedish, neck pain 3) whose intake raises the "blood clots" red flag. */
    Visit redFlagCheckIn(String name) {
        return redFlagCheckIn(name, false);
    }

    /** The same, with the price list's first add-on chosen when {@code withAddOn}. */
    Visit redFlagCheckIn(String name, boolean withAddOn) {
        Modality swedish = stores.catalog().priceListOn(today()).modalities().stream().filter(m -> m.name().equals("Swedish"))
                .findFirst().orElseThrow();
        Instant now = Instant.now();
        ClientDetails client = new ClientDetails(ContactDetails.of(name, "555 123 4567"), "", LocalDate.of(1980, 1, 1));
        IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "medium", "blood_clots", "yes"), Map.of(BodyRegion.NECK, 3));
        return stores.intakes().checkIn(new KioskCheckIn(client, Optional.empty(), answers,
                Optional.of(new Signature(signaturePng(), now)), swedish,
                stores.catalog().priceListOn(today()).price(swedish.id(), 60).orElseThrow(), withAddOn ? List.of(stores.catalog().priceListOn(today()).addOns().get(0)) : List.of()), stores.intakes().form(), now);
    }

    private static byte[] signaturePng() {
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            return png.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
