package com.knead.app;

import java.nio.file.Path;

/** The per-user folder Knead keeps its database and PDF copies in, unless {@code --data} says otherwise. */
final class DataFolders {

    private DataFolders() {
    }

    static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Knead");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Knead");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "knead") : Path.of(home, ".local", "share", "knead");
    }
}
