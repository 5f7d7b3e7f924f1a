package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Money;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.TypedAmount;
import com.knead.domain.TypedDay;
import com.knead.usecase.ChangePrice;
import com.knead.usecase.EditPrepaidOffers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The office's editor of packages and gift cards at set prices: a package of N visits of one priced
 * service, or a gift card of a set value, put on the price list from the "effective from" day; or one
 * taken off it. Their prices then change in the price table like every other. A refusal is one
 * sentence; what was typed stays in its fields.
 */
public final class PrepaidOffersController {

    /** Where the state goes: the editor renders it. */
    public interface View {
        void show(State state);
    }

    /** Something to choose from a list: a service a package can hold, or an offer to take off. */
    public record Choice(UUID id, String words) {
        @Override
        public String toString() {
            return words;
        }
    }

    /** What the editor shows. */
    public record State(List<Choice> services, List<Choice> offers, String problem, String result, boolean busy) {
    }

    private final EditPrepaidOffers edit;
    private final ChangePrice prices;
    private final Supplier<StaffMember> actor;
    private final Runnable changed;
    private final OfficeChange change;
    private View view = state -> { };
    private PriceSheet sheet;

    /** {@code changed} is told after each change is saved (the price table reads again). */
    public PrepaidOffersController(EditPrepaidOffers edit, ChangePrice prices, Supplier<StaffMember> actor, Tasks tasks,
                                   Runnable changed) {
        this.edit = edit;
        this.prices = prices;
        this.actor = actor;
        this.changed = changed;
        this.change = new OfficeChange(actor, tasks, "Unlock the office again to change the price list.", this::publish);
    }

    public void attach(View shown) {
        this.view = Objects.requireNonNull(shown, "view");
        publish();
    }

    public void open() {
        change.clear();
        reload();
    }

    public void locked() {
        sheet = null;
        change.clear();
        publish();
    }

    /** Reads the services again (a duration was added or priced), keeping what is typed. */
    public void refresh() {
        if (sheet != null) {
            reload();
        }
    }

    /** A package of {@code typedVisits} visits of {@code service} at {@code typedPrice}, from {@code typedFrom}. */
    public void addPackage(UUID service, String typedVisits, String typedName, String typedPrice, String typedFrom) {
        if (sheet == null) {
            return;
        }
        int visits;
        Money price;
        LocalDate from;
        try {
            if (service == null) {
                throw new Refused("Choose the service the package holds.");
            }
            String text = typedVisits == null ? "" : typedVisits.strip();
            if (!text.matches("[0-9]{1,2}")) {
                throw new Refused("Type how many visits the package holds, like 5.");
            }
            visits = Integer.parseInt(text);
            price = price(typedPrice);
            from = from(typedFrom);
        } catch (Refused refused) {
            change.refused(refused.getMessage());
            return;
        }
        save(() -> {
            PrepaidOffer offer = edit.addPackage(actor.get(), service, visits, typedName, price, from);
            return offer.name() + " at " + price.plain() + " " + "from " + from + ", saved.";
        });
    }

    /** A gift card of {@code typedValue}, from {@code typedFrom}. */
    public void addGiftCard(String typedName, String typedValue, String typedFrom) {
        if (sheet == null) {
            return;
        }
        Money value;
        LocalDate from;
        try {
            value = price(typedValue);
            from = from(typedFrom);
        } catch (Refused refused) {
            change.refused(refused.getMessage());
            return;
        }
        save(() -> {
            PrepaidOffer offer = edit.addGiftCard(actor.get(), typedName, value, from);
            return offer.name() + " " + "from " + from + ", saved.";
        });
    }

    /** Takes an offer off the price list. */
    public void retire(UUID offer) {
        if (offer == null) {
            return;
        }
        save(() -> {
            edit.retire(actor.get(), offer);
            return "Taken off the price list; cards and packages already sold keep working.";
        });
    }

    private Money price(String typed) {
        return TypedAmount.parse(typed == null ? "" : typed, prices.clinic().currency());
    }

    private LocalDate from(String typed) {
        LocalDate from = TypedDay.parse(typed, sheet.today());
        PriceChange.requireFrom(from, sheet.today());
        return from;
    }

    private void save(Supplier<String> work) {
        change.save(work, () -> {
            reload();
            changed.run();
        });
    }

    private void reload() {
        change.read(prices::sheet, read -> {
            sheet = read;
            publish();
        }, "The price list could not be read");
    }

    private List<Choice> services() {
        List<Choice> services = new ArrayList<>();
        if (sheet != null) {
            for (PriceSheet.Offer offer : sheet.modalities()) {
                for (PriceSheet.DurationPrice d : offer.durations()) {
                    services.add(new Choice(d.id(), offer.modality().name() + " " + d.minutes() + " min"
                            + d.inEffect().map(p -> " (" + p.plain() + " a visit)").orElse(" (not priced yet)")));
                }
            }
        }
        return services;
    }

    private List<Choice> offers() {
        return sheet == null ? List.of() : sheet.prepaid().stream()
                .map(p -> new Choice(p.offer().id(), p.offer().name())).toList();
    }

    private void publish() {
        view.show(new State(services(), offers(), change.problem(), change.result(), change.busy()));
    }
}
