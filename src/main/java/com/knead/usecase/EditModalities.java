package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.Permission;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceSheet;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.CatalogStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner shapes what the clinic offers: adds a modality, renames or describes one, keeps one off
 * the kiosk (the desk can still sell it), puts them in order, and gives a modality a duration (with
 * its first price, or none yet) or retires one. Each is audited; prices themselves change through
 * {@link ChangePrice}.
 */
public final class EditModalities {

    private static final int LONGEST = 240;
    /** The modality table's code column. */
    private static final int LONGEST_CODE = 40;

    private final CatalogStore catalog;
    private final Clinic clinic;
    private final Clock clock;

    public EditModalities(CatalogStore catalog, Clinic clinic, Clock clock) {
        this.catalog = catalog;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Adds a modality at the end of the list, with no durations yet (so not offered until it has one priced). */
    public Modality add(StaffMember actor, String typedName, String typedDescription, Pressure pressure) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        String name = name(typedName);
        String description = description(typedDescription);
        // Cut to the code column's width: a name of up to 80 letters must not fail on the database.
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        String code = letters.substring(0, Math.min(letters.length(), LONGEST_CODE)).replaceAll("^_|_$", "");
        Instant now = clock.instant();
        // Firm work is what can hurt (the seeded deep tissue and trigger point): the intake keeps it from fragile clients.
        return catalog.addModality(code.isEmpty() ? "M" + now.toEpochMilli() : code, name, description, pressure,
                pressure == Pressure.FIRM, now, entry(actor, "modality added", name + " added", now));
    }

    /** A new name and description for a modality; old sales keep the name they were sold under. */
    public void describe(StaffMember actor, UUID modalityId, String typedName, String typedDescription) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Modality before = offer(modalityId).modality();
        String name = name(typedName);
        String description = description(typedDescription);
        String detail = before.name().equals(name) ? name + ": description changed"
                : before.name() + " renamed " + name + (before.description().equals(description) ? "" : ", description changed");
        Instant now = clock.instant();
        catalog.describe(modalityId, name, description, now, entry(actor, "modality changed", detail, now));
    }

    /** Shows a modality on the kiosk or keeps it off; the desk sells it either way. */
    public void showOnKiosk(StaffMember actor, UUID modalityId, boolean onKiosk) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Modality modality = offer(modalityId).modality();
        Instant now = clock.instant();
        catalog.showOnKiosk(modalityId, onKiosk, now, entry(actor, "modality changed",
                modality.name() + (onKiosk ? " shown on the kiosk" : " kept off the kiosk"), now));
    }

    /** Moves a modality one place up (towards the top of the kiosk's list) or down. */
    public void move(StaffMember actor, UUID modalityId, boolean up) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        List<UUID> order = new ArrayList<>(sheet().modalities().stream().map(o -> o.modality().id()).toList());
        int at = order.indexOf(modalityId);
        int to = up ? at - 1 : at + 1;
        if (at < 0) {
            throw new Refused("That modality is no longer on the price list.");
        }
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(at));
        String name = offer(modalityId).modality().name();
        Instant now = clock.instant();
        catalog.reorder(order, now, entry(actor, "modality changed", name + " moved " + (up ? "up" : "down"), now));
    }

    /** Gives a modality one more duration, with its first price from {@code from}, or unpriced when empty. */
    public UUID addDuration(StaffMember actor, UUID modalityId, int minutes, Optional<Money> price, LocalDate from) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        Instant now = clock.instant();
        PriceChange.requireFrom(from, clinic.businessDay(now));
        if (minutes < 5 || minutes > LONGEST) {
            throw new Refused("A session lasts between 5 and " + LONGEST + " minutes.");
        }
        if (price.isPresent() && !price.get().isPositive()) {
            throw new Refused("Type a price above zero, or leave it blank to price it later.");
        }
        PriceSheet.Offer offer = offer(modalityId);
        if (offer.durations().stream().anyMatch(d -> d.minutes() == minutes)) {
            throw new Refused(offer.modality().name() + " already has " + minutes + " min.");
        }
        String what = offer.modality().name() + " " + minutes + " min";
        String detail = what + " added" + price.map(p -> " at " + p.plain() + " from " + from).orElse(", not priced yet");
        return catalog.addDuration(modalityId, minutes, price, Optional.of(from), Optional.of(actor.id()), actor.name(),
                now, entry(actor, "duration added", detail, now));
    }

    /** No longer offers a duration; visits and sales already made keep it. */
    public void retireDuration(StaffMember actor, UUID durationId) {
        RoleRights.require(actor, Permission.CHANGE_PRICES);
        for (PriceSheet.Offer offer : sheet().modalities()) {
            for (PriceSheet.DurationPrice d : offer.durations()) {
                if (d.id().equals(durationId)) {
                    Instant now = clock.instant();
                    catalog.retireDuration(durationId, now, entry(actor, "duration retired",
                            offer.modality().name() + " " + d.minutes() + " min retired", now));
                    return;
                }
            }
        }
        throw new Refused("That duration is no longer on the price list.");
    }

    private PriceSheet sheet() {
        return catalog.sheet(clinic.businessDay(clock.instant()));
    }

    private PriceSheet.Offer offer(UUID modalityId) {
        return sheet().offer(modalityId).orElseThrow(() -> new Refused("That modality is no longer on the price list."));
    }

    private static String name(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new Refused("Type the modality's name, like Swedish.");
        }
        if (name.length() > 80) {
            throw new Refused("Keep the name under 80 letters.");
        }
        return name;
    }

    private static String description(String typed) {
        String description = typed == null ? "" : typed.strip();
        if (description.length() > 400) {
            throw new Refused("Keep the description under 400 letters; it is one line on the kiosk.");
        }
        return description;
    }

    private static AuditStore.Entry entry(StaffMember actor, String action, String detail, Instant at) {
        return ChangePrice.entry(actor, action, detail, at);
    }
}
