package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.report.ReportTemplates;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The owner's office on real H2: who may approve, the printer choice, and the end of day saved as PDF. */
class OfficeUseCasesTest extends OpenClinic {

    @Test
    void approversAreTheActiveStaffInTheRolesAskedAndAPinIsChecked() {
        OfficeServices office = OfficeServices.over(stores, new ReportTemplates());
        Approvals approvals = office.approvals();
        assertThat(approvals.approvers(EnumSet.of(StaffRole.THERAPIST))).extracting(StaffMember::name)
                .containsExactlyInAnyOrder("Maya Chen", "Sam Ortiz");
        assertThat(approvals.approvers(EnumSet.of(StaffRole.OWNER))).containsExactly(owner());
        assertThat(approvals.owners()).containsExactly(owner());
        assertThat(approvals.unlocks(owner(), "4827")).isTrue();
        assertThat(approvals.unlocks(owner(), "9999")).isFalse();
        assertThat(approvals.check(owner(), "4827", EnumSet.of(StaffRole.OWNER), "a refund").staffName())
                .isEqualTo(owner().name());
        assertThatThrownBy(() -> approvals.check(owner(), "9999", EnumSet.of(StaffRole.OWNER), "a refund"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void thePrinterChoiceIsKeptAndReadBack() {
        PrinterChoice printers = OfficeServices.over(stores, new ReportTemplates()).printers();
        assertThat(printers.read().chosen()).isEmpty();
        assertThat(printers.read().drawerKick()).isFalse();
        printers.choose(Optional.of("Receipts"), true);
        assertThat(printers.read().chosen()).hasValue("Receipts");
        assertThat(printers.read().drawerKick()).isTrue();
        assertThat(printers.read().queues()).isNotNull();
        printers.choose(Optional.empty(), false);
        assertThat(printers.read().chosen()).as("PDF copies only").isEmpty();
        assertThat(printers.read().drawerKick()).isFalse();
    }

    @Test
    void theEndOfDayIsSavedAsPdfInTheDataFolder() throws Exception {
        SaveEndOfDay save = OfficeServices.over(stores, new ReportTemplates()).endOfDay();
        assertThat(save.today()).isEqualTo(today());
        SaveEndOfDay.Written written = save.save(today());
        assertThat(written.figures().day()).isEqualTo(today());
        assertThat(written.figures().sales()).isEmpty();
        assertThat(written.pdf()).startsWith(folder).isNotEmptyFile();
        assertThat(Files.readAllBytes(written.pdf())).startsWith("%PDF".getBytes());
    }
}
