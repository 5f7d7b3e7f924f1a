package com.knead.sync;

import com.knead.usecase.SyncWithCentre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sync benchmark against a private PostgreSQL (the tests' cluster), two parts in one run:
 * <ul>
 *   <li>a busy day: {@code DAY} walk-in visits sold at the desk (client, sale, line, tender), then
 *       one {@code knead sync} of it (goal ≤ 2 s);</li>
 *   <li>a catch-up: {@code ROWS} rows waiting (clients, sales, their lines and tenders, written
 *       straight into the H2 file with their outbox entries), pushed by the sync, next to a raw
 *       JDBC batch insert of the same rows into another database of the same server (goal ≤ 3×).</li>
 * </ul>
 * Run with {@code scripts/bench-sync [DAY] [ROWS]}.
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int day = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        CentralPostgres cluster = CentralPostgres.cluster();
        Path folder = Files.createTempDirectory("knead-bench-sync-");
        String url = cluster.newDatabase();
        CentralStore.migrate(new CentralAddress(url, "postgres", ""));
        try (Installation here = new Installation(folder)) {
            Instant now = Instant.now();
            for (int i = 0; i < day; i++) {
                here.sell("Busy Day " + i, String.format("555 %03d %04d", i / 10000, i % 10000), now);
            }
            long start = System.nanoTime();
            SyncWithCentre.Done done = here.syncNow(url);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("busy day: %d visits, %d records pushed in %.2f s (goal <= 2 s)%n", day, done.pushed(),
                    seconds);
        }
        int sales = rows / 4; // each: a client, a sale, a line, a tender
        fill(folder, sales);
        String raw = cluster.newDatabase();
        CentralStore.migrate(new CentralAddress(raw, "postgres", ""));
        double rawSeconds = rawInsert(folder, raw);
        try (Installation here = new Installation(folder)) {
            long start = System.nanoTime();
            SyncWithCentre.Done done = here.syncNow(url);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("catch-up: %d rows (%d outbox records) pushed in %.2f s; raw JDBC batch insert of the "
                    + "same rows %.2f s; ratio %.1fx (goal <= 3x)%n", sales * 4, done.pushed(), seconds, rawSeconds,
                    seconds / rawSeconds);
        }
    }

    /** Writes {@code sales} clients with a sale each (one line, one tender) and their outbox entries into the H2 file. */
    static void fill(Path folder, int sales) throws Exception {
        try (Connection c = Installation.h2(folder)) {
            c.setAutoCommit(false);
            long receipt;
            long seq;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT (SELECT COALESCE(MAX("
                    + "receipt_number), 0) FROM sale), (SELECT last_value FROM counter WHERE name = 'outbox')")) {
                rs.next();
                receipt = rs.getLong(1);
                seq = rs.getLong(2);
            }
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            LocalDate today = LocalDate.now();
            try (PreparedStatement client = c.prepareStatement("INSERT INTO client (id, name, phone, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement sale = c.prepareStatement("INSERT INTO sale (id, receipt_number, business_day, "
                         + "client_name, currency, subtotal, net, tax, total, change_due, created_at, updated_at) "
                         + "VALUES (?, ?, ?, ?, 'USD', 85, 85, 0, 85, 0, ?, ?)");
                 PreparedStatement line = c.prepareStatement("INSERT INTO sale_line (id, sale_id, line_no, description, "
                         + "minutes, unit_price, quantity, created_at, updated_at) VALUES (?, ?, 1, 'Deep tissue', 60, 85, "
                         + "1, ?, ?)");
                 PreparedStatement tender = c.prepareStatement("INSERT INTO tender (id, sale_id, line_no, kind, amount, "
                         + "reference, created_at, updated_at) VALUES (?, ?, 1, 'CASH', 85, '', ?, ?)");
                 PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (seq, id, kind, record_id, "
                         + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < sales; i++) {
                    UUID clientId = com.knead.domain.Ids.next();
                    UUID saleId = com.knead.domain.Ids.next();
                    client.setObject(1, clientId);
                    client.setString(2, "Catch Up " + i);
                    client.setString(3, String.format("556%07d", i));
                    client.setObject(4, at);
                    client.setObject(5, at);
                    client.addBatch();
                    sale.setObject(1, saleId);
                    sale.setLong(2, ++receipt);
                    sale.setObject(3, today);
                    sale.setString(4, "Catch Up " + i);
                    sale.setObject(5, at);
                    sale.setObject(6, at);
                    sale.addBatch();
                    for (PreparedStatement part : List.of(line, tender)) {
                        part.setObject(1, com.knead.domain.Ids.next());
                        part.setObject(2, saleId);
                        part.setObject(3, at);
                        part.setObject(4, at);
                        part.addBatch();
                    }
                    for (Object[] entry : new Object[][] {{"client", clientId}, {"sale", saleId}}) {
                        outbox.setLong(1, ++seq);
                        outbox.setObject(2, com.knead.domain.Ids.next());
                        outbox.setString(3, (String) entry[0]);
                        outbox.setObject(4, entry[1]);
                        outbox.setObject(5, at);
                        outbox.setObject(6, at);
                        outbox.addBatch();
                    }
                    if (i % 1000 == 999 || i == sales - 1) {
                        for (PreparedStatement ps : List.of(client, sale, line, tender, outbox)) {
                            ps.executeBatch();
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE counter SET last_value = ? WHERE name = 'outbox'")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
            // So that a sale the desk records afterwards takes the next receipt number.
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO counter (id, name, last_value, created_at, updated_at) "
                    + "KEY (name) VALUES (?, 'receipt', ?, ?, ?)")) {
                ps.setObject(1, com.knead.domain.Ids.next());
                ps.setLong(2, receipt);
                ps.setObject(3, at);
                ps.setObject(4, at);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    /** The baseline: the same rows read from H2 first, then inserted with plain JDBC batches in one transaction; its seconds. */
    private static double rawInsert(Path folder, String url) throws Exception {
        List<Object[]> clients = new ArrayList<>();
        List<Object[]> sales = new ArrayList<>();
        List<Object[]> parts = new ArrayList<>();
        try (Connection c = Installation.h2(folder); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name, phone, created_at FROM client WHERE name LIKE 'Catch Up %'")) {
                while (rs.next()) {
                    clients.add(new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3), rs.getObject(4)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, receipt_number, business_day, client_name, created_at FROM sale "
                    + "WHERE client_name LIKE 'Catch Up %'")) {
                while (rs.next()) {
                    sales.add(new Object[] {rs.getObject(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getObject(5)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT t.id, t.sale_id, t.created_at FROM tender t JOIN sale s ON "
                    + "s.id = t.sale_id WHERE s.client_name LIKE 'Catch Up %' UNION ALL SELECT l.id, l.sale_id, l.created_at "
                    + "FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE s.client_name LIKE 'Catch Up %'")) {
                while (rs.next()) {
                    parts.add(new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3)});
                }
            }
        }
        UUID location = UUID.randomUUID();
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("reWriteBatchedInserts", "true");
        long start = System.nanoTime();
        try (Connection pg = DriverManager.getConnection(url, properties)) {
            pg.setAutoCommit(false);
            try (PreparedStatement client = pg.prepareStatement("INSERT INTO client (location_id, id, name, phone, "
                    + "version, change_seq, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 0, ?, ?)");
                 PreparedStatement sale = pg.prepareStatement("INSERT INTO sale (location_id, id, receipt_number, "
                         + "business_day, client_name, currency, subtotal, discount, net, tax, total, tip, change_due, "
                         + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'USD', 85, 0, 85, 0, 85, 0, 0, ?, ?)");
                 PreparedStatement tender = pg.prepareStatement("INSERT INTO tender (location_id, id, sale_id, line_no, "
                         + "kind, amount, reference, created_at, updated_at) VALUES (?, ?, ?, 1, 'CASH', 85, '', ?, ?)")) {
                for (Object[] row : clients) {
                    client.setObject(1, location);
                    client.setObject(2, row[0]);
                    client.setString(3, (String) row[1]);
                    client.setString(4, (String) row[2]);
                    client.setObject(5, row[3]);
                    client.setObject(6, row[3]);
                    client.addBatch();
                }
                client.executeBatch();
                for (Object[] row : sales) {
                    sale.setObject(1, location);
                    sale.setObject(2, row[0]);
                    sale.setLong(3, (Long) row[1]);
                    sale.setObject(4, row[2]);
                    sale.setString(5, (String) row[3]);
                    sale.setObject(6, row[4]);
                    sale.setObject(7, row[4]);
                    sale.addBatch();
                }
                sale.executeBatch();
                // Lines and tenders are the same shape; both go into tender here, a row each as in the sync.
                for (Object[] row : parts) {
                    tender.setObject(1, location);
                    tender.setObject(2, row[0]);
                    tender.setObject(3, row[1]);
                    tender.setObject(4, row[2]);
                    tender.setObject(5, row[2]);
                    tender.addBatch();
                }
                tender.executeBatch();
            }
            pg.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

}
