package com.knead.app;

import com.knead.domain.Approval;
import com.knead.domain.CashDrawer;
import com.knead.domain.ClientDetails;
import com.knead.domain.Discount;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.TenderKind;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import com.knead.store.Stores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Fills a data folder with a believable past, a clinic worth reporting on. For each of the last N days
 * (up to yesterday): the drawer opened with a float; 8 to 18 visits between 9:00 and 19:00 from a pool
 * of regulars who come back and newcomers, each newcomer's first visit with an intake and pain areas;
 * four therapists; tips; discounts with their reasons (a large one approved by the owner); cash, card,
 * split, gift-card and package-credit payments, with gift cards and packages sold at the counter; now and
 * then a sale voided, a refund of an earlier day's sale, a pay-out from the drawer; then the day closed
 * through the office's own close of day, with the drawer counted (some days over or short), so each
 * day has its Z and {@code knead verify} passes. The same seed gives the same history.
 */
final class DemoHistory {

    /** The float the drawer opens with each morning, and when. */
    private static final BigDecimal FLOAT = new BigDecimal("150.00");
    private static final LocalTime OPENING = LocalTime.of(8, 45);
    /** Therapists the demo adds beside the seeded two, so sales spread over a real team. */
    private static final List<String> MORE_THERAPISTS = List.of("Priya Nair", "Tomas Silva");

    private final Stores stores;
    private final Random random;

    DemoHistory(Stores stores, long seed) {
        this.stores = stores;
        this.random = new Random(seed);
    }

    /** Adds the history; refuses days that already have sales, so running it twice adds nothing twice. */
    Summary fill(int days, LocalDate today) {
        return fill(days, today, true);
    }

    /** The same, closing each day as it ends when {@code close} (leaving them open to close by hand otherwise). */
    Summary fill(int days, LocalDate today, boolean close) {
        if (days < 1 || days > 3660) {
            throw new Refused("Choose between 1 and 3660 days of history.");
        }
        LocalDate first = today.minusDays(days);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (!stores.sales().forDay(day).isEmpty() || stores.zReports().find(day).isPresent()) {
                throw new Refused("This data folder already has sales on " + day
                        + "; demo history is only added to days without sales.");
            }
        }
        StaffMember owner = stores.staff().active().stream().filter(member -> member.role() == StaffRole.OWNER)
                .findFirst().orElseThrow(() -> new Refused("The clinic has no owner to approve the demo's voids."));
        List<StaffMember> therapists = therapists(first);
        DemoClients clients = new DemoClients(stores, random, 60);
        DemoTill till = new DemoTill(stores, random, new Approval(owner.id(), owner.name()));
        DemoClosing closing = new DemoClosing(stores, random, owner);
        int visits = 0;
        int closed = 0;
        for (LocalDate next = first; next.isBefore(today); next = next.plusDays(1)) {
            LocalDate day = next;
            // Each day is sold at that day's prices.
            PriceList prices = stores.catalog().priceListOn(day);
            Instant opening = day.atTime(OPENING).atZone(stores.clinic().zone()).toInstant();
            stores.drawer().open(Money.of(FLOAT, stores.clinic().currency()), opening);
            // Visits check in as they arrive; their sales, voids and refunds are then recorded in the order
            // they happened, so receipt numbers go up with the time on them all through the day.
            List<Happening> happenings = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                Instant at = opening.plusSeconds(600);
                happenings.add(new Happening(at, () -> till.sellGiftCard(day, at)));
            }
            for (Instant at : arrivals(day)) {
                var booked = till.packageVisit(day);
                ClientDetails who = booked.map(DemoTill.PackageVisit::holder).orElseGet(clients::next);
                Modality modality = booked.map(DemoTill.PackageVisit::modality)
                        .orElseGet(() -> prices.bookable().get(random.nextInt(prices.bookable().size())));
                List<ServicePrice> durations = prices.pricesOf(modality.id());
                ServicePrice price = booked.map(DemoTill.PackageVisit::price)
                        .orElseGet(() -> durations.get(random.nextInt(durations.size())));
                Visit visit = clients.checkIn(who, modality, price, at);
                visits++;
                if (random.nextInt(20) == 0) {
                    stores.visits().move(visit.id(), VisitStatus.CANCELLED);
                    continue;
                }
                SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit);
                StaffMember therapist = therapists.get(random.nextInt(therapists.size()));
                draft.therapist(therapist.id(), therapist.name());
                discount(draft, owner);
                if (random.nextInt(3) == 0) {
                    draft.tipPercent(random.nextBoolean() ? 15 : 20);
                }
                Instant paidAt = at.plusSeconds(60L * (price.minutes() + 5));
                Sale[] recorded = new Sale[1];
                happenings.add(new Happening(paidAt, () -> recorded[0] = till.sell(draft, day, paidAt)));
                if (random.nextInt(40) == 0) {
                    Instant voidAt = paidAt.plusSeconds(300);
                    happenings.add(new Happening(voidAt, () -> till.voidSale(recorded[0], voidAt)));
                }
                if (random.nextInt(25) == 0 && booked.isEmpty()) {
                    happenings.add(new Happening(paidAt.plusSeconds(120), () -> till.sellPackage(who, visit, modality, price,
                            day, paidAt.plusSeconds(120))));
                }
            }
            if (random.nextInt(3) == 0) {
                Instant at = day.atTime(LocalTime.of(13, random.nextInt(60))).atZone(stores.clinic().zone()).toInstant();
                happenings.add(new Happening(at, () -> till.refundAnEarlierSale(day, at)));
            }
            if (random.nextInt(10) == 0) {
                Instant at = day.atTime(LocalTime.of(12, 30)).atZone(stores.clinic().zone()).toInstant();
                happenings.add(new Happening(at, () -> stores.drawer().ofDay(day).ifPresent(drawer -> stores.drawer().move(
                        new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, money("12.00"), "Milk and tea for clients", at)))));
            }
            // A stable sort: a void never comes before its own sale, which is at least five minutes earlier.
            happenings.sort(Comparator.comparing(Happening::at));
            happenings.forEach(happening -> happening.record().run());
            if (close && closing.possible()) {
                closing.close(day);
                closed++;
            }
        }
        return new Summary(first, today.minusDays(1), visits, till.sales(), closed, closing.overOrShort());
    }

    /** The active therapists, with the demo's extra two added (as of the first day) when the team is small. */
    private List<StaffMember> therapists(LocalDate first) {
        List<StaffMember> therapists = onDuty();
        if (therapists.size() < 4) {
            Instant hired = first.atStartOfDay(stores.clinic().zone()).toInstant();
            for (String name : MORE_THERAPISTS) {
                if (therapists.stream().noneMatch(t -> t.name().equals(name))) {
                    stores.staff().add(new StaffMember(Ids.next(), name, StaffRole.THERAPIST, null), hired);
                }
            }
            therapists = onDuty();
        }
        if (therapists.isEmpty()) {
            throw new Refused("The clinic has no therapists to give the demo's visits to.");
        }
        return therapists;
    }

    private List<StaffMember> onDuty() {
        return stores.staff().active().stream().filter(member -> member.role() == StaffRole.THERAPIST).toList();
    }

    /** About one visit in ten has a discount, with its reason; a large one is approved by the owner. */
    private void discount(SaleDraft draft, StaffMember owner) {
        int kind = random.nextInt(30);
        if (kind < 2) {
            draft.discount(Discount.percent(new BigDecimal("10"), "Regular client"));
        } else if (kind == 2) {
            draft.discount(Discount.amount(money("10.00"), "Birthday"));
        } else if (kind == 3) {
            draft.discount(Discount.percent(new BigDecimal("50"), "Session cut short by a fire alarm"));
        }
        if (draft.discountNeedsApproval()) {
            draft.approveDiscount(new Approval(owner.id(), owner.name()));
        }
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

    private Money money(String amount) {
        return Money.of(amount, stores.clinic().currency());
    }

    /** A sale, void or refund to record at its time, once the day's visits are in. */
    private record Happening(Instant at, Runnable record) {
    }

    record Summary(LocalDate from, LocalDate to, int visits, int sales, int closed, int overOrShort) {
    }
}
