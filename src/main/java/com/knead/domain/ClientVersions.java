package com.knead.domain;

import java.util.UUID;

/**
 * Which of two edits of one client's contact details wins between locations: the higher version
 * (each edit counts on past the last version its location had seen), and at the same version the
 * edit made at the greater location id, compared as text (so PostgreSQL and Java agree). A location
 * not known (details from before the sync) loses to any known one. The same rule decides at the
 * centre and at every installation, so all end with the same winner.
 */
public final class ClientVersions {

    private ClientVersions() {
    }

    /** True when the edit ({@code version}, {@code location}) beats the one kept ({@code keptVersion}, {@code keptLocation}). */
    public static boolean wins(long version, UUID location, long keptVersion, UUID keptLocation) {
        if (version != keptVersion) {
            return version > keptVersion;
        }
        return text(location).compareTo(text(keptLocation)) > 0;
    }

    private static String text(UUID location) {
        return location == null ? "" : location.toString();
    }
}
