package com.knead.app;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.ClientDetails;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The demo's counter: how each sale is paid (cash rounded up as people hand it over, card, split, gift
 * card, package credit), the gift cards and packages sold, the voids and the refunds of earlier sales.
 */
final class DemoTill {

    private final Stores stores;
    private final Random random;
    private final Approval owner;
    private final List<PrepaidCode> giftCards = new ArrayList<>();
    private final List<OpenPackage> packages = new ArrayList<>();
    private final List<Sale> refundable = new ArrayList<>();
    private int sales;
    private int codes;

    DemoTill(Stores stores, Random random, Approval owner) {
        this.stores = stores;
        this.random = random;
        this.owner = owner;
    }

    /** A package of three visits, bought at the counter; its visits are paid with package credit later. */
    private static final class OpenPackage {
        final PrepaidCode code;
        final ClientDetails holder;
        final Modality modality;
        final ServicePrice price;
        int left = 3;
        LocalDate lastBooked;

        OpenPackage(PrepaidCode code, ClientDetails holder, Modality modality, ServicePrice price) {
            this.code = code;
            this.holder = holder;
            this.modality = modality;
            this.price = price;
        }
    }

    /** A visit booked against a package: who comes, for which service. */
    record PackageVisit(ClientDetails holder, Modality modality, ServicePrice price) {
    }

    /** Now and then, one of the package holders comes back for a visit of their package. */
    Optional<PackageVisit> packageVisit(LocalDate day) {
        if (packages.isEmpty() || random.nextInt(3) != 0) {
            return Optional.empty();
        }
        OpenPackage pack = packages.get(random.nextInt(packages.size()));
        if (day.equals(pack.lastBooked)) {
            // One visit of a package a day.
            return Optional.empty();
        }
        pack.lastBooked = day;
        return Optional.of(new PackageVisit(pack.holder, pack.modality, pack.price));
    }

    int sales() {
        return sales;
    }

    /** Pays {@code draft} one way or another and records it. */
    Sale sell(SaleDraft draft, LocalDate day, Instant at) {
        Money due = draft.totals().amountDue();
        OpenPackage pack = packages.stream().filter(p -> draft.lines().get(0).modalityId() != null
                && p.price.modalityId().equals(draft.lines().get(0).modalityId())
                && p.price.minutes() == draft.lines().get(0).minutes()).findFirst().orElse(null);
        int way = random.nextInt(20);
        if (pack != null && draft.discount() == null && draft.lines().size() == 1) {
            draft.addTender(Tender.packageCredit(draft.lines().get(0).amount(), pack.code));
            Money rest = draft.balanceDue();
            if (rest.isPositive()) {
                draft.addTender(cash(rest));
            }
            if (--pack.left == 0) {
                packages.remove(pack);
            }
        } else if (way == 0 && !giftCards.isEmpty() && due.compareTo(money("50.00")) >= 0) {
            draft.addTender(Tender.giftCard(money("50.00"), giftCards.remove(0)));
            Money rest = draft.balanceDue();
            if (rest.isPositive()) {
                draft.addTender(card(rest));
            }
        } else if (way <= 2) {
            Money half = Money.rounded(due.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN), due.currency(),
                    RoundingMode.DOWN);
            draft.addTender(card(half));
            draft.addTender(cash(due.minus(half)));
        } else if (way <= 11) {
            draft.addTender(card(due));
        } else {
            draft.addTender(cash(due));
        }
        Sale sale = record(draft, at);
        refundable.add(sale);
        return sale;
    }

    void voidSale(Sale sale, Instant at) {
        refundable.remove(sale);
        stores.refunds().voidSale(sale.receiptNumber(), "Rang up twice", owner, at);
    }

    /** A gift card of 50 or 100 sold at the counter. */
    void sellGiftCard(LocalDate day, Instant at) {
        PrepaidCode code = code("GC", day);
        Money value = money(random.nextBoolean() ? "50.00" : "100.00");
        SaleDraft draft = new SaleDraft(stores.clinic(), null, "Counter").addLine(SaleLine.giftCard(code, value));
        draft.addTender(random.nextBoolean() ? card(value) : cash(value));
        record(draft, at);
        giftCards.add(code);
    }

    /** A package of three of the service just had, sold to the client who had it. */
    void sellPackage(ClientDetails holder, Visit visit, Modality modality, ServicePrice price, LocalDate day, Instant at) {
        PrepaidCode code = code("PK", day);
        Money costs = price.price().times(3).minus(money("10.00"));
        SaleDraft draft = new SaleDraft(stores.clinic(), null, visit.clientName())
                .addLine(SaleLine.packageOf(code, modality, price.minutes(), 3, costs));
        draft.addTender(card(costs));
        record(draft, at);
        packages.add(new OpenPackage(code, holder, modality, price));
    }

    /** Gives part of a sale of a few days ago back, in the way it was mostly paid. */
    void refundAnEarlierSale(LocalDate day, Instant at) {
        for (Iterator<Sale> it = refundable.iterator(); it.hasNext(); ) {
            Sale sale = it.next();
            if (!sale.businessDay().isBefore(day.minusDays(5)) && sale.businessDay().isBefore(day)) {
                it.remove();
                TenderKind back = sale.tenders().get(0).kind() == TenderKind.CARD ? TenderKind.CARD : TenderKind.CASH;
                try {
                    stores.refunds().refund(sale.receiptNumber(), money("15.00"), back, "Part of the session",
                            "Session cut short", owner, at);
                } catch (Refused notRefundable) {
                    continue;
                }
                return;
            }
            if (sale.businessDay().isBefore(day.minusDays(5))) {
                it.remove();
            }
        }
    }

    private Sale record(SaleDraft draft, Instant at) {
        sales++;
        return stores.sales().record(draft, at);
    }

    private Tender card(Money amount) {
        String approval = String.format("%06d", random.nextInt(1_000_000));
        String lastFour = String.format("%04d", random.nextInt(10_000));
        return Tender.card(amount, new CardReference(approval, lastFour));
    }

    /** Cash rounded up to the next 5, 10 or 20 as people hand it over. */
    private Tender cash(Money due) {
        BigDecimal step = BigDecimal.valueOf(new int[] {5, 10, 20}[random.nextInt(3)]);
        BigDecimal handed = due.amount().divide(step, 0, RoundingMode.CEILING).multiply(step);
        return Tender.cash(Money.of(handed, due.currency()));
    }

    private PrepaidCode code(String prefix, LocalDate day) {
        return new PrepaidCode(prefix + "-" + day.toEpochDay() + "-" + (++codes % 1000));
    }

    private Money money(String amount) {
        return Money.of(amount, stores.clinic().currency());
    }
}
