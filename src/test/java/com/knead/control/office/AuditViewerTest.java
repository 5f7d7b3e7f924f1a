package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.control.ImmediateTasks;
import com.knead.domain.Approval;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.store.DemoSeed;
import com.knead.usecase.AuditLog;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit page without its window: the last week at first, filters, bad days refused, CSV export. */
class AuditViewerTest extends OfficeFixture {

    private final Shown<AuditViewer.State> view = new Shown<>();
    private Optional<Approval> actor;
    private AuditViewer viewer;
    private LocalDate today;

    @BeforeEach
    void oneWrongPin() {
        assertThatThrownBy(() -> office.door().unlock(owner(), "1111")).isInstanceOf(Refused.class);
    }

    private void open() {
        actor = Optional.of(office.door().unlock(owner(), DemoSeed.DEMO_OWNER_PIN));
        viewer = new AuditViewer(office.audit(), office.export(), () -> actor, new ImmediateTasks(), clock, view::show);
        today = office.audit().today(clock.instant());
        viewer.open();
    }

    @Test
    void itStartsWithTheLastWeekNewestFirstAndFilters() {
        clock.pass(Duration.ofSeconds(1));
        open();
        AuditViewer.State first = view.last();
        assertThat(first.filters().from()).isEqualTo(today.minusDays(6).toString());
        assertThat(first.filters().to()).isEqualTo(today.toString());
        assertThat(first.lines()).extracting(AuditLog.Line::action).containsExactly("office unlocked", "PIN");
        assertThat(first.lines().get(1).outcome()).isEqualTo("wrong");
        assertThat(first.lines().get(1).staff()).isEqualTo("Olivia Park");
        assertThat(first.choices().actions()).containsExactly("PIN", "office unlocked");
        StaffMember olivia = first.choices().staff().stream().filter(m -> m.name().equals("Olivia Park")).findFirst()
                .orElseThrow();

        viewer.search(new AuditViewer.Filters(today.toString(), today.toString(), "office", "PIN", olivia));
        assertThat(view.last().lines()).singleElement().extracting(AuditLog.Line::outcome).isEqualTo("wrong");
        viewer.search(new AuditViewer.Filters(today.toString(), today.toString(), "kiosk", "", null));
        assertThat(view.last().lines()).isEmpty();
    }

    @Test
    void badDaysAreSaidBesideThemAndNothingTypedIsLost() {
        open();
        viewer.search(new AuditViewer.Filters("1 Dec", today.toString(), "", "", null));
        assertThat(view.last().dayProblem()).isEqualTo("Type the first day as YYYY-MM-DD, like " + today + ".");
        assertThat(view.last().lines()).as("the last lines stay").hasSize(2);
        viewer.search(new AuditViewer.Filters(today.toString(), today.minusDays(1).toString(), "", "", null));
        assertThat(view.last().dayProblem()).isEqualTo("The last day (" + today.minusDays(1) + ") is before the first ("
                + today + ").");
        viewer.search(new AuditViewer.Filters(today.toString(), "", "", "", null));
        assertThat(view.last().dayProblem()).startsWith("Type the last day as YYYY-MM-DD");
    }

    @Test
    void theExportWritesCsvAddsItsEndingAndShowsItsOwnEntry() throws Exception {
        open();
        Path asked = folder.resolve("audit-week");
        viewer.export(view.last().filters(), asked);
        Path csv = folder.resolve("audit-week.csv");
        assertThat(view.last().done()).isEqualTo("Wrote 2 entries to " + csv + ".");
        assertThat(view.last().lines()).first().extracting(AuditLog.Line::action).isEqualTo("audit exported");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).extracting(r -> r.get("Action")).containsExactly("office unlocked", "PIN");
            assertThat(records.get(1).get("Detail")).isEqualTo("open the office");
        }
        viewer.export(view.last().filters(), folder.resolve("missing/audit.csv"));
        assertThat(view.last().problem()).endsWith("that folder does not exist.");
        viewer.forget();
        assertThat(view.last().lines()).isEmpty();
    }
}
