package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.control.ImmediateTasks;
import com.knead.domain.BackupKey;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.Backups;
import com.knead.usecase.ClinicBackups;
import com.knead.usecase.RestoreBackup;
import com.knead.usecase.SalesHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore from the office on real H2 files: backed up, more sold, the backup chosen in the office's
 * list and checked with the passphrase, confirmed, and restored the way Knead's windows do it (the
 * database closed, {@link RestoreBackup#restoreClosed}, opened again): every sale of the backup is
 * back, the later one gone, the replaced database kept aside, and the restore in the restored audit
 * log. A truncated file and a wrong passphrase are refused in one sentence with nothing changed, and
 * a cashier is refused by the service itself.
 */
class RestoreControllerTest extends OfficeFixture {

    private static final String PASSPHRASE = "lavender fields at noon";
    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    @TempDir
    Path usb;

    private final Shown<RestoreController.State> shown = new Shown<>();
    private int restarts;

    /** Knead's part as the windows do it, without windows: close, restore, open again. */
    private final RestoreBackup.Restart restart = checked -> {
        restarts++;
        stores.close();
        stores = RestoreBackup.restoreClosed(folder, checked, clock).stores();
    };

    private RestoreBackup restore;
    private Backups.Made backup;
    private List<String> salesInBackup;
    private java.time.LocalDate day;

    /** Slow on purpose, as the owner's passphrase is: derived once for the class. */
    private static BackupKey key;

    @BeforeAll
    static void deriveOnce() {
        key = BackupKey.choose(PASSPHRASE.toCharArray());
    }

    @BeforeEach
    void backUpThenSellMore() {
        stores.backups().setUp(key, usb);
        day = stores.clinic().businessDay(clock.instant());
        ClinicBackups backups = new ClinicBackups(stores.backups(), clock);
        SalesHistory.cashSale(stores, "Ada Ames", clock.instant());
        SalesHistory.cashSale(stores, "Ben Bauer", clock.instant());
        clock.pass(Duration.ofMinutes(5));
        backup = backups.now();
        salesInBackup = sales();
        clock.pass(Duration.ofMinutes(5));
        SalesHistory.cashSale(stores, "Cleo Cruz", clock.instant());
        assertThat(sales()).hasSize(salesInBackup.size() + 1);
        restore = new RestoreBackup(stores, restart);
    }

    private RestoreController controller(StaffMember who) {
        RestoreController controller = new RestoreController(restore, new ImmediateTasks(), () -> who);
        controller.attach(shown::show);
        return controller;
    }

    @Test
    void theOwnerChoosesTheBackupChecksItConfirmsAndEverySaleOfTheBackupIsBack() throws IOException {
        // A later backup, the next day (a day keeps only its newest), listed first.
        clock.pass(Duration.ofDays(1));
        Backups.Made newer = new ClinicBackups(stores.backups(), clock).now();
        RestoreController controller = controller(owner());
        controller.load();
        RestoreController.State listed = shown.last();
        assertThat(listed.folder()).isEqualTo(usb.toAbsolutePath().toString());
        assertThat(listed.backups()).extracting(RestoreController.Row::file).containsExactly(newer.file(), backup.file());
        assertThat(listed.backups().get(1).words()).isEqualTo(SHOWN.format(backup.at().atZone(stores.clinic().zone()))
                + " · by hand · " + (Files.size(backup.file()) + 1023) / 1024 + " KB");
        assertThat(listed.canCheck()).as("nothing chosen yet").isFalse();

        controller.choose(backup.file());
        assertThat(shown.last().canCheck()).isTrue();
        controller.check(PASSPHRASE.toCharArray());
        RestoreController.State asked = shown.last();
        assertThat(asked.problem()).isEmpty();
        assertThat(asked.confirming()).isTrue();
        assertThat(asked.canCheck()).isFalse();
        assertThat(asked.confirmation()).startsWith("The passphrase opens the backup of "
                        + SHOWN.format(backup.at().atZone(stores.clinic().zone())) + " ")
                .contains("the file is whole (" + salesInBackup.size() + " sales, the newest of ")
                .contains("closes Knead's windows, the kiosk and the desk too",
                        "the current data is kept aside, whole, as knead-before-restore-<date and time>.mv.db in "
                                + folder);
        assertThat(restarts).as("nothing is done before yes").isZero();

        controller.confirm();
        assertThat(restarts).isOne();
        assertThat(shown.last().restoring()).isTrue();
        assertThat(shown.last().done()).isEqualTo(
                "Knead is closing to restore the backup; it opens again by itself in a moment.");
        assertThat(sales()).as("every sale of the backup, and only those").isEqualTo(salesInBackup);
        List<Path> kept = keptAside();
        assertThat(kept).singleElement().satisfies(file -> assertThat(Files.size(file)).isPositive());
        AuditStore.Entry entry = stores.audit().latest(1).get(0);
        assertThat(entry.action()).isEqualTo("backup restored");
        assertThat(entry.place()).isEqualTo("office");
        assertThat(entry.staff()).contains(owner().id());
        assertThat(entry.detail()).isEqualTo("restored " + backup.file().getFileName() + " by " + owner().name()
                + "; the database it replaced is kept as " + kept.get(0).getFileName());
        assertThat(leftovers()).as("no checked copy is left behind").isEmpty();
    }

    @Test
    void aWrongPassphraseAndATruncatedFileAreRefusedInOneSentenceAndNothingChanges() throws IOException {
        RestoreController controller = controller(owner());
        controller.load();
        controller.choose(backup.file());
        controller.check("not the passphrase".toCharArray());
        assertThat(shown.last().problem()).isEqualTo("That passphrase does not open " + backup.file().getFileName()
                + ", or the file is damaged or incomplete; nothing was changed.");
        assertThat(shown.last().confirming()).isFalse();
        assertThat(shown.last().canCheck()).as("the owner may type it again").isTrue();

        Path cut = usb.resolve("knead-cut.kbak");
        byte[] whole = Files.readAllBytes(backup.file());
        Files.write(cut, Arrays.copyOf(whole, whole.length - 100));
        controller.choose(cut);
        assertThat(shown.last().problem()).as("a new choice clears the sentence").isEmpty();
        controller.check(PASSPHRASE.toCharArray());
        assertThat(shown.last().problem()).isEqualTo("That passphrase does not open knead-cut.kbak, or the file is "
                + "damaged or incomplete; nothing was changed.");
        Path stub = usb.resolve("knead-stub.kbak");
        Files.write(stub, Arrays.copyOf(whole, 20));
        controller.choose(stub);
        controller.check(PASSPHRASE.toCharArray());
        assertThat(shown.last().problem()).isEqualTo("knead-stub.kbak is not a Knead backup, or it is cut short.");
        controller.choose(usb.resolve("gone.kbak"));
        controller.check(PASSPHRASE.toCharArray());
        assertThat(shown.last().problem()).isEqualTo("There is no backup file " + usb.resolve("gone.kbak") + ".");
        controller.choose(backup.file());
        controller.check(new char[0]);
        assertThat(shown.last().problem()).isEqualTo("Type the backup passphrase, the one chosen when backups were set up.");

        controller.confirm();
        assertThat(restarts).isZero();
        assertThat(sales()).hasSize(salesInBackup.size() + 1);
        assertThat(keptAside()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void saidNoNothingIsDone() {
        RestoreController controller = controller(owner());
        controller.choose(backup.file());
        controller.check(PASSPHRASE.toCharArray());
        assertThat(shown.last().confirming()).isTrue();
        controller.cancel();
        assertThat(shown.last().confirming()).isFalse();
        assertThat(shown.last().done()).isEqualTo("Nothing was changed.");
        controller.confirm();
        assertThat(restarts).isZero();
        controller.check(PASSPHRASE.toCharArray());
        controller.forget();
        assertThat(shown.last().chosen()).isEmpty();
        assertThat(shown.last().confirmation()).isEmpty();
        assertThat(shown.last().backups()).isEmpty();
        controller.confirm();
        assertThat(restarts).isZero();
        assertThat(sales()).hasSize(salesInBackup.size() + 1);
    }

    @Test
    void aCashierIsRefusedByTheServiceWhateverTheScreenDoes() {
        StaffMember riley = stores.staff().active().stream().filter(m -> m.role() == StaffRole.CASHIER).findFirst()
                .orElseThrow();
        RestoreController controller = controller(riley);
        controller.choose(backup.file());
        controller.check(PASSPHRASE.toCharArray());
        assertThat(shown.last().problem()).isEqualTo(riley.name()
                + " (cashier) may not put a backup back in place of the clinic's data; ask the owner.");
        assertThat(shown.last().confirming()).isFalse();
        RestoreBackup.Checked byTheOwner = restore.check(owner(), backup.file(), PASSPHRASE.toCharArray());
        assertThatThrownBy(() -> restore.restore(riley, byTheOwner)).isInstanceOf(Refused.class)
                .hasMessageContaining("may not put a backup back");
        assertThatThrownBy(() -> restore.check(null, backup.file(), PASSPHRASE.toCharArray()))
                .hasMessage("The office is locked; unlock it first.");
        assertThat(restarts).isZero();
        assertThat(sales()).hasSize(salesInBackup.size() + 1);
    }

    @Test
    void sizesReadAsAPersonWouldSayThem() {
        assertThat(RestoreController.size(0)).isEqualTo("1 KB");
        assertThat(RestoreController.size(1024)).isEqualTo("1 KB");
        assertThat(RestoreController.size(1025)).isEqualTo("2 KB");
        assertThat(RestoreController.size(1024 * 1024 - 1)).isEqualTo("1024 KB");
        assertThat(RestoreController.size(5 * 1024 * 1024 + 512 * 1024)).isEqualTo("5.5 MB");
    }

    /** Today's sales as "receipt id client total", in receipt order. */
    private List<String> sales() {
        return stores.sales().forDay(day).stream()
                .map(s -> s.receiptNumber() + " " + s.id() + " " + s.clientName() + " " + s.totals().total()).sorted().toList();
    }

    private List<Path> keptAside() {
        return files("knead-before-restore-");
    }

    private List<Path> leftovers() {
        return files("knead-restore");
    }

    private List<Path> files(String prefix) {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
