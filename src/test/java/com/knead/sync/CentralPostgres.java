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

    /**
     * A login role that must give {@code password} (SCRAM), on any database; {@code tlsOnly}: and
     * only over TLS (a plain connection of that role is rejected), so a test sees TLS was used.
     */
    public synchronized void role(String name, String password, boolean tlsOnly) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("DROP ROLE IF EXISTS " + name);
            st.execute("CREATE ROLE " + name + " LOGIN SUPERUSER PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make role " + name + ": " + e.getMessage(), e);
        }
        Path hba = folder.resolve("data").resolve("pg_hba.conf");
        try {
            String rules = (tlsOnly ? "hostssl all " + name + " all scram-sha-256\nhost all " + name + " all reject\n"
                    : "host all " + name + " all scram-sha-256\n");
            // First match wins: the role's lines go before initdb's trust lines.
            Files.writeString(hba, rules + Files.readString(hba));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reload();
    }

    /** Turns TLS on (beside plain connections) with this certificate and key (PEM), until the JVM ends. */
    public synchronized void tls(Path certificate, Path key) {
        Path data = folder.resolve("data");
        for (String[] file : new String[][] {{certificate.toString(), "server.crt"}, {key.toString(), "server.key"}}) {
            List<String> install = new ArrayList<>(List.of("install", "-m", "600"));
            if (asRoot()) {
                install.addAll(List.of("-o", "postgres", "-g", "postgres"));
            }
            install.addAll(List.of(file[0], data.resolve(file[1]).toString()));
            run(install);
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET ssl = on");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot turn TLS on: " + e.getMessage(), e);
        }
        reload();
    }

    /** Reloads the configuration and waits until the server has (a reload is signalled, not waited for). */
    private void reload() {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement st = c.createStatement()) {
            var before = query(st, "SELECT pg_conf_load_time()").getObject(1, java.time.OffsetDateTime.class);
            st.execute("SELECT pg_reload_conf()");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!query(st, "SELECT pg_conf_load_time()").getObject(1, java.time.OffsetDateTime.class).isAfter(before)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("The test cluster did not reload its configuration within 10 s");
                }
                Thread.onSpinWait();
            }
            if (query(st, "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL").getInt(1) > 0) {
                throw new IllegalStateException("pg_hba.conf has errors after the test's change");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reload the test cluster: " + e.getMessage(), e);
        }
    }

    private static java.sql.ResultSet query(Statement st, String sql) throws SQLException {
        java.sql.ResultSet rs = st.executeQuery(sql);
        rs.next();
        return rs;
    }

    public String url(String database) {
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
