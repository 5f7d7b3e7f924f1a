package com.knead.app;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.SaleDraft;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A Knead with its windows open, as far as the data folder can tell: holds the folder, answers
 * read-only commands ({@link Stores#serveCopies}), and records one sale on the day given after it
 * opened (so a copy must hold what is committed, not only what was on disk before). Prints "serving",
 * then holds on until its standard input closes.
 */
public final class HoldsTheFolderChild {

    private HoldsTheFolderChild() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate day = LocalDate.parse(args[1]);
        try (Stores stores = Stores.open(Path.of(args[0]))) {
            stores.serveCopies();
            PriceList prices = stores.catalog().priceListOn(day);
            Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
            Instant noon = day.atTime(12, 0).atZone(stores.clinic().zone()).toInstant();
            Visit visit = stores.visits().checkIn(ContactDetails.of("Walk In", "555 000 1111"), swedish,
                    prices.price(swedish.id(), 60).orElseThrow(), noon);
            stores.sales().record(SaleDraft.forVisit(stores.clinic(), visit).addTender(Tender.cash(stores.clinic().money("200"))),
                    noon);
            System.out.println("serving");
            System.out.flush();
            while (System.in.read() != -1) {
                // Holding the folder until told to stop.
            }
        }
        System.exit(0);
    }
}
