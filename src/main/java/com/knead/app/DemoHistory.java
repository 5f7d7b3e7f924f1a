package com.knead.app;

import com.knead.domain.Approval;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.store.Stores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a data folder with a believable past: for each of the last N days (up to yesterday), the
 * drawer opened with a float, then 8 to 18 visits between 9:00 and 19:00 from a pool of regulars and
 * newcomers, each with a therapist, most paid in cash or by card, about a third with a tip, a few
 * cancelled and now and then a sale voided by the owner. The same seed gives the same history.
 */
final class DemoHistory {

    private static final String[] FIRST = {"Ada", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines",
        "Jonas", "Kemi", "Liam", "Mina", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Adams", "Baker", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Hughes",
        "Ito", "Jensen", "Khan", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel"};

    /** The float the drawer opens with each morning, and when. */
    private static final BigDecimal FLOAT = new BigDecimal("150.00");
    private static final LocalTime OPENING = LocalTime.of(8, 45);

    private final Stores stores;
    private final Random random;

    DemoHistory(Stores stores, long seed) {
        this.stores = stores;
        this.random = new Random(seed);
    }

    /** Adds the history; refuses days that already have sales, so running it twice adds nothing twice. */
    Summary fill(int days, LocalDate today) {
        if (days < 1 || days > 3660) {
            throw new Refused("Choose between 1 and 3660 days of history.");
        }
        LocalDate first = today.minusDays(days);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (!stores.sales().forDay(day).isEmpty()) {
                throw new Refused("This data folder already has sales on " + day
                        + "; demo history is only added to days without sales.");
            }
        }
        List<StaffMember> therapists = stores.staff().active().stream()
                .filter(member -> member.role() == StaffRole.THERAPIST).toList();
        // The owner "approves" the demo's voids; no PIN is typed for made-up history.
        StaffMember owner = stores.staff().active().stream().filter(member -> member.role() == StaffRole.OWNER)
                .findFirst().orElseThrow();
        Approval ownerApproval = new Approval(owner.id(), owner.name());
        List<ContactDetails> regulars = regulars(40);
        int visits = 0;
        int sales = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            // Each day is sold at that day's prices.
            PriceList prices = stores.catalog().priceListOn(day);
            stores.drawer().open(Money.of(FLOAT, stores.clinic().currency()),
                    day.atTime(OPENING).atZone(stores.clinic().zone()).toInstant());
            // Visits check in as they arrive; their sales and voids are then recorded in the order they
            // happened, so receipt numbers go up with the time on them all through the day.
            List<Happening> happenings = new ArrayList<>();
            for (Instant at : arrivals(day)) {
                ContactDetails who = random.nextInt(3) == 0 ? newcomer() : regulars.get(random.nextInt(regulars.size()));
                Modality modality = prices.bookable().get(random.nextInt(prices.bookable().size()));
                List<ServicePrice> durations = prices.pricesOf(modality.id());
                ServicePrice price = durations.get(random.nextInt(durations.size()));
                Visit visit = stores.visits().checkIn(who, modality, price, at);
                visits++;
                if (random.nextInt(20) == 0) {
                    stores.visits().move(visit.id(), VisitStatus.CANCELLED);
                    continue;
                }
                SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
                if (!therapists.isEmpty()) {
                    StaffMember therapist = therapists.get(random.nextInt(therapists.size()));
                    draft.therapist(therapist.id(), therapist.name());
                    if (random.nextInt(3) == 0) {
                        draft.tipPercent(random.nextBoolean() ? 15 : 20);
                    }
                }
                draft.addTender(tender(draft.totals().amountDue()));
                Instant paidAt = at.plusSeconds(60L * (price.minutes() + 5));
                Sale[] recorded = new Sale[1];
                happenings.add(new Happening(paidAt, () -> recorded[0] = stores.sales().record(draft, paidAt)));
                if (random.nextInt(40) == 0) {
                    Instant voidAt = paidAt.plusSeconds(300);
                    happenings.add(new Happening(voidAt, () -> stores.refunds().voidSale(recorded[0].receiptNumber(),
                            "Rang up twice", ownerApproval, voidAt)));
                }
                sales++;
            }
            // A stable sort: a void never comes before its own sale, which is at least five minutes earlier.
            happenings.sort(java.util.Comparator.comparing(Happening::at));
            happenings.forEach(happening -> happening.record().run());
        }
        return new Summary(first, today.minusDays(1), visits, sales);
    }

    /** The day's check-in times between 9:00 and 19:00, in order. */
    private List<Instant> arrivals(LocalDate day) {
        int count = 8 + random.nextInt(11);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(600)))
                    .atZone(stores.clinic().zone()).toInstant());
        }
        times.sort(null);
        return times;
    }

    /** A sale or void to record at its time, once the day's visits are in. */
    private record Happening(Instant at, Runnable record) {
    }

    record Summary(LocalDate from, LocalDate to, int visits, int sales) {
    }

    /** Card for the exact amount, or cash rounded up to the next 5, 10 or 20 as people hand it over. */
    private Tender tender(Money total) {
        if (random.nextInt(10) < 6) {
            String approval = String.format("%06d", random.nextInt(1_000_000));
            String lastFour = String.format("%04d", random.nextInt(10_000));
            return new Tender(TenderKind.CARD, total, "approval " + approval + ", card ending " + lastFour);
        }
        BigDecimal step = BigDecimal.valueOf(new int[] {5, 10, 20}[random.nextInt(3)]);
        BigDecimal handed = total.amount().divide(step, 0, RoundingMode.CEILING).multiply(step);
        return Tender.cash(Money.of(handed, total.currency()));
    }

    private List<ContactDetails> regulars(int count) {
        List<ContactDetails> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(newcomer());
        }
        return people;
    }

    private ContactDetails newcomer() {
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String phone = "555" + String.format("%07d", random.nextInt(10_000_000));
        return ContactDetails.of(name, phone);
    }
}
