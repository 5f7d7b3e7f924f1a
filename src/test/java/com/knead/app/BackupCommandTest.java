package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code knead backup setup|now|list} and {@code knead restore}: encrypted backups on a real data folder. */
class BackupCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void setUpBackUpListAndRestoreOnAnotherPcWithThePassphrase() throws IOException {
        String data = dir.resolve("data").toString();
        Path usb = dir.resolve("usb");
        Path passphrase = Files.writeString(dir.resolve("pass.txt"), "sea salt and cedar oil\n");
        assertThat(knead("backup", "setup", "--data", data, "--to", usb.toString(), "--passphrase-file",
                passphrase.toString())).isZero();
        assertThat(out.toString()).contains("Backups go to " + usb, "Keep the passphrase safe");
        assertThat(knead("backup", "now", "--data", data)).isZero();
        assertThat(knead("backup", "list", "--data", data)).isZero();
        List<Path> made;
        try (var files = Files.list(usb)) {
            made = files.sorted().toList();
        }
        // The first backup (made by setup) and the one by hand fall on the same day: its newest is kept.
        assertThat(made).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-by-hand.kbak"));
        assertThat(out.toString()).contains("by-hand");

        // Another PC: an empty folder, no key of its own; the passphrase opens the backup.
        String other = dir.resolve("other").toString();
        assertThat(knead("restore", made.get(0).toString(), "--data", other, "--passphrase-file", passphrase.toString()))
                .isZero();
        assertThat(out.toString()).contains("Restored " + made.get(0).getFileName());
        assertThat(knead("staff", "list", "--data", other)).isZero();
        assertThat(out.toString()).contains("Olivia Park");
    }

    @Test
    void aWrongPassphraseOrAMissingFileIsOnePlainLineAndChangesNothing() throws IOException {
        String data = dir.resolve("data").toString();
        Path usb = dir.resolve("usb");
        Path passphrase = Files.writeString(dir.resolve("pass.txt"), "sea salt and cedar oil\n");
        assertThat(knead("backup", "setup", "--data", data, "--to", usb.toString(), "--passphrase-file",
                passphrase.toString())).isZero();
        Path backup;
        try (var files = Files.list(usb)) {
            backup = files.findFirst().orElseThrow();
        }
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the passphrase at all\n");
        String other = dir.resolve("other").toString();
        assertThat(knead("restore", backup.toString(), "--data", other, "--passphrase-file", wrong.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: That passphrase does not open").doesNotContain("Exception");
        assertThat(dir.resolve("other").resolve("knead.mv.db")).doesNotExist();

        assertThat(knead("restore", dir.resolve("nothing.kbak").toString(), "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("There is no backup file");
        Path shortPass = Files.writeString(dir.resolve("short.txt"), "short\n");
        assertThat(knead("backup", "setup", "--data", data, "--to", usb.toString(), "--passphrase-file",
                shortPass.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("A backup passphrase is at least 10 characters");
    }
}
