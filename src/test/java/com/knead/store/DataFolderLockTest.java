package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(300)
class DataFolderLockTest {

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    private ChildJvm.Finished secondCopy() throws Exception {
        return ChildJvm.run(OpenStoresChild.class, logs.resolve("child-errors.txt"), dir.toString());
    }

    private void assertSecondCopyIsToldKneadIsRunning() throws Exception {
        ChildJvm.Finished child = secondCopy();
        assertThat(child.exitCode()).as("exit code; errors:%n%s", child.errors()).isEqualTo(OpenStoresChild.ALREADY_RUNNING);
        assertThat(child.output()).singleElement().asString().startsWith("Knead is already running");
    }

    @Test
    void anotherProcessIsToldKneadIsRunningUntilItCloses() throws Exception {
        try (Stores stores = Stores.open(dir)) {
            assertSecondCopyIsToldKneadIsRunning();
            assertThat(stores.catalog().priceListOn(java.time.LocalDate.now()).modalities()).as("the first copy carries on").isNotEmpty();
        }
        ChildJvm.Finished child = secondCopy();
        assertThat(child.exitCode()).as("exit code; errors:%n%s", child.errors()).isZero();
        assertThat(child.output()).containsExactly("Opened Knead Demo Clinic");
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedAndTheFirstKeepsTheFolder() throws Exception {
        try (Stores first = Stores.open(dir)) {
            assertThatThrownBy(() -> Stores.open(dir))
                    .isInstanceOf(AlreadyRunning.class)
                    .hasMessageStartingWith("Knead is already running");
            assertThatThrownBy(() -> Stores.open(dir.resolve("sub").resolve("..")))
                    .isInstanceOf(AlreadyRunning.class);

            // Being refused must not loosen the first copy's hold on the folder.
            assertSecondCopyIsToldKneadIsRunning();
            assertThat(TestClinic.checkIn(first, "Ana Silva", TestClinic.AFTERNOON).queueNumber()).isEqualTo(1);
        }
        try (Stores again = Stores.open(dir)) {
            assertThat(again.visits().forDay(again.clinic().businessDay(TestClinic.AFTERNOON))).hasSize(1);
        }
    }
}
