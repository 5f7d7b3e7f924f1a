package com.knead.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Opens a test's data folder as the demo clinic, fast. Migrating a new folder through every schema
 * version and seeding the demo takes seconds; so the first empty folder a test JVM opens is made that
 * way, into a template of its own, and every later empty folder gets a copy of the template's closed
 * database file and its folder id (so the same key opens it), which {@link Stores#open} then opens at once. A folder that already holds a database
 * is opened as it is. Copies share the demo's row ids and its sync location id, as two restores of one
 * backup would: two installations syncing to one centre need folders of their own ({@link Stores#open}).
 */
public final class DemoFolder {

    private static Path template;

    private DemoFolder() {
    }

    /** {@link Stores#open} on {@code folder}, an empty one first given a copy of the migrated, seeded demo database. */
    public static Stores open(Path folder) {
        Path live = SchemaUpgrade.liveFile(folder);
        if (!Files.exists(live)) {
            try {
                Path template = templateFolder();
                Files.createDirectories(folder);
                // The folder's id names its database key (DatabaseKey): the copy opens with the template's key.
                Files.copy(template.resolve(DatabaseKey.ID_FILE), folder.resolve(DatabaseKey.ID_FILE));
                Files.copy(SchemaUpgrade.liveFile(template), live);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stores.open(folder);
    }

    private static synchronized Path templateFolder() throws IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("knead-demo-template");
            Stores.open(folder).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            template = folder;
        }
        return template;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("The demo template " + folder + " was left behind: " + e.getMessage());
        }
    }
}
