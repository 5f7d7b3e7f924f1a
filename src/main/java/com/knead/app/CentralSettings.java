package com.knead.app;

import com.knead.domain.Refused;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import com.knead.usecase.CentralAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The central database as the commands keep and find it; kept the same way as by the office's Sync
 * page ({@link CentralAccess}: the password outside the data folder, readable only by Knead's user).
 */
final class CentralSettings {

    private CentralSettings() {
    }

    /** Keeps the address, user and password for this installation. */
    static void keep(Stores stores, CentralAddress address) throws IOException {
        CentralAccess.keep(stores, address);
    }

    /** The kept address, when one was kept. */
    static Optional<CentralAddress> kept(Stores stores) throws IOException {
        return CentralAccess.kept(stores);
    }

    /** The address given on the command line, or else the one kept; a plain sentence when there is neither. */
    static CentralAddress given(CentralOptions options, Stores stores) throws IOException {
        if (options.url != null) {
            return options.address();
        }
        return kept(stores).orElseThrow(() -> new Refused("No central database is set for this clinic; give --url, "
                + "or keep one with 'knead central connect'."));
    }

    /** The password's file: per installation (its location id), in the user's configuration folder, not the data folder. */
    static Path passwordFile(Stores stores) {
        return CentralAccess.passwordFile(stores);
    }
}
