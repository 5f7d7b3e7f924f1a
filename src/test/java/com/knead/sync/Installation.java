package com.knead.sync;

import com.knead.store.DatabaseFile;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Signature;
import com.knead.domain.Modality;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import com.knead.usecase.SyncWithCentre;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One clinic's installation for the sync tests: the demo clinic in its own data folder, a desk that sells. */
final class Installation implements AutoCloseable {

    /** The date of birth of every kiosk visitor here. */
    static final LocalDate BORN = LocalDate.of(1975, 5, 5);

    final Path folder;
    final Stores stores;

    Installation(Path folder) {
        this.folder = folder;
        this.stores = Stores.open(folder);
    }

    /** Checks a walk-in in for 60 minutes of deep tissue and sells it for cash. */
    Sale sell(String client, String phone, Instant at) {
        Modality deepTissue = stores.catalog().priceListOn(LocalDate.now()).modalities().stream()
                .filter(m -> m.code().equals("DEEP_TISSUE")).findFirst().orElseThrow();
        ServicePrice sixty = stores.catalog().priceListOn(LocalDate.now()).price(deepTissue.id(), 60).orElseThrow();
        Visit visit = stores.visits().checkIn(ContactDetails.of(client, phone), deepTissue, sixty, at);
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit).addTender(Tender.cash(stores.clinic().money("200.00")));
        return stores.sales().record(draft, at);
    }

    /**
     * A visitor checks in at the kiosk with these contact details: a new client, or (same phone and
     * date of birth) an edit of the one already here, pulled from the centre or not.
     */
    void kioskCheckIn(String name, String phone, String email, Instant at) {
        var list = stores.catalog().priceListOn(LocalDate.now());
        Modality swedish = list.modalities().stream().filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
        ClientDetails details = new ClientDetails(ContactDetails.of(name, phone), email, BORN);
        IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "medium"), Map.of(BodyRegion.NECK, 2));
        stores.intakes().checkIn(new KioskCheckIn(details, Optional.empty(), answers,
                Optional.of(new Signature(new byte[] {1}, at)), swedish, list.price(swedish.id(), 60).orElseThrow()),
                stores.intakes().form(), at);
    }

    SyncWithCentre sync(String url) {
        return sync(url, SyncWithCentre.BATCH, List.of(), duration -> {
        });
    }

    SyncWithCentre sync(String url, int batch, List<Duration> waits, SyncWithCentre.Pause pause) {
        return new SyncWithCentre(stores.sync(), new CentralAddress(url, "postgres", ""), stores.clinic().name(),
                Clock.systemUTC(), waits, pause, batch);
    }

    SyncWithCentre.Done syncNow(String url) throws InterruptedException {
        return sync(url).run(SyncWithCentre.Progress.NONE);
    }

    /** A plain connection to the folder's H2 file; only once this installation is closed. */
    static Connection h2(Path folder) throws SQLException {
        return DatabaseFile.connect(folder);
    }

    @Override
    public void close() {
        stores.close();
    }
}
