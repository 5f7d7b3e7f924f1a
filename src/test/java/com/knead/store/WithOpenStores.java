package com.knead.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that works on a fresh data folder of its own, opened before each test and closed after. */
abstract class WithOpenStores {

    @TempDir
    Path dir;
    Stores stores;

    @BeforeEach
    void openStores() {
        stores = DemoFolder.open(dir);
    }

    /** Closes the folder, e.g. to read it with plain JDBC; it stays closed unless reopened. */
    void closeStores() {
        stores.close();
        stores = null;
    }

    void reopenStores() {
        stores = DemoFolder.open(dir);
    }

    @AfterEach
    void closeStoresIfOpen() {
        if (stores != null) {
            closeStores();
        }
    }
}
