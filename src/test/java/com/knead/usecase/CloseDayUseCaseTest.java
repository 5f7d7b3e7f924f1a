package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.DrawerCount;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.report.CloseOfDayReport;
import com.knead.report.PdfCopies;
import com.knead.report.ReceiptPrinter;
import com.knead.report.ReportTemplates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The close of day's use case as the office's Day tab calls it: who may close, the notes to count, the X on paper. */
class CloseDayUseCaseTest extends OpenClinic {

    private CloseDay closeDay() {
        Clock clock = Clock.systemUTC();
        return new CloseDay(stores, new PinCheck(stores.staff(), stores.audit(), clock, stores.clinic().zone()), clock);
    }

    @Test
    void onlyTheRolesThatMayCloseTheDayAreOfferedAndTheDayClosesOnce() {
        CloseDay close = closeDay();
        assertThat(close.clinic()).isEqualTo(stores.clinic());
        List<StaffMember> may = close.whoMayClose();
        assertThat(may).isNotEmpty().allSatisfy(m -> assertThat(m.role()).isIn(StaffRole.OWNER, StaffRole.MANAGER));
        assertThat(may).extracting(StaffMember::role).contains(StaffRole.OWNER);
        assertThat(stores.staff().active()).anySatisfy(m -> assertThat(m.role()).isEqualTo(StaffRole.CASHIER));
        assertThat(close.denominations()).isEqualTo(DrawerCount.denominations(stores.clinic().currency())).isNotEmpty();

        LocalDate today = close.today();
        assertThat(close.isClosed(today)).isFalse();
        StaffMember owner = may.stream().filter(m -> m.role() == StaffRole.OWNER).findFirst().orElseThrow();
        close.close(owner, com.knead.store.DemoSeed.DEMO_OWNER_PIN, today, DrawerCount.ofTotal(close.expected(today)), "");
        assertThat(close.isClosed(today)).isTrue();
        assertThat(close.isClosed(today.minusDays(1))).isFalse();
    }

    @Test
    void theXIsSavedAsA4AndRollAndPrintsNothingWithoutAPrinter() {
        Clock clock = Clock.systemUTC();
        CloseOfDayPaper paper = new CloseOfDayPaper(closeDay(), new CloseOfDayReport(new ReportTemplates(), clock),
                new PdfCopies(stores.folder()), stores.settings(), new ReceiptPrinter(), clock);
        CloseOfDayPaper.Written x = paper.x(true);
        assertThat(x.title()).isEqualTo("X of " + closeDay().today());
        assertThat(x.pdf()).isNotEmptyFile().isNotEqualTo(x.roll());
        assertThat(x.roll()).isNotEmptyFile();
        assertThat(x.roll().getFileName().toString()).endsWith("-80mm.pdf");
        assertThat(x.printedOn()).isEmpty();
    }
}
