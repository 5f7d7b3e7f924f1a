package com.knead.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole staff list, active or not, and its rules: a name is typed once and belongs to one
 * person, and the clinic always keeps at least one active owner, who can reach everything else.
 */
public record StaffList(List<StaffListing> people) {

    public static final int LONGEST_NAME = 80;

    public StaffList {
        people = List.copyOf(people);
    }

    public Optional<StaffListing> find(UUID id) {
        return people.stream().filter(p -> p.member().id().equals(id)).findFirst();
    }

    /** The person with this id, or a refusal saying they are no longer listed. */
    public StaffListing require(UUID id) {
        return find(id).orElseThrow(() -> new Refused("That person is no longer on the staff list."));
    }

    /** A typed name made tidy (outer spaces gone, inner runs of spaces made one), or a refusal. */
    public static String tidyName(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new Refused("Type the person's name.");
        }
        if (name.length() > LONGEST_NAME) {
            throw new Refused("A name is at most " + LONGEST_NAME + " characters.");
        }
        return name;
    }

    /**
     * Refuses {@code name} when someone else (other than {@code self}, which may be null) already has
     * it, active or not: two people with one name would make receipts and the audit log ambiguous.
     */
    public void requireNameFree(String name, UUID self) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (StaffListing person : people) {
            if (person.member().id().equals(self) || !person.member().name().toLowerCase(Locale.ROOT).equals(wanted)) {
                continue;
            }
            throw new Refused(person.active()
                    ? "There is already a " + person.member().name() + " on the staff list; add an initial to tell them apart."
                    : person.member().name() + " is already on the staff list, deactivated; reactivate them instead, "
                            + "or add an initial to tell them apart.");
        }
    }

    /**
     * Refuses a change to the person {@code id} (their role becoming {@code role}, their being
     * {@code active} or not) that would leave the clinic with no active owner.
     */
    public void requireAnOwnerAfter(UUID id, StaffRole role, boolean active) {
        StaffListing changed = require(id);
        boolean wasOwner = changed.active() && changed.member().role() == StaffRole.OWNER;
        boolean staysOwner = active && role == StaffRole.OWNER;
        if (!wasOwner || staysOwner) {
            return;
        }
        long otherOwners = people.stream().filter(p -> p.active() && p.member().role() == StaffRole.OWNER
                && !p.member().id().equals(id)).count();
        if (otherOwners == 0) {
            String name = changed.member().name();
            throw new Refused(name + " is the clinic's only active owner, so " + name
                    + (active ? " stays an owner" : " cannot be deactivated") + "; make someone else an owner first.");
        }
    }
}
