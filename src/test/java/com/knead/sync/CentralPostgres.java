package com.knead.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private throwaway PostgreSQL cluster for the tests (TOOLCHAIN.md "PostgreSQL"): Debian's
 * postgresql-15 binaries, initdb in a temporary folder, its own port on loopback only, started once
 * per JVM at first use and stopped when the JVM ends. As root the server runs as the postgres user
 * (PostgreSQL refuses root), so its folder belongs to postgres. Each test takes a database of its own.
 */
public final class CentralPostgres {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static CentralPostgres running;

    private final Path folder;
    private final int port;

    private CentralPostgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** The cluster, started on first use. */
    public static synchronized CentralPostgres cluster() {
        if (running == null) {
            if (!Files.isExecutable(BIN.resolve("initdb"))) {
                throw new IllegalStateException("PostgreSQL 15 is not installed (" + BIN
                        + "); scripts/test installs it: apt-get install postgresql-15");
            }
            try {
                Path folder = Files.createTempDirectory("knead-central-");
                CentralPostgres cluster = new CentralPostgres(folder, freePort());
                cluster.initdb();
                cluster.start();
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAtEnd, "central-postgres-stop"));
                running = cluster;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    /** A new, empty database on the cluster; its JDBC URL. */
    public String newDatabase() {
        String name = "central_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    /** Stops the server the hard way, as a crash or a pulled plug would: {@code pg_ctl stop -m immediate}. */
    void stopImmediately() {
        pgCtl("stop", "-m", "immediate");
    }

    void start() {
        pgCtl("-l", folder.resolve("log").toString(), "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=localhost -c fsync=off", "-w", "start");
    }

    private void stopAtEnd() {
        try {
            pgCtl("stop", "-m", "fast");
        } catch (RuntimeException e) {
            System.err.println("central-postgres: " + e.getMessage());
        }
        deleteQuietly();
    }

    private void initdb() throws IOException {
        if (asRoot()) {
            run(List.of("chown", "postgres:postgres", folder.toString()));
        }
        runAsServer(List.of(BIN.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U",
                "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"));
    }

    private void pgCtl(String... args) {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D",
                folder.resolve("data").toString()));
        command.addAll(List.of(args));
        runAsServer(command);
    }

    private static void runAsServer(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void deleteQuietly() {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("central-postgres: could not delete " + folder + ": " + e.getMessage());
        }
    }
}
