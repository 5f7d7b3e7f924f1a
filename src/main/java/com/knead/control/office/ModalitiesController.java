package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Money;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.TypedAmount;
import com.knead.domain.TypedDay;
import com.knead.usecase.ChangePrice;
import com.knead.usecase.EditModalities;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The office's modality editor: the modalities in the kiosk's order, one chosen to rename, describe,
 * keep off the kiosk, move, or give a duration (with a first price, or none yet) or retire one; and a
 * new modality added at the end. A refusal is one sentence; what was typed stays in its fields.
 */
public final class ModalitiesController {

    /** Where the state goes: the editor renders it. */
    public interface View {
        void show(State state);
    }

    /** One duration of the chosen modality: "60 min — 80.00" or "45 min — not priced yet". */
    public record Length(UUID id, String words) {
    }

    /** One modality in the list. */
    public record Line(UUID id, String name, String description, boolean onKiosk, List<Length> durations) {
        @Override
        public String toString() {
            return onKiosk ? name : name + " (desk only)";
        }
    }

    /** What the editor shows; {@code chosen} is the modality being edited, or null. */
    public record State(List<Line> modalities, UUID chosen, String problem, String result, boolean busy) {
    }

    private final EditModalities edit;
    private final ChangePrice prices;
    private final Supplier<StaffMember> actor;
    private final Runnable changed;
    private final OfficeChange change;
    private View view = state -> { };
    private PriceSheet sheet;
    private UUID chosen;

    /** {@code changed} is told after each change is saved (the price table reads again). */
    public ModalitiesController(EditModalities edit, ChangePrice prices, Supplier<StaffMember> actor, Tasks tasks,
                                Runnable changed) {
        this.edit = edit;
        this.prices = prices;
        this.actor = actor;
        this.changed = changed;
        this.change = new OfficeChange(actor, tasks, "Unlock the office again to change the modalities.", this::publish);
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
        chosen = null;
        change.clear();
        publish();
    }

    public void choose(UUID modalityId) {
        chosen = modalityId;
        change.problemSeen();
    }

    public void add(String name, String description, Pressure pressure) {
        save(() -> {
            UUID id = edit.add(actor.get(), name, description, pressure).id();
            chosen = id;
            return name.strip() + " added; give it a duration and a price to offer it.";
        });
    }

    public void describe(String name, String description) {
        UUID id = chosen;
        if (id == null) {
            return;
        }
        save(() -> {
            edit.describe(actor.get(), id, name, description);
            return name.strip() + " saved.";
        });
    }

    public void showOnKiosk(boolean onKiosk) {
        UUID id = chosen;
        if (id == null) {
            return;
        }
        save(() -> {
            edit.showOnKiosk(actor.get(), id, onKiosk);
            return onKiosk ? "Shown on the kiosk." : "Kept off the kiosk; the desk can still sell it.";
        });
    }

    public void move(boolean up) {
        UUID id = chosen;
        if (id == null) {
            return;
        }
        save(() -> {
            edit.move(actor.get(), id, up);
            return up ? "Moved up." : "Moved down.";
        });
    }

    /** A new duration for the chosen modality; a blank price leaves it ready to be priced later. */
    public void addDuration(String typedMinutes, String typedPrice, String typedFrom) {
        UUID id = chosen;
        if (id == null || sheet == null) {
            return;
        }
        int minutes;
        Optional<Money> price;
        LocalDate from;
        try {
            String text = typedMinutes == null ? "" : typedMinutes.strip();
            if (!text.matches("[0-9]{1,3}")) {
                throw new Refused("Type the minutes as a number, like 45.");
            }
            minutes = Integer.parseInt(text);
            price = typedPrice == null || typedPrice.isBlank() ? Optional.empty()
                    : Optional.of(TypedAmount.parse(typedPrice, prices.clinic().currency()));
            from = TypedDay.parse(typedFrom, sheet.today());
            PriceChange.requireFrom(from, sheet.today());
        } catch (Refused refused) {
            change.refused(refused.getMessage());
            return;
        }
        save(() -> {
            edit.addDuration(actor.get(), id, minutes, price, from);
            return minutes + " min added" + (price.isPresent() ? "." : "; it is offered once it has a price.");
        });
    }

    public void retire(UUID durationId) {
        if (durationId == null) {
            return;
        }
        save(() -> {
            edit.retireDuration(actor.get(), durationId);
            return "Retired; visits and sales already made keep it.";
        });
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
            if (chosen == null || read.offer(chosen).isEmpty()) {
                chosen = read.modalities().isEmpty() ? null : read.modalities().get(0).modality().id();
            }
            publish();
        }, "The modalities could not be read");
    }

    private List<Line> lines() {
        if (sheet == null) {
            return List.of();
        }
        return sheet.modalities().stream().map(o -> new Line(o.modality().id(), o.modality().name(),
                o.modality().description(), o.onKiosk(), o.durations().stream()
                .map(d -> new Length(d.id(), d.minutes() + " min — " + d.inEffect().map(Money::plain).orElse("not priced yet")))
                .toList())).toList();
    }

    private void publish() {
        view.show(new State(lines(), chosen, change.problem(), change.result(), change.busy()));
    }
}
