package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.store.AuditStore;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's export in the audit log, on real H2: what, where, by the command line and the OS user, once. */
class CommandLineExportsTest {

    private static final Instant AT = Instant.parse("2026-12-01T18:30:00Z");

    @TempDir
    Path dir;

    private Stores stores;
    private CommandLineExports exports;

    @BeforeEach
    void open() {
        stores = DemoFolder.open(dir.resolve("data"));
        exports = new CommandLineExports(stores.audit(), Clock.fixed(AT, ZoneOffset.UTC), "alice");
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private List<AuditStore.Entry> logged() {
        return stores.audit().latest(10).stream().filter(e -> e.action().equals(CommandLineExports.ACTION)).toList();
    }

    @Test
    void anExportIsLoggedOnceWithWhatWhereAndWho() {
        Path pdf = dir.resolve("out/../z.pdf");
        Path roll = dir.resolve("z-80mm.pdf");
        AuditStore.Entry entry = exports.written("Z 000003 of 2026-12-01 as PDF", pdf, roll);
        assertThat(logged()).containsExactly(entry);
        assertThat(entry.place()).isEqualTo("command line");
        assertThat(entry.outcome()).isEqualTo("written");
        assertThat(entry.staff()).isEmpty();
        assertThat(entry.client()).isEmpty();
        assertThat(entry.at()).isEqualTo(AT.truncatedTo(ChronoUnit.MICROS));
        assertThat(entry.detail()).isEqualTo("Z 000003 of 2026-12-01 as PDF to " + dir.toAbsolutePath().resolve("z.pdf")
                + " and " + dir.toAbsolutePath().resolve("z-80mm.pdf") + ", by the command line (OS user alice)");
        assertThat(CommandLineExports.who("bob")).isEqualTo("the command line (OS user bob)");
        assertThat(CommandLineExports.currentOsUser()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aDetailLongerThanTheLogKeepsIsCutToItsLimit() {
        String what = "x".repeat(399);
        assertThat(exports.written(what.substring(0, 380), dir.resolve("a")).detail()).hasSizeLessThanOrEqualTo(400);
        String cut = exports.written(what, dir.resolve("a.pdf")).detail();
        assertThat(cut).hasSize(400).isEqualTo(what + "…");
        String exact = "y".repeat(400 - (" to " + dir.toAbsolutePath().resolve("b") + ", by the command line (OS user alice)").length());
        assertThat(exports.written(exact, dir.resolve("b")).detail()).hasSize(400).doesNotEndWith("…");
        assertThat(logged()).hasSize(3);
    }
}
