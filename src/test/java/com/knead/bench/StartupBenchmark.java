package com.knead.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Start-up benchmark: wall time from launching a JVM to the kiosk's first painted screen, against a
 * bare FlatLaf frame launched the same way in the same run, alternating the two. Also reports the
 * time until Knead is ready to take a check-in (database open, price list shown). When
 * {@code installer/build} has made the app image, the installed Knead is compared with the same bare frame too.
 *
 * <p>Run with {@code scripts/bench-startup [RUNS]}; it needs the packaged jar (target/knead.jar and
 * target/lib) and a display.
 */
public final class StartupBenchmark {

    private static final Path CONFIG = temporaryFolder("knead-bench-config");

    private StartupBenchmark() {
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path target = Path.of(args.length > 1 ? args[1] : "target").toAbsolutePath();
        Path jar = target.resolve("knead.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("knead-bench");
        String flatlaf = Files.list(target.resolve("lib"))
                .filter(p -> p.getFileName().toString().startsWith("flatlaf-")).findFirst().orElseThrow().toString();

        List<String> knead = List.of(java, "-jar", jar.toString(), "run", "--data", data.toString(), "--startup-probe");
        List<String> bare = List.of(java, "-cp", bareJar(target) + File.pathSeparator + flatlaf,
                BareFlatLafFrame.class.getName());

        // The first Knead start creates the database and the demo clinic; a clinic starts that way once.
        Map<String, Long> first = time(knead);
        System.out.printf("first start ever (creates the database): first paint %d ms, ready %d ms%n",
                first.get("KNEAD_FIRST_PAINT"), first.get("KNEAD_READY"));
        compare("plain JVM", knead, bare, runs, 1.50);

        // Class data sharing: each program gets an archive of the classes it loads, made by a training
        // run, as an installer would ship it (TOOLCHAIN.md, "jpackage").
        Path archives = Files.createTempDirectory("knead-cds");
        List<String> kneadCds = withArchive(knead, archives.resolve("knead.jsa"));
        List<String> bareCds = withArchive(bare, archives.resolve("bare.jsa"));
        compare("with AppCDS archives", kneadCds, bareCds, runs, 1.50);

        // The installed Knead (installer/build: its own trimmed runtime and the class-data archive made
        // while packaging) against the same bare frame on the plain JVM: what a clinic's PC runs.
        Path installed = target.resolve("installer").resolve("knead").resolve("bin").resolve("knead");
        if (Files.isExecutable(installed)) {
            compare("installed app image against the bare frame", List.of(installed.toString(), "run", "--data",
                    data.toString(), "--startup-probe"), bare, runs, 1.20);
        } else {
            System.out.println();
            System.out.println("No installed app image at " + installed + ": run installer/build first to compare it.");
        }
    }

    /** The baseline in a jar of its own, like Knead (class data sharing refuses class folders). */
    private static Path bareJar(Path target) throws IOException {
        Path jar = target.resolve("bench-bare.jar");
        Path classes = target.resolve("test-classes");
        String folder = BareFlatLafFrame.class.getPackageName().replace('.', '/');
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(classes.resolve(folder))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("BareFlatLafFrame")).toList()) {
                out.putNextEntry(new JarEntry(folder + "/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Trains an archive for {@code command}, then returns the command that uses it. */
    private static List<String> withArchive(List<String> command, Path archive) throws Exception {
        List<String> training = new ArrayList<>(command);
        training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        time(training);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("No class data archive was written by " + String.join(" ", training));
        }
        List<String> using = new ArrayList<>(command);
        using.add(1, "-XX:SharedArchiveFile=" + archive);
        return using;
    }

    private static void compare(String title, List<String> knead, List<String> bare, int runs, double goal)
            throws Exception {
        time(bare);
        time(knead);
        long[] barePaint = new long[runs];
        long[] kneadPaint = new long[runs];
        long[] kneadReady = new long[runs];
        for (int i = 0; i < runs; i++) {
            barePaint[i] = time(bare).get("KNEAD_FIRST_PAINT");
            Map<String, Long> k = time(knead);
            kneadPaint[i] = k.get("KNEAD_FIRST_PAINT");
            kneadReady[i] = k.get("KNEAD_READY");
        }
        System.out.println();
        System.out.println("== " + title + " ==");
        System.out.println("bare FlatLaf frame, first paint (ms): " + Arrays.toString(barePaint));
        System.out.println("Knead kiosk, first paint (ms):        " + Arrays.toString(kneadPaint));
        System.out.println("Knead ready to check in (ms):         " + Arrays.toString(kneadReady));
        long bareMedian = median(barePaint);
        long kneadMedian = median(kneadPaint);
        long readyMedian = median(kneadReady);
        System.out.printf("median: bare %d ms, Knead first paint %d ms, Knead ready %d ms%n",
                bareMedian, kneadMedian, readyMedian);
        System.out.printf("ratio Knead first paint / bare frame: %.2f (goal <= %.2f)%n", (double) kneadMedian / bareMedian,
                goal);
        System.out.printf("ratio Knead ready / bare frame:       %.2f%n", (double) readyMedian / bareMedian);
    }

    /** Launches one JVM and returns, per marker it prints, the milliseconds from launch to that marker. */
    private static Map<String, Long> time(List<String> command) throws IOException, InterruptedException {
        long launched = System.currentTimeMillis();
        ProcessBuilder launch = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // The benchmark's clinic keeps its database key with the benchmark, never in the real ~/.config.
        launch.environment().put("XDG_CONFIG_HOME", CONFIG.toString());
        Process process = launch.start();
        Map<String, Long> marks = new TreeMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("KNEAD_")) {
                    String[] parts = line.split(" ");
                    marks.put(parts[0], Long.parseLong(parts[1]) - launched);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || !marks.containsKey("KNEAD_FIRST_PAINT")) {
            process.destroyForcibly();
            throw new IllegalStateException("No first paint from " + String.join(" ", command));
        }
        return marks;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
