package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process running one of the test mains on this test's class path, so a test can see
 * what another copy of Knead meets. Its output lines are read on a thread of their own, so the test
 * waits on them with a deadline; its error output goes to a file shown when something is wrong.
 */
final class ChildJvm implements AutoCloseable {

    private static final Duration EXIT_WAIT = Duration.ofSeconds(60);

    /** For children that live a second: the quick compiler only, about 40% less time to their end. */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private final Process process;
    private final Path errors;
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(this::readLines, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> main, Path errors, String... args) throws IOException {
        return start(List.of(), main, errors, args);
    }

    /** Starts a child with these JVM options, e.g. {@link #QUICK_START} for short-lived children. */
    static ChildJvm start(List<String> jvmOptions, Class<?> main, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        return new ChildJvm(process, errors);
    }

    /** Runs a child to its end and returns its exit code and output. */
    static Finished run(Class<?> main, Path errors, String... args) throws IOException, InterruptedException {
        return run(List.of(), main, errors, args);
    }

    static Finished run(List<String> jvmOptions, Class<?> main, Path errors, String... args)
            throws IOException, InterruptedException {
        try (ChildJvm child = start(jvmOptions, main, errors, args)) {
            Instant deadline = Instant.now().plus(EXIT_WAIT);
            List<String> output = new ArrayList<>();
            for (Optional<String> line = child.nextLine(deadline); line.isPresent(); line = child.nextLine(deadline)) {
                output.add(line.get());
            }
            return new Finished(child.waitForExit(), output, child.errors());
        }
    }

    record Finished(int exitCode, List<String> output, String errors) {
    }

    /** The next line the child printed, or empty once its output has ended; fails at the deadline. */
    Optional<String> nextLine(Instant deadline) throws InterruptedException {
        long wait = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        Optional<String> line = lines.poll(wait, TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("The child printed nothing more before the deadline. Its errors:\n" + errors());
        }
        return line;
    }

    /**
     * Kills the child as {@code kill -9} would (SIGKILL on Linux), waits for it to go and returns its
     * exit code (137 when the signal ended it). Only the process dies: what it had written to the
     * operating system stays, synced or not, so this is not a power cut.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return waitForExit();
    }

    /** The child's process, for a test that lets it run for a set time before it is killed. */
    Process process() {
        return process;
    }

    int waitForExit() throws InterruptedException {
        assertThat(process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("child ended within %s; its errors:%n%s", EXIT_WAIT, errors()).isTrue();
        return process.exitValue();
    }

    String errors() {
        try {
            return Files.exists(errors) ? Files.readString(errors) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // The pipe broke because the child was killed: its output has ended either way.
        } finally {
            lines.add(Optional.empty());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
