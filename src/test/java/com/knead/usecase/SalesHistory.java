package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.ContactDetails;
import com.knead.domain.Discount;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.PriceList;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A clinic's generated days (for the range reports' tests): walk-ins and regulars, tips, discounts, card and cash and split payments, gift cards, packages. */
public final class SalesHistory {

    private static final String[] FAMILY = {"Ada Ames", "Ben Bauer", "Cleo Cruz", "Dev Dahl", "Eli Ekberg", "Fay Fox",
        "Gus Grant", "Hana Holm", "Ivo Ilves", "Jo Jansen", "Kai Kerr", "Lea Lund"};

    private final Stores stores;
    private final Random random;
    private final List<StaffMember> therapists;
    private final Approval owner;
    private final List<PrepaidCode> giftCards = new ArrayList<>();
    private final Map<PrepaidCode, Visit> packageFor = new HashMap<>();
    private int codes;

    public SalesHistory(Stores stores, Random random) {
        this.stores = stores;
        this.random = random;
        this.therapists = stores.staff().active().stream().filter(m -> m.role() == StaffRole.THERAPIST).toList();
        StaffMember boss = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst().orElseThrow();
        this.owner = new Approval(boss.id(), boss.name());
    }

    /** Adds the days from {@code first} up to (not including) {@code today}. */
    public void days(LocalDate first, LocalDate today) {
        List<Sale> earlier = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            Instant at = day.atTime(LocalTime.of(9, 0)).atZone(stores.clinic().zone()).toInstant();
            Modality modality = stores.catalog().priceListOn(day).bookable().get(0);
            ServicePrice price = stores.catalog().priceListOn(day).pricesOf(modality.id()).get(0);
            // A gift card and a package sold at the counter, now and then.
            if (random.nextInt(3) == 0) {
                PrepaidCode card = code("GC");
                sell(new SaleDraft(stores.clinic(), null, "Counter").addLine(SaleLine.giftCard(card, money("50.00")))
                        .addTender(Tender.cash(money("50.00"))), at);
                giftCards.add(card);
                at = at.plusSeconds(600);
            }
            for (int i = 0; i < 6; i++) {
                at = at.plusSeconds(1800);
                String name = FAMILY[random.nextInt(FAMILY.length)];
                ContactDetails who = i == 5
                        // a newcomer each day, besides the regulars
                        ? ContactDetails.of("Nell Newman", "556" + String.format("%07d", day.toEpochDay() % 10_000_000))
                        : ContactDetails.of(name, "555000" + String.format("%04d", name.hashCode() & 0xFFF));
                Visit visit = stores.visits().checkIn(who, modality, price, at);
                SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
                StaffMember therapist = therapists.get(random.nextInt(therapists.size()));
                draft.therapist(therapist.id(), therapist.name());
                int kind = random.nextInt(6);
                if (random.nextInt(4) == 0) {
                    draft.discount(Discount.percent(new BigDecimal("10"), "regular client"));
                }
                if (random.nextInt(2) == 0) {
                    draft.tipPercent(15);
                }
                Money due = draft.totals().amountDue();
                if (kind == 0 && !giftCards.isEmpty()) {
                    Money part = money("20.00");
                    draft.addTender(Tender.giftCard(part, giftCards.remove(0)));
                    draft.addTender(Tender.card(due.minus(part), new CardReference("A" + i + "1234", "4242")));
                } else if (kind == 1) {
                    Money half = Money.rounded(due.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN),
                            due.currency(), RoundingMode.DOWN);
                    draft.addTender(Tender.card(half, new CardReference("B" + i + "5678", "1881")));
                    draft.addTender(Tender.cash(due.minus(half).plus(money("5.00"))));
                } else if (kind == 2) {
                    draft.addTender(Tender.cash(due));
                } else {
                    draft.addTender(Tender.card(due, new CardReference("C" + i + "9012", "0005")));
                }
                Instant paid = at.plusSeconds(3900);
                Sale sale = sell(draft, paid);
                earlier.add(sale);
                if (random.nextInt(12) == 0) {
                    stores.refunds().voidSale(sale.receiptNumber(), "Rang up twice", owner, paid.plusSeconds(60));
                }
            }
            // A package of three visits, and one of its visits the same day.
            if (random.nextInt(2) == 0) {
                PrepaidCode pack = code("PK");
                sell(new SaleDraft(stores.clinic(), null, "Hana Holm")
                        .addLine(SaleLine.packageOf(pack, modality, price.minutes(), 3, price.price().times(3)))
                        .addTender(Tender.card(price.price().times(3), new CardReference("P12345", "7777"))), at.plusSeconds(4000));
                Visit visit = stores.visits().checkIn(ContactDetails.of("Hana Holm", "5550001111"), modality, price,
                        at.plusSeconds(4100));
                SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
                StaffMember therapist = therapists.get(0);
                draft.therapist(therapist.id(), therapist.name()).tip(money("10.00"));
                draft.addTender(Tender.packageCredit(visit.price(), pack));
                draft.addTender(Tender.cash(money("10.00")));
                sell(draft, at.plusSeconds(8000));
            }
            // A refund, in cash, of a sale of a day or two before.
            if (earlier.size() > 12 && random.nextInt(2) == 0) {
                Sale back = earlier.get(earlier.size() - 10);
                if (stores.refunds().refundedOn(back.receiptNumber()).isZero()) {
                    try {
                        stores.refunds().refund(back.receiptNumber(), money("15.00"), TenderKind.CASH, "Part of the session",
                                "Cut short", owner, at.plusSeconds(9000));
                    } catch (com.knead.domain.Refused voided) {
                        // a voided sale cannot be refunded; the next day tries again
                    }
                }
            }
        }
    }

    /** One cash sale of an hour's Swedish massage for {@code client}, checked in and paid at {@code at}. */
    public static Sale cashSale(Stores stores, String client, Instant at) {
        PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(at));
        Modality swedish = prices.bookable().stream().filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
        ServicePrice hour = prices.pricesOf(swedish.id()).stream().filter(p -> p.minutes() == 60).findFirst().orElseThrow();
        Visit visit = stores.visits().checkIn(ContactDetails.of(client, "5550001234"), swedish, hour, at);
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
        draft.addTender(Tender.cash(draft.totals().amountDue()));
        return stores.sales().record(draft, at);
    }

    private Sale sell(SaleDraft draft, Instant at) {
        return stores.sales().record(draft, at);
    }

    private PrepaidCode code(String prefix) {
        return new PrepaidCode(prefix + "-" + String.format("%04d", ++codes));
    }

    private Money money(String amount) {
        return Money.of(amount, stores.clinic().currency());
    }
}
