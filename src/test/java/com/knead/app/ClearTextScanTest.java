package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.Signature;
import com.knead.store.DatabaseFile;
import com.knead.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Nothing a clinic is told in confidence lies in clear text on its disk: after a demo history, kiosk
 * check-ins with medications, a backup and the logs, no file of the data folder (database, logs,
 * keys' names), of the backup folder or of the log folder holds a client's name or an intake answer.
 */
class ClearTextScanTest {

    private static final List<String> MEDICATIONS = List.of("Metoprolol 50 mg mornings", "Apixaban twice daily",
            "Levothyroxine 75 mcg");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @Test
    void theDataFolderTheBackupsAndTheLogsHoldNoClientNameAndNoIntakeAnswer() throws Exception {
        Path data = dir.resolve("data");
        Path usb = dir.resolve("usb");
        Path passphrase = Files.writeString(dir.resolve("pass.txt"), "juniper moss at dawn\n");
        assertThat(knead("demo", "--days", "7", "--data", data.toString())).isZero();
        checkInAtTheKiosk(data);
        assertThat(knead("backup", "setup", "--data", data.toString(), "--to", usb.toString(), "--passphrase-file",
                passphrase.toString())).isZero();
        assertThat(knead("backup", "now", "--data", data.toString())).isZero();

        List<String> secrets = new ArrayList<>(clientNames(data));
        assertThat(secrets).as("the demo's clients").hasSizeGreaterThan(20).contains("Ines Quill");
        secrets.addAll(MEDICATIONS);
        assertThat(Files.list(usb)).as("a backup was made").isNotEmpty();
        assertThat(data.resolve("logs").resolve("knead.log")).isNotEmptyFile();

        // The scan itself finds what is there: a file holding one name is seen.
        Path witness = Files.writeString(dir.resolve("witness.txt"), "seen: " + secrets.get(3));
        assertThat(holding(witness, secrets)).contains(secrets.get(3));

        for (Path folder : List.of(data, usb)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(holding(file, secrets)).as("clear text in %s", file).isEmpty();
                }
            }
        }
    }

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    /** Three visitors check in at the kiosk, each naming a medication in the health questions. */
    private static void checkInAtTheKiosk(Path data) {
        try (Stores stores = Stores.open(data)) {
            PriceList prices = stores.catalog().priceListOn(LocalDate.now());
            Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst().orElseThrow();
            Instant now = Instant.now();
            String[] names = {"Ines Quill", "Oskar Brandvold", "Yuki Tanabe-Ross"};
            for (int i = 0; i < names.length; i++) {
                ClientDetails client = new ClientDetails(ContactDetails.of(names[i], "555 777 010" + i), "",
                        LocalDate.of(1970 + i, 3, 4));
                IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "medium", "medications", MEDICATIONS.get(i)),
                        Map.of(BodyRegion.LOWER_BACK, 6));
                stores.intakes().checkIn(new KioskCheckIn(client, Optional.empty(), answers,
                        Optional.of(new Signature(new byte[] {1, 2, 3}, now)), swedish,
                        prices.price(swedish.id(), 60).orElseThrow(), List.of()), stores.intakes().form(), now);
            }
        }
    }

    private static List<String> clientNames(Path data) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DatabaseFile.connect(data); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT name FROM client")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The secrets found in the file's bytes, read as UTF-8 and as UTF-16 (both big and little endian). */
    private static List<String> holding(Path file, List<String> secrets) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> readings = List.of(new String(bytes, StandardCharsets.ISO_8859_1),
                new String(bytes, StandardCharsets.UTF_16BE), new String(bytes, StandardCharsets.UTF_16LE),
                bytes.length > 0 ? new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16BE) : "");
        return secrets.stream().filter(s -> readings.stream().anyMatch(r -> r.contains(s))).toList();
    }
}
