package com.knead.sync;

import com.knead.domain.Refused;
import java.sql.SQLException;

/**
 * The central database could not be reached or refused the work, in one plain sentence for the
 * owner. {@code passing} says whether trying again later may help (the server down, the network
 * cut) or not (a wrong password, a schema never set up), which decides whether a sync retries.
 */
public final class CentralProblem extends Refused {

    private final boolean passing;

    CentralProblem(String plainSentence, boolean passing, Throwable cause) {
        super(plainSentence);
        this.passing = passing;
        initCause(cause);
    }

    public boolean passing() {
        return passing;
    }

    /**
     * A TLS connection that could not be trusted, in words: the server's certificate not signed by the
     * CA given, not naming the server, or TLS not offered at all; null for any other failure.
     */
    private static String tlsProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof java.security.cert.CertificateException
                    || cause instanceof javax.net.ssl.SSLHandshakeException && message.contains("PKIX")) {
                return "showed a certificate the CA file given (--ca-file, or the Sync page's CA file) did not sign, "
                        + "so Knead did not trust it; check that file, or ask whoever runs that server for its CA "
                        + "certificate.";
            }
            if (cause instanceof javax.net.ssl.SSLPeerUnverifiedException || message.contains("hostname")
                    && message.contains("could not be verified")) {
                return "showed a certificate made for another server name, so Knead did not trust it; use the name "
                        + "the certificate was made for in --url.";
            }
            if (message.contains("The server does not support SSL")) {
                return "does not offer TLS, which this clinic requires (TLS is set); turn ssl on at the server.";
            }
            if (message.contains("Could not open SSL root certificate file")) {
                return "could not be checked: the CA file given (--ca-file, or the Sync page's CA file) cannot be read.";
            }
        }
        return null;
    }

    /** What an SQL failure from the centre means for the owner, by its SQL state. */
    static CentralProblem of(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String tls = tlsProblem(e);
        if (tls != null) {
            return new CentralProblem("The central database at " + where + " " + tls, false, e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new CentralProblem("The central database at " + where + " does not answer; it may be down or the "
                    + "network cut. Nothing was lost: what is waiting goes at the next sync.", true, e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new CentralProblem("The central database at " + where + " refused the user name or password; "
                    + "check them in the office's sync settings.", false, e);
        }
        if (state.equals("3D000")) {
            return new CentralProblem("The central database at " + where + " does not exist; check its address.",
                    false, e);
        }
        if (state.equals("42P01")) {
            return new CentralProblem("The central database at " + where + " has not been set up for Knead; run "
                    + "'knead central init' once.", false, e);
        }
        if (state.equals("42703")) {
            return new CentralProblem("The central database at " + where + " has the schema of an older Knead; run "
                    + "'knead central init' again to bring it to this version.", false, e);
        }
        if (state.startsWith("40")) {
            return new CentralProblem("The central database at " + where + " was busy and gave up this batch; it "
                    + "is tried again.", true, e);
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new CentralProblem("The central database at " + where + " could not take the sync ("
                + (first.length() > 160 ? first.substring(0, 160) + "…" : first) + "); the log has the details.", false, e);
    }
}
