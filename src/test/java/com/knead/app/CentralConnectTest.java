package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.sync.CentralPostgres;
import com.knead.sync.TestCertificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code knead central connect} and {@code knead sync} against the test PostgreSQL with a password
 * role and with TLS on (a self-signed certificate made here with openssl): a wrong password, a
 * wrong CA and TLS asked for without a CA each get one plain sentence and exit 1, never a stack
 * trace; with the right CA the clinic connects over TLS (its role may only log in over TLS) and syncs.
 */
class CentralConnectTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();
    private String before;

    @BeforeEach
    void privateConfig() {
        before = System.getProperty("knead.config");
        System.setProperty("knead.config", dir.resolve("config").toString());
    }

    @AfterEach
    void restoreConfig() {
        if (before == null) {
            System.clearProperty("knead.config");
        } else {
            System.setProperty("knead.config", before);
        }
    }

    @Test
    void aWrongPasswordIsOneSentenceFromConnectAndFromSync() throws Exception {
        CentralPostgres cluster = CentralPostgres.cluster();
        cluster.role("knead_pw", "Right-0ne", false);
        String url = cluster.newDatabase();
        assertThat(knead("central", "init", "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        String data = dir.resolve("data").toString();
        Path right = Files.writeString(dir.resolve("right"), "Right-0ne\n");
        Path wrong = Files.writeString(dir.resolve("wrong"), "Wrong-0ne\n");
        String where = url.substring("jdbc:postgresql://".length());

        assertThat(knead("central", "connect", "--data", data, "--url", url, "--user", "knead_pw", "--password-file",
                wrong.toString())).isEqualTo(1);
        assertOneSentence("knead: The central database at " + where + " refused the user name or password; check "
                + "them in the office's sync settings.");

        assertThat(knead("central", "connect", "--data", data, "--url", url, "--user", "knead_pw", "--password-file",
                right.toString())).as(err.toString()).isZero();
        assertThat(knead("sync", "--data", data, "--no-retry")).as(err.toString()).isZero();
        // The password changed at the centre, not here: the nightly sync says so in a sentence, and tries no more.
        cluster.role("knead_pw", "Changed-0ne", false);
        assertThat(knead("sync", "--data", data)).isEqualTo(1);
        assertOneSentence("knead: The central database at " + where + " refused the user name or password; check "
                + "them in the office's sync settings.");
        assertThat(out.toString()).doesNotContain("Pushed");
    }

    @Test
    void withTlsTheServerIsVerifiedByTheCaGivenAndAWrongCaIsRefusedInWords() throws Exception {
        Path server = certificate("server");
        Path other = certificate("other");
        CentralPostgres cluster = CentralPostgres.cluster();
        cluster.tls(server.resolve("cert.pem"), server.resolve("key.pem"));
        cluster.role("knead_tls", "Tls-Only-1", true);
        String url = cluster.newDatabase();
        assertThat(knead("central", "init", "--url", url, "--user", "postgres")).as(err.toString()).isZero();
        String data = dir.resolve("data").toString();
        Path password = Files.writeString(dir.resolve("password"), "Tls-Only-1\n");
        String where = url.substring("jdbc:postgresql://".length());
        List<String> common = List.of("central", "connect", "--data", data, "--url", url, "--user", "knead_tls",
                "--password-file", password.toString());

        // Without TLS that role may not log in at all (pg_hba: hostssl only), so the connections below are TLS.
        assertThat(knead("central", "connect", "--data", data, "--url", url + "?sslmode=disable", "--user", "knead_tls",
                "--password-file", password.toString())).isEqualTo(1);
        assertOneSentence("knead: The central database at " + where + " refused the user name or password; check "
                + "them in the office's sync settings.");

        assertThat(knead(with(common, "--tls"))).isEqualTo(1);
        assertOneSentence("knead: With --tls, give the CA certificate the central server's certificate is signed by, "
                + "with --ca-file CERT.");

        assertThat(knead(with(common, "--tls", "--ca-file", other.resolve("cert.pem").toString()))).isEqualTo(1);
        assertOneSentence("knead: The central database at " + where + " showed a certificate the CA file given "
                + "(--ca-file, or the Sync page's CA file) did not sign, so Knead did not trust it; check that file, or "
                + "ask whoever runs that server for its CA certificate.");

        assertThat(knead(with(common, "--tls", "--ca-file", server.resolve("cert.pem").toString())))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("over TLS, the server verified by " + server.resolve("cert.pem"));
        // The kept address keeps TLS: the sync (as knead_tls, so over TLS) goes through.
        assertThat(knead("sync", "--data", data, "--no-retry")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Synced with " + where);
    }

    private static String[] with(List<String> common, String... more) {
        return java.util.stream.Stream.concat(common.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    private Path certificate(String name) throws Exception {
        return TestCertificates.localhost(dir.resolve(name));
    }

    private void assertOneSentence(String expected) {
        String said = err.toString().strip();
        assertThat(said).isEqualTo(expected);
        assertThat(said.lines()).hasSize(1);
    }

    private int knead(String... args) {
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }
}
