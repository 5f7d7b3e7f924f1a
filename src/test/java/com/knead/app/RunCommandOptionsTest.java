package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The kiosk's times: the office's Settings unless the command line gives them. */
class RunCommandOptionsTest {

    private static KneadWindows.Options parsed(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.options();
    }

    @Test
    void withoutKioskTimesTheSettingsDecide() {
        KneadWindows.Options options = parsed("--data", "/tmp/knead-options");
        assertThat(options.kioskTimesGiven()).isFalse();
        assertThat(options.kioskIdle()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.kioskResetDelay()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void kioskTimesOnTheCommandLineWin() {
        KneadWindows.Options options = parsed("--kiosk-idle-seconds", "30");
        assertThat(options.kioskTimesGiven()).isTrue();
        assertThat(options.kioskIdle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.kioskResetDelay()).isEqualTo(Duration.ofSeconds(20));
    }
}
