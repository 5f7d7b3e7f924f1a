package com.knead.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data folder holds client names, health answers and sales, so only the user Knead runs as may
 * read it: the folder is {@code rwx------} and the files directly in it {@code rw-------}. Files made
 * later inside sub-folders need no care of their own, since nobody else can enter the folder. On a
 * file system without POSIX permissions (Windows) the user's own profile folder already keeps
 * others out, and nothing is changed.
 */
public final class PrivateFolder {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFolder() {
    }

    /** Creates {@code folder} (and its parents) if needed and makes it and what lies directly in it private. */
    public static Path create(Path folder) {
        try {
            Files.createDirectories(folder);
            if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
                return folder;
            }
            Files.setPosixFilePermissions(folder, FOLDER);
            try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
                for (Path entry : inside) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(entry, FOLDER);
                    } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(entry, FILE);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new StoreFailure("Cannot use the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Makes one file readable and writable by Knead's user only (where the file system has owners). */
    static void restrict(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
