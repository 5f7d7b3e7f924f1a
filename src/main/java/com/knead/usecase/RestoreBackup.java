package com.knead.usecase;

import com.knead.domain.BackupKey;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffMember;
import com.knead.store.Backups;
import com.knead.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner puts a backup back from the office: the backups listed, newest first; the chosen file
 * checked whole with the passphrase typed while the clinic's database stays open and untouched; then,
 * once the owner has said yes, the request handed to Knead, which closes its windows and its database,
 * runs {@link #restoreClosed} (the swap of {@code knead restore}, the current database kept aside)
 * and opens again on the restored data. Only someone with {@link Permission#RESTORE_BACKUP} may, checked
 * here on the person as stored; the restore is written to the restored database's audit log.
 */
public final class RestoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreBackup.class);

    /** The audit log's words for a restore. */
    static final String ACTION = "backup restored";

    /** One backup the owner may choose: the file, when it was made and why, and its size. */
    public record Listed(Path file, Instant at, String reason, long bytes) {
    }

    /**
     * A backup checked whole with the owner's passphrase, ready to be restored by {@code by}.
     *
     * @param madeAt     when the backup was made (read from its name), if known
     * @param sales      how many sales the backup holds
     * @param newestSale when the newest of them was made, if any
     */
    public record Checked(Path file, BackupKey key, Optional<Instant> madeAt, long sales, Optional<Instant> newestSale,
                          UUID byId, String byName) {
    }

    /** What a restore did: the database it replaced, kept aside, and the restored one, open. */
    public record Restored(Path kept, Stores stores) {
    }

    /** Knead's part: close the windows and the database, run {@link #restoreClosed}, open again. Returns at once. */
    @FunctionalInterface
    public interface Restart {
        void closeRestoreAndReopen(Checked checked);

        /** Where no Knead runs that could close (a window made on its own): refused in plain words. */
        Restart NONE = checked -> {
            throw new Refused("Knead cannot close itself from here; close Knead and use knead restore "
                    + checked.file() + ".");
        };
    }

    private final Stores stores;
    private final Restart restart;

    public RestoreBackup(Stores stores, Restart restart) {
        this.stores = stores;
        this.restart = restart;
    }

    /** Where the backups are. */
    public Path folder() {
        return stores.backups().target();
    }

    /** The clinic's zone, to show the backups' times in. */
    public java.time.ZoneId zone() {
        return stores.clinic().zone();
    }

    /** The clinic's data folder, where the current database is kept aside on a restore. */
    public Path dataFolder() {
        return stores.folder();
    }

    /** Every backup in the backup folder, newest first, with its size; file work. */
    public List<Listed> list() {
        List<Listed> listed = new ArrayList<>();
        for (Backups.Made made : stores.backups().list()) {
            try {
                listed.add(new Listed(made.file(), made.at(), made.reason(), Files.size(made.file())));
            } catch (IOException e) {
                // Rotated away or on a drive just pulled out: not offered.
                LOG.info("The backup {} is left out of the office's list: {}", made.file(), e.getMessage());
            }
        }
        return listed;
    }

    /**
     * Checks {@code file} with {@code passphrase} (slow on purpose, then the whole file decrypted and
     * opened on its own); changes nothing. Refuses, in one sentence, someone without the right, a
     * missing file, a wrong passphrase and a truncated or damaged file.
     */
    public Checked check(StaffMember who, Path file, char[] passphrase) {
        StaffMember actor = OfficeActor.asStored(stores, who);
        RoleRights.require(actor, Permission.RESTORE_BACKUP);
        if (file == null) {
            throw new Refused("Choose a backup first.");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("There is no backup file " + file + ".");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new Refused("Type the backup passphrase, the one chosen when backups were set up.");
        }
        BackupKey key = Backups.keyFor(file, passphrase);
        Backups.Contents contents = Backups.examine(stores.folder(), file, key);
        Optional<Instant> madeAt = Backups.list(file.getParent()).stream().filter(m -> m.file().equals(file))
                .map(Backups.Made::at).findFirst();
        return new Checked(file, key, madeAt, contents.sales(), contents.newestSale(), actor.id(), actor.name());
    }

    /** The owner said yes: hands the checked backup to Knead to restore, its right checked once more. */
    public void restore(StaffMember who, Checked checked) {
        RoleRights.require(OfficeActor.asStored(stores, who), Permission.RESTORE_BACKUP);
        restart.closeRestoreAndReopen(checked);
    }

    /**
     * The restore itself, with no Knead holding {@code dataFolder}: the swap of {@code knead restore}
     * (the current database kept aside), then the restored database opened (upgraded if it is older)
     * and the restore written in its audit log, so the entry is not lost with the database replaced.
     * On a refusal or failure before the swap the current database is as it was.
     */
    public static Restored restoreClosed(Path dataFolder, Checked checked, Clock clock) {
        Path kept = Backups.restore(dataFolder, checked.file(), checked.key(), clock.instant());
        Stores restored = Stores.open(dataFolder);
        try {
            // The person may not be in the restored staff list (added after the backup): the name is in the words too.
            Optional<UUID> staff = restored.staff().find(checked.byId()).map(StaffMember::id);
            String detail = "restored " + checked.file().getFileName() + " by " + checked.byName()
                    + "; the database it replaced is kept as " + kept.getFileName();
            restored.audit().append(EditStaff.PLACE, ACTION, EditStaff.DONE, Optional.empty(), staff, detail,
                    clock.instant());
            return new Restored(kept, restored);
        } catch (RuntimeException e) {
            restored.close();
            throw e;
        }
    }
}
