package com.knead.sync;

import com.knead.domain.ContactDetails;
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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One clinic's installation for the sync tests: the demo clinic in its own data folder, a desk that sells. */
final class Installation implements AutoCloseable {

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
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("knead"), "knead", "");
    }

    @Override
    public void close() {
        stores.close();
    }
}
