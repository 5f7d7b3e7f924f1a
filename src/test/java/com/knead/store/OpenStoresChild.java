package com.knead.store;

import java.nio.file.Path;

/**
 * A second copy of Knead in its own process: opens the data folder given as the only argument,
 * prints what happened and exits 0 when it could open it, 3 when it was told Knead is already running.
 */
public final class OpenStoresChild {

    static final int ALREADY_RUNNING = 3;

    private OpenStoresChild() {
    }

    public static void main(String[] args) {
        try (Stores stores = Stores.open(Path.of(args[0]))) {
            System.out.println("Opened " + stores.clinic().name());
        } catch (AlreadyRunning e) {
            System.out.println(e.getMessage());
            System.out.flush();
            System.exit(ALREADY_RUNNING);
        }
        System.exit(0);
    }
}
