package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.usecase.RestoreBackup;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The office's Backups page: the backups in the backup folder, newest first, one chosen (or a file
 * picked by hand), checked whole with the passphrase typed, then a confirmation that says what will
 * happen before anything does, and the restore handed to Knead. A check that fails is one sentence
 * and changes nothing.
 */
public final class RestoreController {

    /** Where the state goes: the page renders it. */
    public interface View {
        void show(State state);
    }

    /** One backup as listed: its file and "Tue 1 Dec 2026, 23:15 · daily · 412 KB". */
    public record Row(Path file, String words) {
    }

    /**
     * What the page shows.
     *
     * @param confirmation what the restore will do, once the chosen backup passed its check ("" before)
     * @param restoring    the owner said yes: Knead is closing to restore
     */
    public record State(String folder, List<Row> backups, Optional<Path> chosen, boolean checking,
                        String confirmation, boolean restoring, String problem, String done) {

        /** Check may be pressed: a backup chosen, nothing under way, no confirmation waiting. */
        public boolean canCheck() {
            return chosen.isPresent() && !checking && !restoring && confirmation.isEmpty();
        }

        /** The confirmation is waiting for yes or no. */
        public boolean confirming() {
            return !confirmation.isEmpty() && !restoring;
        }
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final RestoreBackup restore;
    private final Tasks tasks;
    private final Supplier<StaffMember> who;
    private View view = state -> { };
    private String folder = "";
    private List<Row> backups = List.of();
    private Optional<Path> chosen = Optional.empty();
    private boolean checking;
    private RestoreBackup.Checked checked;
    private boolean restoring;
    private String problem = "";
    private String done = "";

    /** @param who the person the office is open for */
    public RestoreController(RestoreBackup restore, Tasks tasks, Supplier<StaffMember> who) {
        this.restore = restore;
        this.tasks = tasks;
        this.who = who;
    }

    public void attach(View newView) {
        this.view = newView;
        publish();
    }

    /** Lists the backups (the page opening). */
    public void load() {
        tasks.read(() -> new Listing(restore.folder().toString(), restore.list().stream().map(this::row).toList()),
                listing -> {
                    folder = listing.folder();
                    backups = listing.rows();
                    publish();
                }, this::refused, "The backups could not be listed");
    }

    private record Listing(String folder, List<Row> rows) {
    }

    /** The backup the owner picked in the list or by hand; any check done before is dropped. */
    public void choose(Path file) {
        chosen = Optional.ofNullable(file);
        checked = null;
        problem = "";
        done = "";
        publish();
    }

    /** Checks the chosen backup with {@code passphrase} (cleared afterwards); on success asks for yes or no. */
    public void check(char[] passphrase) {
        if (checking || restoring) {
            return;
        }
        checking = true;
        checked = null;
        problem = "";
        done = "";
        publish();
        Path file = chosen.orElse(null);
        tasks.read(() -> {
            try {
                return restore.check(who.get(), file, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, ok -> {
            checking = false;
            checked = ok;
            publish();
        }, sentence -> {
            checking = false;
            refused(sentence);
        }, "The backup could not be checked");
    }

    /** The owner said yes: Knead closes, restores and opens again. */
    public void confirm() {
        RestoreBackup.Checked yes = checked;
        if (yes == null || restoring) {
            return;
        }
        restoring = true;
        problem = "";
        publish();
        tasks.write(() -> {
            restore.restore(who.get(), yes);
            return yes;
        }, ok -> {
            done = "Knead is closing to restore the backup; it opens again by itself in a moment.";
            publish();
        }, sentence -> {
            restoring = false;
            refused(sentence);
        }, "The backup could not be restored");
    }

    /** The owner said no: nothing is done, the check is forgotten. */
    public void cancel() {
        checked = null;
        problem = "";
        done = "Nothing was changed.";
        publish();
    }

    /** Forgets what was shown and checked (the office locking). */
    public void forget() {
        checked = null;
        chosen = Optional.empty();
        backups = List.of();
        problem = "";
        done = "";
        publish();
    }

    private void refused(String sentence) {
        problem = sentence;
        publish();
    }

    private Row row(RestoreBackup.Listed listed) {
        return new Row(listed.file(), shown(listed.at(), restore.zone()) + " · " + listed.reason().replace('-', ' ')
                + " · " + size(listed.bytes()));
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private String confirmation(RestoreBackup.Checked c) {
        ZoneId zone = restore.zone();
        String made = c.madeAt().map(at -> "the backup of " + shown(at, zone)).orElse(c.file().getFileName().toString());
        String sales = c.sales() == 1 ? "1 sale" : c.sales() + " sales";
        String newest = c.newestSale().map(at -> ", the newest of " + shown(at, zone)).orElse("");
        return "The passphrase opens " + made + " and the file is whole (" + sales + newest + "). Restoring it closes "
                + "Knead's windows, the kiosk and the desk too, puts this backup in place of the clinic's data, and "
                + "opens Knead again by itself. Whatever was recorded after the backup was made will no longer show: "
                + "the current data is kept aside, whole, as knead-before-restore-<date and time>.mv.db in "
                + restore.dataFolder() + ".";
    }

    private static String shown(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }

    private void publish() {
        view.show(state());
    }

    public State state() {
        return new State(folder, backups, chosen, checking, checked == null ? "" : confirmation(checked), restoring,
                problem, done);
    }
}
