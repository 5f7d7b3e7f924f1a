package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words screens and receipts use for the clinic's kinds of things (PRODUCT.md). */
class LabelsTest {

    @Test
    void waysToPay() {
        assertThat(List.of(TenderKind.values())).extracting(TenderKind::label)
                .containsExactly("Cash", "Card", "Gift card", "Package credit");
    }

    @Test
    void pressures() {
        assertThat(List.of(Pressure.values())).extracting(Pressure::label)
                .containsExactly("Light", "Light to medium", "Medium", "Medium to firm", "Firm", "Varies");
    }

    @Test
    void bodyRegionsOnTheBodyMap() {
        assertThat(BodyRegion.LOWER_BACK.label()).isEqualTo("Lower back");
        assertThat(BodyRegion.HIPS_GLUTES.label()).isEqualTo("Hips and glutes");
        assertThat(BodyRegion.CALVES.label()).isEqualTo("Lower legs");
    }

    @Test
    void moneyGivenBack() {
        assertThat(Refund.Kind.VOID.label()).isEqualTo("Void");
        assertThat(Refund.Kind.REFUND.label()).isEqualTo("Refund");
    }

    @Test
    void theOwnerAndManagersOpenTheOfficeAsTheRoleTableSays() {
        // Managers change prices, close the day and export, which the office is for (RoleRights).
        assertThat(List.of(StaffRole.values())).filteredOn(StaffRole::canOpenOffice)
                .containsExactly(StaffRole.OWNER, StaffRole.MANAGER);
    }

    @Test
    void aPackageSaysHowManyVisitsAreLeft() {
        PrepaidCode code = new PrepaidCode("PK-1");
        assertThat(new ServicePackage(code, Fixtures.DEEP_TISSUE, "Deep tissue", 60, 4).describe())
                .isEqualTo("Deep tissue, 60 min: 4 visits left");
        assertThat(new ServicePackage(code, Fixtures.DEEP_TISSUE, "Deep tissue", 60, 1).describe())
                .isEqualTo("Deep tissue, 60 min: 1 visit left");
        assertThat(new ServicePackage(code, Fixtures.DEEP_TISSUE, "Deep tissue", 60, 0).describe())
                .isEqualTo("Deep tissue, 60 min: 0 visits left");
    }
}
