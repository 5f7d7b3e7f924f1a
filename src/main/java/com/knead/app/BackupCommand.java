package com.knead.app;

import com.knead.domain.BackupKey;
import com.knead.domain.Refused;
import com.knead.store.Backups;
import com.knead.store.Stores;
import com.knead.usecase.ClinicBackups;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code knead backup setup|now|list} and {@code knead restore FILE}: the clinic's encrypted backups. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Encrypted backups of the clinic.",
        subcommands = {BackupCommand.SetUp.class, BackupCommand.Now.class, BackupCommand.ListThem.class})
final class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Reads a passphrase from the first line of a file, or twice from the terminal. */
    static char[] passphrase(Path file, boolean twice) {
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    throw new Refused("The passphrase file " + file + " is empty.");
                }
                return lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new Refused("The passphrase file " + file + " could not be read.");
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new Refused("Type the passphrase at a terminal, or give it with --passphrase-file FILE.");
        }
        char[] first = console.readPassword("Backup passphrase: ");
        if (twice && !java.util.Arrays.equals(first, console.readPassword("The same again: "))) {
            throw new Refused("The two passphrases are not the same; nothing was changed.");
        }
        return first;
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Choose the backup folder and passphrase; a backup is then made every day.")
    static final class SetUp implements Callable<Integer> {
        @Mixin
        DataFolderOption data;
        @Option(names = "--to", required = true, paramLabel = "DIR", description = "Where backups go (a USB drive, a share).")
        Path to;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from FILE's first line.")
        Path passphraseFile;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            char[] passphrase = passphrase(passphraseFile, true);
            try (Stores stores = Stores.open(data.folder)) {
                ClinicBackups backups = new ClinicBackups(stores.backups(), Clock.systemUTC());
                backups.setUp(passphrase, to);
                Backups.Made first = backups.now();
                PrintWriter out = spec.commandLine().getOut();
                out.println("Backups go to " + backups.folder() + ", encrypted with your passphrase; the first is "
                        + first.file().getFileName() + ". Keep the passphrase safe: without it no backup can be opened.");
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "now", mixinStandardHelpOptions = true, description = "Make a backup now.")
    static final class Now implements Callable<Integer> {
        @Mixin
        DataFolderOption data;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            LogFile.attach(data.folder);
            try (Stores stores = Stores.open(data.folder)) {
                Backups.Made made = new ClinicBackups(stores.backups(), Clock.systemUTC()).now();
                spec.commandLine().getOut().println("Backed up to " + made.file() + " (" + Files.size(made.file()) / 1024 + " KB).");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the backups, newest first.")
    static final class ListThem implements Callable<Integer> {
        @Mixin
        DataFolderOption data;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            LogFile.attach(data.folder);
            PrintWriter out = spec.commandLine().getOut();
            try (Stores stores = Stores.open(data.folder)) {
                ClinicBackups backups = new ClinicBackups(stores.backups(), Clock.systemUTC());
                if (!backups.isSetUp()) {
                    out.println("Backups are not set up yet: knead backup setup --to DIR");
                }
                for (Backups.Made made : backups.list()) {
                    out.println(made.at() + "  " + made.reason() + "  " + made.file() + "  " + Files.size(made.file()) / 1024 + " KB");
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code knead restore FILE}: puts a backup back, keeping the database it replaces. */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the clinic's database by a backup (Knead must be closed); the current one is kept beside it.")
    static final class Restore implements Callable<Integer> {
        @Mixin
        DataFolderOption data;
        @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.kbak).")
        Path file;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from FILE's first line.")
        Path passphraseFile;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LogFile.attach(data.folder);
            if (!Files.isRegularFile(file)) {
                throw new Refused("There is no backup file " + file + ".");
            }
            BackupKey key = Backups.keyFor(data.folder, file)
                    .orElseGet(() -> Backups.keyFor(file, passphrase(passphraseFile, false)));
            Path kept = Backups.restore(data.folder, file, key, Instant.now());
            spec.commandLine().getOut().println("Restored " + file.getFileName() + ". The database it replaced is kept as "
                    + kept + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
