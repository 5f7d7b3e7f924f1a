package com.knead.store;

import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A day at the desk in its own process, to be killed while Knead closes: opens the folder, records the
 * number of sales given second (each printed in full once recorded, see {@link SaleRecorderChild#describe}),
 * prints "closing" with the file's size, closes the folder as the app does (compacting the file), and
 * prints "closed" with the size after.
 */
public final class CompactingChild {

    private CompactingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int sales = Integer.parseInt(args[1]);
        Stores stores = Stores.open(folder);
        for (int i = 0; i < sales; i++) {
            Instant now = Instant.now();
            Visit visit = TestClinic.checkIn(stores, "Casey Compact " + i, now);
            SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
            draft.addTender(Tender.cash(TestClinic.money(stores, (100 + i % 7) + ".00")));
            Sale sale = stores.sales().record(draft, now);
            System.out.println(SaleRecorderChild.describe(sale, stores.visits().find(visit.id()).orElseThrow().status()));
        }
        System.out.println("closing " + Files.size(SchemaUpgrade.liveFile(folder)));
        System.out.flush();
        stores.close();
        System.out.println("closed " + Files.size(SchemaUpgrade.liveFile(folder)));
        System.out.flush();
    }
}
