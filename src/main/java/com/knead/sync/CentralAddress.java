package com.knead.sync;

import com.knead.domain.Refused;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the central PostgreSQL is and who Knead is there: a JDBC URL, a user name and a password;
 * and, when {@code caFile} is given, that the connection is TLS with the server verified: its
 * certificate signed by that CA and naming the host of the URL (PostgreSQL's {@code verify-full}).
 */
public record CentralAddress(String url, String user, String password, String caFile) {

    public CentralAddress {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new Refused("The central database's address must look like jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        user = user == null || user.isBlank() ? "knead" : user.strip();
        password = password == null ? "" : password;
        caFile = caFile == null || caFile.isBlank() ? null : caFile;
    }

    /** Without TLS verification (the driver's default). */
    public CentralAddress(String url, String user, String password) {
        this(url, user, password, null);
    }

    /** Whether the connection must be TLS with the server's certificate checked. */
    public boolean verified() {
        return caFile != null;
    }

    /** The URL the driver gets: with TLS, {@code sslmode=verify-full} and the CA to check the server with. */
    public String jdbcUrl() {
        if (!verified()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "sslmode=verify-full&sslrootcert="
                + URLEncoder.encode(caFile, StandardCharsets.UTF_8);
    }

    /** Host, port and database, for messages (never the password). */
    public String where() {
        String rest = url.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    @Override
    public String toString() {
        return "CentralAddress[" + url + ", user " + user + (verified() ? ", TLS verified by " + caFile : "") + "]";
    }
}
