package com.knead.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, a fresh folder of its own where the central password is kept ({@code knead.config}),
 * never the real {@code ~/.config/knead}; the setting as it was, and no folder, after the test.
 */
public final class PrivatePasswordFolder implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(PrivatePasswordFolder.class);

    /** The folder of the test running now. */
    public static Path path() {
        return Path.of(System.getProperty("knead.config"));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        context.getStore(HERE).put("before", String.valueOf(System.getProperty("knead.config")));
        System.setProperty("knead.config", Files.createTempDirectory("knead-config-").toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Path folder = path();
        String before = context.getStore(HERE).get("before", String.class);
        if (before == null || before.equals("null")) {
            System.clearProperty("knead.config");
        } else {
            System.setProperty("knead.config", before);
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
