package com.knead.usecase;

import com.knead.domain.Approval;
import com.knead.domain.Ids;
import com.knead.domain.Permission;
import com.knead.domain.PinHash;
import com.knead.domain.PinRules;
import com.knead.domain.Refused;
import com.knead.domain.StaffList;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.StaffStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner keeps the staff list: adds people, changes their name or role, deactivates and
 * reactivates them. Nobody is ever deleted, so their sales keep their names. Only a role with
 * {@link Permission#MANAGE_STAFF} may, checked here on whoever unlocked the office; the clinic always
 * keeps an active owner; every change is written with its audit entry (place "office", the person
 * acting as its staff member, the person changed in its detail).
 */
public final class EditStaff {

    static final String PLACE = "office";
    static final String DONE = "done";

    private final StaffStore staff;
    private final Clock clock;

    public EditStaff(StaffStore staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    /** Everyone who works or worked here, active first. */
    public StaffList list() {
        return staff.all();
    }

    /** The right a role must have to change the list, for screens that say so before anyone tries. */
    public static Permission right() {
        return Permission.MANAGE_STAFF;
    }

    /**
     * Adds a person, active, with a first PIN when {@code pin} is given (refused, with nothing added,
     * when that PIN is too easy to guess).
     */
    public StaffMember add(Approval by, String typedName, StaffRole role, Optional<String> pin) {
        StaffMember actor = Acting.member(staff, by, right());
        String name = StaffList.tidyName(typedName);
        staff.all().requireNameFree(name, null);
        pin.ifPresent(PinRules::requireGoodChoice);
        StaffMember added = new StaffMember(Ids.next(), name, required(role), pin.map(PinHash::of).orElse(null));
        Instant now = clock.instant();
        List<AuditStore.Entry> log = new ArrayList<>();
        log.add(entry("staff added", actor, name + ", " + role.words(), now));
        if (pin.isPresent()) {
            log.add(entry("PIN set", actor, name, now));
        }
        staff.add(added, now, log.toArray(AuditStore.Entry[]::new));
        return added;
    }

    /** Keeps a new name and role for the person {@code id}. */
    public void change(Approval by, UUID id, String typedName, StaffRole role) {
        StaffMember actor = Acting.member(staff, by, right());
        StaffList list = staff.all();
        StaffListing person = list.require(id);
        String name = StaffList.tidyName(typedName);
        StaffMember was = person.member();
        if (name.equals(was.name()) && required(role) == was.role()) {
            throw new Refused("Nothing has changed for " + was.name() + ".");
        }
        list.requireNameFree(name, id);
        list.requireAnOwnerAfter(id, role, person.active());
        List<String> changes = new ArrayList<>();
        if (!name.equals(was.name())) {
            changes.add("name " + was.name() + " → " + name);
        }
        if (role != was.role()) {
            changes.add("role " + was.role().words() + " → " + role.words());
        }
        Instant now = clock.instant();
        staff.change(id, name, role, person.active(), now,
                entry("staff changed", actor, name + ": " + String.join(", ", changes), now));
    }

    /** The person no longer works here: they leave every list of names, but their records keep them. */
    public void deactivate(Approval by, UUID id) {
        activate(by, id, false);
    }

    /** The person works here again. */
    public void reactivate(Approval by, UUID id) {
        activate(by, id, true);
    }

    private void activate(Approval by, UUID id, boolean active) {
        StaffMember actor = Acting.member(staff, by, right());
        StaffList list = staff.all();
        StaffListing person = list.require(id);
        StaffMember member = person.member();
        if (person.active() == active) {
            throw new Refused(member.name() + (active ? " is already active." : " is already deactivated."));
        }
        list.requireAnOwnerAfter(id, member.role(), active);
        Instant now = clock.instant();
        staff.change(id, member.name(), member.role(), active, now,
                entry(active ? "staff reactivated" : "staff deactivated", actor, member.name(), now));
    }

    private static StaffRole required(StaffRole role) {
        if (role == null) {
            throw new Refused("Choose the person's role.");
        }
        return role;
    }

    static AuditStore.Entry entry(String action, StaffMember actor, String detail, Instant at) {
        return AuditStore.Entry.of(PLACE, action, DONE, Optional.empty(), Optional.of(actor.id()), detail, at);
    }
}
