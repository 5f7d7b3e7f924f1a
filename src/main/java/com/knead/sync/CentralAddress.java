package com.knead.sync;

import com.knead.domain.Refused;

/** Where the central PostgreSQL is and who Knead is there: a JDBC URL, a user name and a password. */
public record CentralAddress(String url, String user, String password) {

    public CentralAddress {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new Refused("The central database's address must look like jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        user = user == null || user.isBlank() ? "knead" : user.strip();
        password = password == null ? "" : password;
    }

    /** Host, port and database, for messages (never the password). */
    public String where() {
        String rest = url.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    @Override
    public String toString() {
        return "CentralAddress[" + url + ", user " + user + "]";
    }
}
