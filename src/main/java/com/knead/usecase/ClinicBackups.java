package com.knead.usecase;

import com.knead.domain.BackupKey;
import com.knead.store.Backups;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's backups as the owner runs them: set up once with a passphrase and a folder, then a
 * backup each day without anyone asking (at start and then hourly, if the day has none yet), and
 * one by hand whenever wanted. All of it is disk work: call it off the screen's thread.
 */
public final class ClinicBackups {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicBackups.class);

    private final Backups backups;
    private final Clock clock;

    public ClinicBackups(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    /** Derives the key from the owner's passphrase (slow on purpose) and keeps it with the folder. */
    public void setUp(char[] passphrase, Path folder) {
        backups.setUp(BackupKey.choose(passphrase), folder);
    }

    public boolean isSetUp() {
        return backups.key().isPresent();
    }

    public Path folder() {
        return backups.target();
    }

    /** A backup now, whatever the day already has. */
    public Backups.Made now() {
        return backups.backUp("by-hand", clock.instant());
    }

    /** The day's backup when backups are set up and today has none yet; what was made, if anything. */
    public Optional<Backups.Made> dailyIfDue() {
        if (!isSetUp() || backups.madeOn(clock.instant())) {
            return Optional.empty();
        }
        Backups.Made made = backups.backUp("daily", clock.instant());
        LOG.info("The day's backup is {}", made.file());
        return Optional.of(made);
    }

    /** Every backup in the folder, newest first. */
    public List<Backups.Made> list() {
        return backups.list();
    }
}
