package com.knead.app;

import com.knead.store.DatabaseFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ZReport;
import com.knead.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten days of demo history are a clinic worth reporting on: each day closed through the real close of
 * day with its Z numbered in sequence, some drawers over or short with a reason, and the chain intact;
 * returning clients, intakes with pain areas, every tender, discounts, refunds and voids, four
 * therapists. What is counted is read in plain SQL, apart from the demo's code.
 */
class DemoHistoryTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int knead(String... args) {
        picocli.CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private Path data() {
        return dir.resolve("data");
    }

    @Test
    void tenDaysAreClosedInSequenceWithCountedDrawersAndTheChainVerifies() throws SQLException {
        assertThat(knead("demo", "--data", data().toString(), "--days", "10", "--seed", "1")).as(err.toString()).isZero();
        LocalDate yesterday;
        try (Stores stores = Stores.open(data())) {
            yesterday = LocalDate.now(stores.clinic().zone()).minusDays(1);
            List<ZReport> zs = stores.zReports().all();
            assertThat(zs).extracting(ZReport::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
            assertThat(zs).extracting(ZReport::day).containsExactlyElementsOf(
                    yesterday.minusDays(9).datesUntil(yesterday.plusDays(1)).toList());
            assertThat(zs).allSatisfy(z -> assertThat(z.closedBy().staffName()).isEqualTo("Olivia Park"));
            assertThat(zs).as("some drawers over or short").anySatisfy(z -> assertThat(z.drawer().overShort().isZero()).isFalse());
            assertThat(zs).filteredOn(z -> !z.drawer().overShort().isZero())
                    .allSatisfy(z -> assertThat(z.drawer().reason()).isNotBlank());
            assertThat(zs).as("exact drawers too").anySatisfy(z -> assertThat(z.drawer().overShort().isZero()).isTrue());
            assertThat(zs.stream().mapToInt(ZReport::returningClients).sum()).as("returning clients").isPositive();
            assertThat(zs.get(9).grandTotal().isPositive()).isTrue();
        }
        assertThat(knead("verify", "--data", data().toString())).as(out + err.toString()).isZero();
        assertThat(out.toString()).contains("is intact");

        try (Connection c = DatabaseFile.connect(data())) {
            assertThat(count(c, "SELECT COUNT(DISTINCT intake_id) FROM intake_pain")).as("intakes with pain areas").isPositive();
            Set<String> tenders = strings(c, "SELECT DISTINCT kind FROM tender");
            assertThat(tenders).containsExactlyInAnyOrder("CASH", "CARD", "GIFT_CARD", "PACKAGE_CREDIT");
            assertThat(count(c, "SELECT COUNT(*) FROM (SELECT sale_id FROM tender GROUP BY sale_id HAVING COUNT(*) > 1)"))
                    .as("split payments").isPositive();
            assertThat(count(c, "SELECT COUNT(*) FROM sale WHERE discount > 0")).as("discounts").isPositive();
            assertThat(count(c, "SELECT COUNT(*) FROM refund WHERE kind = 'VOID'")).as("voids").isPositive();
            assertThat(count(c, "SELECT COUNT(*) FROM refund r JOIN sale s ON s.id = r.sale_id WHERE r.kind = 'REFUND'"
                    + " AND r.business_day > s.business_day")).as("refunds of earlier days' sales").isPositive();
            assertThat(count(c, "SELECT COUNT(DISTINCT therapist_id) FROM sale")).as("therapists").isEqualTo(4);
            assertThat(count(c, "SELECT COUNT(*) FROM (SELECT client_id FROM visit GROUP BY client_id HAVING COUNT(*) > 1)"))
                    .as("clients who came back").isPositive();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> found = new HashSet<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
