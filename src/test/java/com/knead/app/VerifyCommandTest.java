package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.DatabaseFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code knead verify} over demo history: exit 0 and one line when nothing was touched; after direct
 * SQL, exit 1 and one line naming each record, and nothing in the database changed by verifying.
 */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int knead(String... args) {
        out = new StringWriter();
        picocli.CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private Connection jdbc() throws SQLException {
        return DatabaseFile.connect(dir.resolve("data"));
    }

    @Test
    void demoHistoryVerifiesCleanAndAnEditedReceiptIsNamed() throws SQLException {
        assertThat(knead("demo", "--data", data(), "--days", "3", "--seed", "7")).isZero();
        assertThat(knead("verify", "--data", data())).as(err.toString()).isZero();
        assertThat(out.toString()).matches("The chain of \\d+ records is intact: nothing was changed, deleted or added "
                + "outside Knead.\\R");

        String day;
        String changedAt;
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT business_day FROM sale WHERE receipt_number = 2")) {
                rs.next();
                day = rs.getString(1);
            }
            st.executeUpdate("UPDATE tender SET amount = amount - 5 WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 2)");
            st.executeUpdate("DELETE FROM chain_link WHERE kind = 'drawer-opening' AND position = 1");
            try (ResultSet rs = st.executeQuery("SELECT MAX(updated_at) FROM chain_head")) {
                rs.next();
                changedAt = rs.getString(1);
            }
        }
        assertThat(knead("verify", "--data", data())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "1 record(s) at the start of the chain, before Receipt 000001 (sale of " + day + "), were deleted with "
                        + "their links in the chain.",
                "Receipt 000002 (sale of " + day + ") was changed after it was recorded.",
                "The drawer opening of " + day + " (float 150.00) was added outside Knead: it has no link in the chain.",
                "3 problem(s) in the chain of " + linkCount() + " records.");
        try (Connection c = jdbc(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(updated_at) FROM chain_head")) {
            rs.next();
            assertThat(rs.getString(1)).as("verify writes nothing").isEqualTo(changedAt);
        }
    }

    @Test
    void anEditedPrepaidMovementAndAnEditedTaxRateAreNamed() throws SQLException {
        assertThat(knead("demo", "--data", data(), "--days", "3", "--seed", "7")).isZero();
        String day;
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT business_day FROM sale WHERE receipt_number = 2")) {
                rs.next();
                day = rs.getString(1);
            }
            assertThat(st.executeUpdate("UPDATE gift_card_movement SET amount = amount + 100 WHERE id = "
                    + "(SELECT MIN(id) FROM gift_card_movement)")).as("the demo has gift cards").isEqualTo(1);
            assertThat(st.executeUpdate("UPDATE package_movement SET visits = visits + 5 WHERE id = "
                    + "(SELECT MIN(id) FROM package_movement)")).as("and packages").isEqualTo(1);
            st.executeUpdate("UPDATE sale SET tax_rate = 0 WHERE receipt_number = 2");
        }
        assertThat(knead("verify", "--data", data())).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4).contains("Receipt 000002 (sale of " + day + ") was changed after it was recorded.",
                "3 problem(s) in the chain of " + linkCount() + " records.");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("The gift card movement of [-0-9.]+ at .* UTC was "
                + "changed after it was recorded\\."));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("The package movement of -?\\d+ visit\\(s\\) at .* UTC "
                + "was changed after it was recorded\\."));
    }

    @Test
    void theChainsKindsLoweredBySqlAreNamedAndLinkNothingAgain() throws SQLException {
        assertThat(knead("demo", "--data", data(), "--days", "3", "--seed", "7")).isZero();
        long links = linkCount();
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            // Lowered kinds, and a gift card movement added by SQL that the next start would then have linked.
            assertThat(st.executeUpdate("UPDATE chain_head SET kinds = 1")).isEqualTo(1);
            assertThat(st.executeUpdate("INSERT INTO gift_card_movement (id, gift_card_id, sale_id, amount, created_at, "
                    + "updated_at) SELECT RANDOM_UUID(), gift_card_id, sale_id, 500, created_at, updated_at FROM "
                    + "gift_card_movement WHERE id = (SELECT MIN(id) FROM gift_card_movement)")).isEqualTo(1);
        }
        for (int run = 1; run <= 2; run++) {
            assertThat(knead("verify", "--data", data())).as("run " + run).isEqualTo(1);
            List<String> lines = out.toString().lines().toList();
            assertThat(lines).as("run " + run).hasSize(3).contains("The chain's head was edited: it says the chain "
                    + "covers the kinds of record of version 1, not 2, which would leave gift card and package movements "
                    + "unchecked.", "2 problem(s) in the chain of " + links + " records.");
            assertThat(lines).as("run " + run).anySatisfy(line -> assertThat(line).matches("The gift card movement of "
                    + "500.00 at .* UTC was added outside Knead: it has no link in the chain\\."));
            assertThat(linkCount()).as("opening the folder linked nothing again").isEqualTo(links);
        }
    }

    private long linkCount() throws SQLException {
        try (Connection c = jdbc(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM chain_link")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
