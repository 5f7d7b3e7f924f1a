package com.knead.app;

import com.knead.domain.Refused;
import com.knead.sync.CentralAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the central database is: {@code --url}, {@code --user} and {@code --password-file}. The
 * password is read from a file (kept readable only by Knead's user, outside the data folder), never
 * from the command line, where other users of the computer could see it.
 */
final class CentralOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "The central PostgreSQL database, jdbc:postgresql://HOST:PORT/DATABASE (sync: default "
                    + "the one kept by 'knead central connect').")
    String url;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "knead",
            description = "The user name at the central database (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file holding the central database's password (default: none).")
    Path passwordFile;

    @Option(names = "--tls", description = "Connect with TLS and verify the server: its certificate must be signed by "
            + "the CA of --ca-file and name the host of --url (PostgreSQL's verify-full).")
    boolean tls;

    @Option(names = "--ca-file", paramLabel = "CERT", description = "With --tls: the CA certificate (PEM) the central "
            + "server's certificate must be signed by.")
    Path caFile;

    CentralAddress address() throws IOException {
        if (url == null) {
            throw new Refused("Give the central database's address with --url jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        String password = "";
        if (passwordFile != null) {
            if (!Files.isReadable(passwordFile)) {
                throw new Refused("Cannot read the password file " + passwordFile + ".");
            }
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        if (tls && caFile == null) {
            throw new Refused("With --tls, give the CA certificate the central server's certificate is signed by, "
                    + "with --ca-file CERT.");
        }
        if (caFile != null && !tls) {
            throw new Refused("--ca-file goes with --tls; give both to connect with TLS.");
        }
        if (caFile != null && !Files.isReadable(caFile)) {
            throw new Refused("Cannot read the CA certificate " + caFile + ".");
        }
        return new CentralAddress(url, user, password, caFile == null ? null : caFile.toAbsolutePath().toString());
    }
}
