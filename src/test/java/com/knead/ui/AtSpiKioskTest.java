package com.knead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk read by a real assistive-technology client: Knead runs in a JVM of its own with the
 * ATK wrapper turned on (Debian ships Java accessibility off; the property turns it on for that
 * process only), inside a D-Bus session of its own, and {@code atspi_kiosk.py} reads it through
 * AT-SPI with pyatspi, the library Orca uses. The walker checks in with AT-SPI actions and text
 * alone and, on every screen from welcome to checked in, fails on a control without a name; on the
 * body map it fails on any area, front or back, that is not there by its spoken name.
 */
class AtSpiKioskTest {

    private static final Path WRAPPER = Path.of("/usr/share/java/java-atk-wrapper.jar");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long LIMIT_SECONDS = 120;

    /** Regions drawn on one side only: the back has no chest or abdomen, the front no upper or lower back. */
    private static final Set<BodyRegion> BACK_ONLY = EnumSet.of(BodyRegion.UPPER_BACK, BodyRegion.LOWER_BACK);
    private static final Set<BodyRegion> FRONT_ONLY = EnumSet.of(BodyRegion.CHEST, BodyRegion.ABDOMEN);

    @TempDir
    Path work;

    @Test
    void aScreenReaderFindsEveryControlNamedAndEveryBodyMapAreaAndChecksIn() throws Exception {
        assertTheAssistiveTechnologyIsInstalled();
        Path walker = work.resolve("atspi_kiosk.py");
        try (InputStream in = AtSpiKioskTest.class.getResourceAsStream("atspi_kiosk.py")) {
            Files.copy(in, walker);
        }
        Path expected = Files.write(work.resolve("areas.txt"), expectedAreas(), StandardCharsets.UTF_8);
        Path transcript = Path.of(System.getProperty("knead.test.output", "target"), "atspi-kiosk.txt");
        Files.createDirectories(transcript.getParent());

        List<String> command = new ArrayList<>(List.of("dbus-run-session", "--", PYTHON.toString(),
                walker.toString(), expected.toString(), "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavax.accessibility.assistive_technologies=org.GNOME.Accessibility.AtkWrapper",
                "-cp", WRAPPER + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "com.knead.app.Main", "run", "--data", work.resolve("data").toString(),
                "--kiosk-idle-seconds", "600"));
        ProcessBuilder walking = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(transcript.toFile());
        // The accessibility bus's socket goes in a folder of this test's own, not one shared with
        // another run on the same machine.
        Path runtime = Files.createDirectory(work.resolve("runtime"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        walking.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        Process walk = walking.start();
        walk.getOutputStream().close();
        boolean ended = walk.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            walk.descendants().forEach(ProcessHandle::destroyForcibly);
            walk.destroyForcibly().waitFor();
        }
        String said = Files.readString(transcript, StandardCharsets.UTF_8);
        assertThat(ended).as("the AT-SPI walk ended within %d s; it said:%n%s", LIMIT_SECONDS, said).isTrue();
        assertThat(walk.exitValue()).as("the AT-SPI walk (exit 1: a problem found; 2: it got stuck) said:%n%s",
                said).isZero();
        assertThat(said).contains("SCREEN welcome", "SCREEN contact", "SCREEN body map", "SCREEN consent",
                "SCREEN checked in", "BODY MAP: " + expectedAreas().size() + " areas");
    }

    /** "Head, front of the body" … "Feet, back of the body": every area a visitor can mark, as spoken. */
    static List<String> expectedAreas() {
        List<String> names = new ArrayList<>();
        for (boolean back : new boolean[] {false, true}) {
            for (BodyRegion region : BodyRegion.values()) {
                if (!(back ? FRONT_ONLY : BACK_ONLY).contains(region)) {
                    names.add(region.label() + ", " + (back ? "back" : "front") + " of the body");
                }
            }
        }
        return names;
    }

    /** A plain sentence naming what is missing: this test never passes by being skipped. */
    private static void assertTheAssistiveTechnologyIsInstalled() throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(WRAPPER)) {
            missing.add("libatk-wrapper-java (no " + WRAPPER + ")");
        }
        if (!jniWrapperInstalled()) {
            missing.add("libatk-wrapper-java-jni (no libatk-wrapper.so under /usr/lib/*/jni)");
        }
        if (!Files.isExecutable(Path.of("/usr/libexec/at-spi-bus-launcher"))) {
            missing.add("at-spi2-core (no /usr/libexec/at-spi-bus-launcher)");
        }
        if (!onThePath("dbus-run-session")) {
            missing.add("dbus (no dbus-run-session)");
        }
        if (!Files.isExecutable(PYTHON) || new ProcessBuilder(PYTHON.toString(), "-c", "import pyatspi")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() != 0) {
            missing.add("python3-pyatspi (" + PYTHON + " cannot import pyatspi)");
        }
        assertThat(missing).as("the screen-reader test needs Debian's packages; scripts/test installs them "
                + "(apt-get install -y libatk-wrapper-java libatk-wrapper-java-jni at-spi2-core python3-pyatspi dbus)")
                .isEmpty();
        assertThat(System.getenv("DISPLAY")).as("the screen-reader test needs a screen (DISPLAY); scripts/test "
                + "runs the tests inside xvfb-run").isNotBlank();
    }

    private static boolean jniWrapperInstalled() throws IOException {
        if (Files.exists(Path.of("/usr/lib/jni/libatk-wrapper.so"))) {
            return true;
        }
        try (DirectoryStream<Path> arches = Files.newDirectoryStream(Path.of("/usr/lib"), "*-linux-gnu*")) {
            for (Path arch : arches) {
                if (Files.exists(arch.resolve("jni").resolve("libatk-wrapper.so"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onThePath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
