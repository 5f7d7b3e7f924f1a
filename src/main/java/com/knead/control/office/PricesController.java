package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Money;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.TaxRateChange;
import com.knead.domain.TypedAmount;
import com.knead.domain.TypedDay;
import com.knead.usecase.ChangePrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The office's price list: every service, add-on, package and gift card with its price today and any price waiting to
 * take effect, and the tax rate likewise (its last row); a new price or rate typed for a row from an "effective from"
 * day (today unless changed), and the history of changes. What was typed and refused stays on screen beside its sentence.
 */
public final class PricesController {

    /** Where the state goes: the page renders it. */
    public interface View {
        void show(State state);
    }

    /**
     * One row of the table.
     *
     * @param what     "Swedish" (a modality), "Add-on", "Package" or "Gift card"
     * @param length   "60 min", or the add-on's, package's or gift card's name
     * @param inEffect today's price, or "not priced yet"
     * @param pending  "105.00 from 2026-12-02", or blank
     * @param typed    a new price typed but not saved (refused), or blank
     * @param kind     what the row prices; null on the tax rate's row, whose item is {@link #TAX_RATE}
     */
    public record Row(PricedKind kind, UUID item, UUID modalityId, String what, String length, String inEffect,
                      String pending, String typed) {
    }

    /**
     * What the page shows.
     *
     * @param from        the "effective from" day as typed
     * @param fromProblem why that day cannot be used, or blank
     * @param problem     why a price was refused or could not be saved, or blank
     * @param result      the last change saved, or blank
     */
    public record State(boolean loaded, List<Row> rows, List<String> history, String from, String fromProblem,
                        String problem, String result, boolean busy) {
    }

    /** The item of the tax rate's row. */
    public static final UUID TAX_RATE = new UUID(0L, 0L);

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ChangePrice prices;
    private final Supplier<StaffMember> actor;
    private final Tasks tasks;
    private final ZoneId zone;
    private View view = state -> { };
    private PriceSheet sheet;
    private List<PriceChange> history = List.of();
    private List<TaxRateChange> taxHistory = List.of();
    private final Map<UUID, String> typed = new HashMap<>();
    private String from = "";
    private String fromProblem = "";
    private String problem = "";
    private String result = "";
    private boolean busy;

    /** {@code actor} is whoever unlocked the office: the person each change is recorded as made by. */
    public PricesController(ChangePrice prices, Supplier<StaffMember> actor, Tasks tasks) {
        this.prices = prices;
        this.actor = actor;
        this.tasks = tasks;
        this.zone = prices.clinic().zone();
    }

    public void attach(View shown) {
        this.view = Objects.requireNonNull(shown, "view");
        publish();
    }

    /** Reads the prices and history; the day defaults to today. Call each time the office opens. */
    public void open() {
        forget();
        reload(true);
    }

    /** Reads the prices again (the modalities changed), keeping what is typed. */
    public void refresh() {
        if (sheet != null) {
            reload(false);
        }
    }

    /** The office locked: forget everything typed and shown. */
    public void locked() {
        forget();
        sheet = null;
        history = List.of();
        taxHistory = List.of();
        publish();
    }

    /** The "effective from" field changed; says at once when the day cannot be used. */
    public void from(String typedDay) {
        from = typedDay == null ? "" : typedDay;
        fromProblem = "";
        if (sheet != null) {
            try {
                PriceChange.requireFrom(TypedDay.parse(from, sheet.today()), sheet.today());
            } catch (Refused refused) {
                fromProblem = refused.getMessage();
            }
        }
        publish();
    }

    /** A new price typed for a row, to take effect from the "effective from" day. */
    public void changePrice(UUID item, String typedPrice) {
        if (busy || sheet == null) {
            return;
        }
        Row row = rows().stream().filter(r -> r.item().equals(item)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        String text = typedPrice == null ? "" : typedPrice.strip();
        typed.put(item, text);
        result = "";
        LocalDate day;
        try {
            day = TypedDay.parse(from, sheet.today());
            PriceChange.requireFrom(day, sheet.today());
            fromProblem = "";
        } catch (Refused refused) {
            fromProblem = refused.getMessage();
            problem = "";
            publish();
            return;
        }
        boolean taxRate = row.kind() == null;
        Function<StaffMember, String> save; // records the change as made by that person; says what was saved
        try {
            if (taxRate) {
                BigDecimal rate = TaxRateChange.parse(text);
                save = who -> {
                    TaxRateChange saved = prices.changeTaxRate(who, rate, day);
                    return "Tax rate: " + saved.words() + " " + saved.fromWords() + ", saved.";
                };
            } else {
                Money price = TypedAmount.parse(text, prices.clinic().currency());
                save = who -> {
                    PriceChange saved = prices.change(who, row.kind(), item, price, day);
                    return saved.what() + ": " + saved.price().plain() + " " + saved.fromWords() + ", saved.";
                };
            }
        } catch (Refused refused) {
            problem = (taxRate ? row.what() : row.what() + " " + row.length()) + ": " + refused.getMessage();
            publish();
            return;
        }
        StaffMember who = actor.get();
        if (who == null) {
            problem = "Unlock the office again to change prices.";
            publish();
            return;
        }
        busy = true;
        problem = "";
        publish();
        tasks.write(() -> save.apply(who), said -> {
            busy = false;
            typed.remove(item);
            result = said;
            reload(false);
        }, sentence -> {
            busy = false;
            problem = sentence;
            publish();
        }, taxRate ? "The new tax rate could not be saved" : "The new price could not be saved");
    }

    private void reload(boolean resetDay) {
        tasks.read(() -> new Read(prices.sheet(), prices.history(), prices.taxHistory()), read -> {
            sheet = read.sheet();
            history = read.history();
            taxHistory = read.taxHistory();
            if (resetDay) {
                from = sheet.today().toString();
            }
            publish();
        }, sentence -> {
            problem = sentence;
            publish();
        }, "The prices could not be read");
    }

    private record Read(PriceSheet sheet, List<PriceChange> history, List<TaxRateChange> taxHistory) {
    }

    private void forget() {
        typed.clear();
        from = "";
        fromProblem = "";
        problem = "";
        result = "";
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        for (PriceSheet.Offer offer : sheet.modalities()) {
            for (PriceSheet.DurationPrice d : offer.durations()) {
                rows.add(new Row(PricedKind.SERVICE, d.id(), offer.modality().id(), offer.modality().name(),
                        d.minutes() + " min", inEffect(d.inEffect()), pending(d.pending()), typed.getOrDefault(d.id(), "")));
            }
        }
        for (PriceSheet.AddOnPrice a : sheet.addOns()) {
            rows.add(new Row(PricedKind.ADD_ON, a.id(), null, "Add-on", a.name(), inEffect(a.inEffect()),
                    pending(a.pending()), typed.getOrDefault(a.id(), "")));
        }
        for (PriceSheet.PrepaidPrice p : sheet.prepaid()) {
            UUID id = p.offer().id();
            rows.add(new Row(p.offer().kind(), id, null, p.offer().giftCard() ? "Gift card" : "Package", p.offer().name(),
                    inEffect(p.inEffect()), pending(p.pending()), typed.getOrDefault(id, "")));
        }
        PriceSheet.Tax tax = sheet.tax();
        rows.add(new Row(null, TAX_RATE, null, "Tax rate", tax.inEffect().inclusive() ? "included in prices" : "added on top",
                TaxRateChange.percent(tax.inEffect().ratePercent()),
                tax.pending().map(t -> t.words() + " " + t.fromWords()).orElse(""), typed.getOrDefault(TAX_RATE, "")));
        return rows;
    }

    private static String inEffect(Optional<Money> price) {
        return price.map(Money::plain).orElse("not priced yet");
    }

    private static String pending(Optional<PriceChange> next) {
        return next.map(p -> p.price().plain() + " " + p.fromWords()).orElse("");
    }

    /** Price and tax-rate changes together, the newest first. */
    private List<String> historyLines() {
        List<Line> lines = new ArrayList<>();
        history.forEach(ch -> lines.add(new Line(ch.madeAt(), ch.what() + ": " + ch.price().plain(), ch.fromWords(),
                ch.madeBy())));
        taxHistory.forEach(ch -> lines.add(new Line(ch.madeAt(), "Tax rate: " + ch.words(), ch.fromWords(), ch.madeBy())));
        lines.sort(java.util.Comparator.comparing(Line::madeAt).reversed());
        return lines.stream().map(l -> MADE.format(l.madeAt().atZone(zone)) + "  " + l.what() + " " + l.from()
                + (l.madeBy().isEmpty() ? "" : ", by " + l.madeBy())).toList();
    }

    private record Line(Instant madeAt, String what, String from, String madeBy) {
    }

    private void publish() {
        view.show(new State(sheet != null, rows(), historyLines(), from, fromProblem, problem, result, busy));
    }
}
