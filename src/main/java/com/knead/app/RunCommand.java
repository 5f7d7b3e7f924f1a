package com.knead.app;

import com.knead.usecase.ClinicSettings;
import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead run}: the kiosk and desk windows on the embedded database. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start Knead's windows: the check-in kiosk and the front desk (the office opens from the desk).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--kiosk-fullscreen", description = "Show the kiosk full screen and without a frame.")
    boolean kioskFullscreen;

    @Option(names = "--kiosk-screen", paramLabel = "N",
            description = "Screen number (1, 2, …) for the kiosk; default: the second screen when there are two.")
    Integer kioskScreen;

    @Option(names = "--kiosk-reset-seconds", paramLabel = "S",
            description = "Seconds the \"checked in\" screen stays before the kiosk resets (default: the office's "
                    + "Settings, else 20).")
    Integer kioskResetSeconds;

    @Option(names = "--kiosk-idle-seconds", paramLabel = "S",
            description = "Seconds a check-in may sit untouched before the kiosk asks \"Are you still there?\" and "
                    + "then clears itself (default: the office's Settings, else 60).")
    Integer kioskIdleSeconds;

    @Option(names = "--startup-probe", hidden = true,
            description = "Print when the kiosk first paints and when Knead is ready, then exit (start-up benchmark).")
    boolean startupProbe;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("knead: there is no screen to show the windows on (no DISPLAY).");
            return 1;
        }
        KneadWindows.Options options = options();
        if (!startupProbe) {
            return KneadWindows.launch(options, () -> { }).exited().get();
        }
        CompletableFuture<Void> painted = new CompletableFuture<>();
        KneadWindows windows = KneadWindows.launch(options, () -> {
            mark("KNEAD_FIRST_PAINT");
            painted.complete(null);
        });
        windows.ready().get();
        mark("KNEAD_READY");
        painted.get();
        windows.close();
        return windows.exited().get();
    }

    /** The windows' options; the kiosk's times given here win over those saved in the office. */
    KneadWindows.Options options() {
        boolean given = kioskResetSeconds != null || kioskIdleSeconds != null;
        int reset = kioskResetSeconds != null ? kioskResetSeconds : (int) ClinicSettings.DEFAULT_RESET.toSeconds();
        int idle = kioskIdleSeconds != null ? kioskIdleSeconds : (int) ClinicSettings.DEFAULT_IDLE.toSeconds();
        return new KneadWindows.Options(data.folder, kioskFullscreen, kioskScreen, Duration.ofSeconds(Math.max(reset, 1)),
                Duration.ofSeconds(Math.max(idle, 2)), given);
    }

    /** One line on standard output with the wall-clock time, read by the start-up benchmark. */
    private static void mark(String event) {
        System.out.println(event + " " + System.currentTimeMillis());
        System.out.flush();
    }
}
