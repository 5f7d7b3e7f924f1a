package com.knead.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each role may do: the one table the office shows and every use case checks. The application
 * layer refuses an action to anyone whose role lacks its right, however the screen was driven.
 */
public final class RoleRights {

    private static final Map<StaffRole, Set<Permission>> TABLE = new EnumMap<>(StaffRole.class);

    static {
        TABLE.put(StaffRole.OWNER, EnumSet.allOf(Permission.class));
        TABLE.put(StaffRole.MANAGER, EnumSet.of(Permission.TAKE_PAYMENT, Permission.VOID, Permission.REFUND,
                Permission.LARGE_DISCOUNT, Permission.WAIVE_CLEARANCE, Permission.OPEN_INTAKE,
                Permission.WRITE_NOTES, Permission.READ_ALL_NOTES, Permission.MERGE_CLIENTS,
                Permission.CHANGE_PRICES, Permission.CLOSE_DAY, Permission.EXPORT, Permission.OPEN_OFFICE,
                Permission.LEAVE_KIOSK));
        TABLE.put(StaffRole.CASHIER, EnumSet.of(Permission.TAKE_PAYMENT));
        TABLE.put(StaffRole.THERAPIST, EnumSet.of(Permission.TAKE_PAYMENT, Permission.OPEN_INTAKE,
                Permission.WRITE_NOTES));
    }

    private RoleRights() {
    }

    public static boolean may(StaffRole role, Permission permission) {
        return TABLE.get(role).contains(permission);
    }

    /** Everything {@code role} may do, in the table's order. */
    public static Set<Permission> of(StaffRole role) {
        return Collections.unmodifiableSet(TABLE.get(role));
    }

    /** The roles that may do {@code permission}, in the roles' order. */
    public static Set<StaffRole> rolesThatMay(Permission permission) {
        return EnumSet.copyOf(TABLE.entrySet().stream().filter(e -> e.getValue().contains(permission))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /** Refuses, in a plain sentence naming who may, when {@code who}'s role lacks {@code permission}. */
    public static void require(StaffMember who, Permission permission) {
        if (!may(who.role(), permission)) {
            throw new Refused(who.name() + " (" + who.role().words() + ") may not " + permission.words()
                    + "; ask " + whoMay(permission) + ".");
        }
    }

    /** "a manager or the owner", "the owner". */
    public static String whoMay(Permission permission) {
        Set<StaffRole> roles = rolesThatMay(permission);
        roles.remove(StaffRole.OWNER);
        String others = roles.stream().map(r -> "a " + r.words()).collect(Collectors.joining(", "));
        return others.isEmpty() ? "the owner" : others + " or the owner";
    }
}
