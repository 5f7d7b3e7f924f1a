package com.knead.app;

import com.knead.control.PlainSentence;
import com.knead.domain.Clinic;
import com.knead.domain.IntakeForm;
import com.knead.domain.PriceList;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import com.knead.store.AlreadyRunning;
import com.knead.store.Backups;
import com.knead.store.StoreFailure;
import com.knead.store.Stores;
import com.knead.control.PlainSentence;
import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.desk.DeskFrame;
import com.knead.ui.kiosk.KioskFrame;
import com.knead.ui.office.OfficeFrame;
import com.knead.ui.touch.BodyMapPicture;
import com.knead.usecase.ClinicBackups;
import com.knead.usecase.ClinicSettings;
import com.knead.usecase.DeskServices;
import com.knead.usecase.KioskServices;
import com.knead.usecase.OfficeServices;
import com.knead.usecase.RestoreBackup;
import com.knead.usecase.SyncWithCentre;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.slf4j.LoggerFactory;

/**
 * Starts Knead's windows. The kiosk shows its welcome screen at once while the database opens on
 * a worker; when it is open the kiosk becomes usable and the desk appears. On one screen (not in
 * kiosk mode) the desk takes its left half and the kiosk its right half. Closing the desk ends Knead,
 * once staff have said yes to it.
 */
public final class KneadWindows {

    /** How Knead's windows start. */
    /**
     * How Knead's windows start. When {@code kioskTimesGiven} is false the kiosk's idle and reset times
     * are the ones saved in the office's Settings (these durations until they are read).
     */
    public record Options(Path dataFolder, boolean kioskFullscreen, Integer kioskScreen, Duration kioskResetDelay,
                          Duration kioskIdle, boolean kioskTimesGiven) {

        /** How long the kiosk waits, untouched mid check-in, before asking "Are you still there?" unless told. */
        public static final Duration KIOSK_IDLE = ClinicSettings.DEFAULT_IDLE;

        public Options(Path dataFolder, boolean kioskFullscreen, Integer kioskScreen, Duration kioskResetDelay,
                       Duration kioskIdle) {
            this(dataFolder, kioskFullscreen, kioskScreen, kioskResetDelay, kioskIdle, true);
        }

        public Options(Path dataFolder, boolean kioskFullscreen, Integer kioskScreen, Duration kioskResetDelay) {
            this(dataFolder, kioskFullscreen, kioskScreen, kioskResetDelay, KIOSK_IDLE);
        }
    }

    private final Options options;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** The one runner of the windows' database, file and print work (writes one at a time, in order). */
    private final SwingTasks tasks = new SwingTasks();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile Stores stores;
    private KioskFrame kiosk;
    private DeskFrame desk;
    private OfficeFrame office;
    private boolean closing;
    private volatile DailyBackup dailyBackup;
    private volatile NightlySync nightlySync;
    private volatile Optional<Backups.Made> wayBack = Optional.empty();
    /** The Knead started again on a restored backup, which {@link #close} and {@link #stores} then mean. */
    private volatile KneadWindows restarted;
    /** What to tell over the desk once it shows (a restore's outcome); null for nothing. */
    private String notice;

    private KneadWindows(Options options) {
        this.options = options;
    }

    /**
     * Opens the data folder and the windows; returns at once. {@code onFirstPaint} runs on the EDT
     * when the kiosk first paints its welcome screen (the start-up benchmark listens for it).
     */
    public static KneadWindows launch(Options options, Runnable onFirstPaint) {
        return launch(options, onFirstPaint, () -> Stores.open(options.dataFolder()), null);
    }

    /**
     * The same with the data folder opened by {@code open} (already open, after a restore) and, when
     * not null, {@code notice} told over the desk once it shows (what a restore did).
     */
    private static KneadWindows launch(Options options, Runnable onFirstPaint, Supplier<Stores> open, String notice) {
        KneadWindows windows = new KneadWindows(options);
        windows.notice = notice;
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                // Logging starts here, beside the kiosk being drawn, not before it.
                LogFile.attach(options.dataFolder());
                opening.complete(Opened.of(open.get()));
            } catch (RuntimeException | Error e) {
                // Looking for a way back is file work, so it is done here and not on the screen's thread.
                windows.wayBack = WayBack.offer(options.dataFolder(), e);
                opening.completeExceptionally(e);
            }
        }, "knead-open");
        opener.setDaemon(true);
        // The database opens once the kiosk has painted: on two cores, opening it alongside the
        // first paint delayed that paint by about a second and made Knead ready no sooner.
        SwingUtilities.invokeLater(() -> windows.showKiosk(() -> {
            opener.start();
            onFirstPaint.run();
        }));
        opening.whenComplete((opened, failure) -> SwingUtilities.invokeLater(() -> {
            if (failure != null) {
                windows.failedToOpen(failure);
            } else {
                windows.opened(opened);
            }
        }));
        return windows;
    }

    /** A kiosk built ahead of {@link #launch} by {@link #prepare}; touched only on the EDT. */
    private static KioskFrame prepared;

    /**
     * Starts setting up the look and feel and building the kiosk on the EDT while the command line
     * is still being read, when there is a screen to show it on.
     */
    static void prepare() {
        if (!GraphicsEnvironment.isHeadless()) {
            SwingUtilities.invokeLater(() -> {
                Theme.install();
                prepared = new KioskFrame();
            });
        }
    }

    /** Completes when the database is open and every window is usable. */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /**
     * The data folder's open stores once {@link #ready} completes. A seam for the desk's GUI tests,
     * which read back what the windows recorded while Knead holds the folder's lock.
     */
    public Stores stores() {
        KneadWindows again = restarted;
        return again != null ? again.stores() : stores;
    }

    /** Completes with the process exit code when Knead has closed. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    private void showKiosk(Runnable onFirstPaint) {
        Theme.install();
        kiosk = prepared != null ? prepared : new KioskFrame();
        prepared = null;
        kiosk.resetAfter(options.kioskResetDelay());
        kiosk.idleAfter(options.kioskIdle());
        kiosk.onFirstPaint(onFirstPaint);
        Rectangle screen = ScreenPlacement.kioskScreen(options.kioskScreen());
        if (options.kioskFullscreen()) {
            kiosk.enterKioskMode(screen);
        } else if (screen.equals(ScreenPlacement.deskScreen())) {
            // One screen for both: the kiosk on its right half, the desk (when it opens) on the left, no overlap.
            kiosk.setBounds(ScreenPlacement.sideBySide(screen).kiosk());
        } else {
            ScreenPlacement.centre(kiosk, screen);
        }
        kiosk.setVisible(true);
    }

    private void opened(Opened opened) {
        if (closing) {
            // Closed while the database was still opening: nothing to show, just let go of it.
            new Thread(opened.stores()::close, "knead-close").start();
            return;
        }
        stores = opened.stores();
        if (!options.kioskTimesGiven()) {
            kiosk.resetAfter(opened.kioskTimes().reset());
            kiosk.idleAfter(opened.kioskTimes().idle());
        }
        kiosk.ready(tasks, KioskServices.of(stores, opened.priceList(), opened.form()), opened.clock());
        ReportTemplates templates = opened.templates();
        OfficeServices officeServices = OfficeServices.over(stores, templates, opened.clock(),
                SyncWithCentre.usualWaits(), this::restoreFromOffice);
        office = new OfficeFrame(officeServices, tasks);
        office.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        DeskServices deskServices = DeskServices.over(stores, templates, BodyMapPicture::image, Clock.systemDefaultZone());
        desk = new DeskFrame(deskServices, tasks, this::showOffice);
        desk.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        desk.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (AskBeforeQuitting.quit(desk)) {
                    close();
                }
            }
        });
        Rectangle deskScreen = ScreenPlacement.deskScreen();
        if (!options.kioskFullscreen() && ScreenPlacement.kioskScreen(options.kioskScreen()).equals(deskScreen)) {
            desk.setBounds(ScreenPlacement.sideBySide(deskScreen).desk());
        } else {
            ScreenPlacement.edge(desk, deskScreen, false);
        }
        desk.setVisible(true);
        desk.startQueue();
        dailyBackup = new DailyBackup(new ClinicBackups(stores.backups(), Clock.systemUTC()));
        nightlySync = new NightlySync(officeServices.sync());
        ready.complete(null);
        if (notice != null) {
            String said = notice;
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(desk, said, "Knead — Backups",
                    JOptionPane.INFORMATION_MESSAGE));
        }
    }

    /**
     * A restore the owner confirmed in the office: every window and the database close (the same way
     * as when Knead ends), the backup is swapped in by {@link RestoreBackup#restoreClosed} (the code of
     * {@code knead restore}), and Knead opens again on it by itself, telling over the desk what was done
     * and where the replaced database is kept. If the restore fails, Knead opens again on the data as
     * it was and says why. Called from a worker; returns at once.
     */
    private void restoreFromOffice(RestoreBackup.Checked checked) {
        SwingUtilities.invokeLater(() -> shutDown(() -> {
            String said;
            Supplier<Stores> open;
            try {
                RestoreBackup.Restored restored = RestoreBackup.restoreClosed(options.dataFolder(), checked,
                        Clock.systemUTC());
                said = "Restored " + checked.file().getFileName() + ". The clinic's data as it was before is kept as "
                        + restored.kept() + ".";
                open = restored::stores;
            } catch (RuntimeException e) {
                said = PlainSentence.of(e, "The backup could not be restored")
                        + " Knead opened the clinic's data as it was.";
                open = () -> Stores.open(options.dataFolder());
            }
            LoggerFactory.getLogger(KneadWindows.class).info("Restore from the office: {}", said);
            String notice = said;
            Supplier<Stores> reopen = open;
            SwingUtilities.invokeLater(() -> {
                KneadWindows again = launch(options, () -> { }, reopen, notice);
                restarted = again;
                again.exited().thenAccept(exited::complete);
            });
        }));
    }

    private void showOffice() {
        ScreenPlacement.centre(office, ScreenPlacement.deskScreen());
        office.setVisible(true);
        office.toFront();
    }

    private void failedToOpen(Throwable failure) {
        String sentence = failure instanceof AlreadyRunning ? failure.getMessage()
                : PlainSentence.of(failure, "Knead could not open its data in " + options.dataFolder());
        LoggerFactory.getLogger(KneadWindows.class).warn("Start-up stopped: {}", sentence);
        kiosk.setVisible(false);
        Optional<Backups.Made> backup = wayBack;
        if (backup.isPresent() && WayBack.ask(null, sentence, backup.get())) {
            kiosk.dispose();
            restoreAndStartAgain(backup.get(), failure);
            return;
        }
        if (backup.isEmpty()) {
            JOptionPane.showMessageDialog(null, sentence, "Knead", JOptionPane.ERROR_MESSAGE);
        }
        kiosk.dispose();
        ready.completeExceptionally(failure);
        exited.complete(1);
    }

    /** Restores {@code backup} on a worker, then starts Knead again on it; this start ends when that one does. */
    private void restoreAndStartAgain(Backups.Made backup, Throwable failure) {
        new Thread(() -> {
            try {
                Path kept = Backups.restore(options.dataFolder(), backup.file(),
                        Backups.keyFor(options.dataFolder(), backup.file()).orElseThrow(), java.time.Instant.now());
                LoggerFactory.getLogger(KneadWindows.class).warn("Restored {}; the damaged database is kept as {}",
                        backup.file(), kept);
                SwingUtilities.invokeLater(() -> {
                    KneadWindows again = launch(options, () -> { });
                    restarted = again;
                    again.ready().whenComplete((done, problem) -> {
                        if (problem == null) {
                            ready.complete(null);
                        } else {
                            ready.completeExceptionally(problem);
                        }
                    });
                    again.exited().thenAccept(exited::complete);
                });
            } catch (RuntimeException e) {
                String sentence = PlainSentence.of(e, "The backup could not be restored");
                LoggerFactory.getLogger(KneadWindows.class).warn("Restore stopped: {}", sentence);
                SwingUtilities.invokeLater(() -> {
                    JOptionPane.showMessageDialog(null, sentence, "Knead", JOptionPane.ERROR_MESSAGE);
                    ready.completeExceptionally(failure);
                    exited.complete(1);
                });
            }
        }, "knead-restore").start();
    }

    /** Closes every window and the database; safe to call more than once. */
    public void close() {
        KneadWindows again = restarted;
        if (again != null) {
            again.close();
            return;
        }
        SwingUtilities.invokeLater(() -> shutDown(() -> exited.complete(0)));
    }

    /** Closes every window, then (off the EDT) the database, then runs {@code then} on that worker; once only. */
    private void shutDown(Runnable then) {
        if (closing) {
            return;
        }
        closing = true;
        for (Window window : new Window[] {kiosk, desk, office}) {
            if (window != null) {
                window.dispose();
            }
        }
        // Closing the database writes to disk, so it happens off the EDT, after the writes already
        // asked for (the office's last "locked" entry among them).
        Runnable closeStores = () -> new Thread(() -> {
            NightlySync sync = nightlySync;
            if (sync != null) {
                sync.stop();
            }
            DailyBackup backup = dailyBackup;
            if (backup != null) {
                backup.stop();
            }
            Stores open = stores;
            stores = null;
            if (open != null) {
                open.close();
            }
            then.run();
        }, "knead-close").start();
        tasks.write(() -> null, done -> closeStores.run(), problem -> closeStores.run(), "Knead could not close");
    }

    /**
     * What a worker prepares before the windows can be used: the open data, the price list, and the
     * local clock (making it reads the time-zone rules, ~10 ms that were on the EDT before the first paint).
     */
    /** Reports from the command line can then read the folder while the windows hold it; without it they are refused. */
    private static void serveCopies(Stores stores) {
        try {
            stores.serveCopies();
        } catch (StoreFailure e) {
            LoggerFactory.getLogger(KneadWindows.class).warn("Reports from the command line will wait for Knead to close: {}",
                    e.getMessage());
        }
    }

    private record Opened(Stores stores, PriceList priceList, IntakeForm form, ReportTemplates templates, Clock clock,
                          ClinicSettings.KioskTimes kioskTimes) {
        static Opened of(Stores stores) {
            try {
                serveCopies(stores);
                ReportTemplates templates = new ReportTemplates();
                Clock clock = Clock.systemDefaultZone();
                // The kiosk shows the prices of the day it opened; each check-in is charged at the prices of its moment.
                PriceList priceList = stores.catalog().kioskPriceListOn(stores.clinic().businessDay(clock.instant()));
                // Loading the compiled templates, and laying out one receipt nobody sees, now makes the
                // first receipt of the day as fast as the rest.
                Clinic clinic = stores.clinic();
                CompletableFuture.runAsync(() -> {
                    templates.preload();
                    new ReceiptReport(templates).warmUp(clinic);
                });
                return new Opened(stores, priceList, stores.intakes().form(), templates, clock,
                        new ClinicSettings(stores, Clock.systemUTC()).kioskTimes());
            } catch (RuntimeException e) {
                stores.close();
                throw e;
            }
        }
    }
}
