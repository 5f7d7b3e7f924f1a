package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of what each role may do, and its refusals in plain words. */
class RoleRightsTest {

    @Test
    void theOwnerMayDoEverything() {
        assertThat(RoleRights.of(StaffRole.OWNER)).containsExactlyInAnyOrder(Permission.values());
    }

    @ParameterizedTest
    @CsvSource({
            "MANAGER, VOID, true", "MANAGER, REFUND, true", "MANAGER, LARGE_DISCOUNT, true",
            "MANAGER, CLOSE_DAY, true", "MANAGER, CHANGE_PRICES, true", "MANAGER, SETTINGS, false",
            "MANAGER, MANAGE_STAFF, false", "CASHIER, TAKE_PAYMENT, true", "CASHIER, VOID, false",
            "CASHIER, REFUND, false", "CASHIER, OPEN_INTAKE, false", "CASHIER, OPEN_OFFICE, false",
            "CASHIER, LEAVE_KIOSK, false", "THERAPIST, OPEN_INTAKE, true", "THERAPIST, VOID, false",
            "THERAPIST, EXPORT, false",
            "MANAGER, RESTORE_BACKUP, false", "CASHIER, RESTORE_BACKUP, false", "OWNER, RESTORE_BACKUP, true"})
    void theTableSaysWhoMay(StaffRole role, Permission permission, boolean may) {
        assertThat(RoleRights.may(role, permission)).isEqualTo(may);
    }

    @Test
    void theRolesThatMayAreReadFromTheSameTable() {
        assertThat(RoleRights.rolesThatMay(Permission.VOID)).containsExactly(StaffRole.OWNER, StaffRole.MANAGER);
        assertThat(RoleRights.rolesThatMay(Permission.SETTINGS)).containsExactly(StaffRole.OWNER);
        assertThat(RoleRights.rolesThatMay(Permission.OPEN_INTAKE))
                .isEqualTo(EnumSet.of(StaffRole.OWNER, StaffRole.MANAGER, StaffRole.THERAPIST));
    }

    @Test
    void aRefusalNamesThePersonTheirRoleAndWhoMay() {
        StaffMember riley = new StaffMember(UUID.randomUUID(), "Riley Brooks", StaffRole.CASHIER, null);
        assertThatThrownBy(() -> RoleRights.require(riley, Permission.VOID)).isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks (cashier) may not void a sale; ask a manager or the owner.");
        assertThatThrownBy(() -> RoleRights.require(riley, Permission.SETTINGS))
                .hasMessage("Riley Brooks (cashier) may not change the clinic's settings; ask the owner.");
        assertThatCode(() -> RoleRights.require(riley, Permission.TAKE_PAYMENT)).doesNotThrowAnyException();
        assertThat(RoleRights.whoMay(Permission.OPEN_INTAKE)).isEqualTo("a manager, a therapist or the owner");
    }

    @Test
    void aFirstNameIsTheFirstWordOfTheName() {
        assertThat(new StaffMember(UUID.randomUUID(), " Riley Brooks", StaffRole.CASHIER, null).firstName())
                .isEqualTo("Riley");
        assertThat(new StaffMember(UUID.randomUUID(), "Cher", StaffRole.CASHIER, null).firstName()).isEqualTo("Cher");
    }
}
