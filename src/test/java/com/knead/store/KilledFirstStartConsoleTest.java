package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.Main;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue as a clinic meets it: {@code knead demo --days 400} on an empty folder, killed with
 * SIGKILL part-way through its first start; the next command on that folder must work and print
 * no stack trace. The kills land wherever the child has got to after a given time (starting, creating
 * the schema, filling the history); {@link UpgradeCrashTest} stops at each step on purpose.
 */
class KilledFirstStartConsoleTest {

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    @Timeout(180)
    void theNextCommandWorksAndPrintsNoStackTrace() throws Exception {
        for (long millis : List.of(500L, 1000L, 1600L)) {
            Path folder = dir.resolve("killed-after-" + millis + "ms");
            try (ChildJvm demo = ChildJvm.start(ChildJvm.QUICK_START, Main.class,
                    logs.resolve("demo-" + millis + ".txt"), "demo", "--days", "400", "--data", folder.toString())) {
                // Not a sleep to wait for something: how long the clinic's Knead ran before the power went.
                assertThat(demo.process().waitFor(millis, TimeUnit.MILLISECONDS))
                        .as("still running after %d ms, to be killed", millis).isFalse();
                demo.kill();
            }

            ChildJvm.Finished next = ChildJvm.run(ChildJvm.QUICK_START, Main.class,
                    logs.resolve("next-" + millis + ".txt"), "demo", "--days", "1", "--data", folder.toString());
            assertThat(next.errors()).as("console after a kill at %d ms", millis)
                    .doesNotContain("Exception", "\tat ", "ERROR");
            assertThat(next.exitCode()).as("exit code after a kill at %d ms; console:%n%s", millis, next.errors())
                    .isZero();
            assertThat(next.output()).as("output after a kill at %d ms", millis)
                    .anySatisfy(line -> assertThat(line).startsWith("Added "));
        }
    }
}
