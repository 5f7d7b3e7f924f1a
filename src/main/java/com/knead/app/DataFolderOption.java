package com.knead.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
final class DataFolderOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the database and PDF copies (default: ${DEFAULT-VALUE}).")
    Path folder = DataFolders.defaultFolder();
}
