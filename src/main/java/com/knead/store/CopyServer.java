package com.knead.store;

import com.knead.domain.Refused;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a read-only command (a report from the command line) read the data folder while Knead's
 * windows hold it: the running Knead listens on a Unix-domain socket, {@code knead.sock}, inside the
 * private data folder (so only Knead's user can reach it, and no network port is opened), and when
 * asked writes an online, consistent copy of the open database (H2's {@code BACKUP TO}) into the
 * asker's own private folder. The asker opens that copy read-only ({@link Database#openCopyOfRunning}).
 *
 * <p>A command reading that copy cannot write to it; what it would log (an export, a client record opened)
 * it sends here instead, and the running Knead appends it to its own audit log: {@code AUDIT <fields>},
 * each field Base64 (so no field can break the line), an entry only of the place "command line" and of
 * no staff member, so a request can never speak for a signed-in person. Only Knead's user can reach
 * the socket, as for a copy; an entry sent twice with the same key is appended once.
 *
 * <p>One line each way: {@code COPY <folder>} or {@code AUDIT <fields>} is answered {@code OK}, or
 * {@code NO <sentence>}.
 */
final class CopyServer implements AutoCloseable {

    static final String SOCKET = "knead.sock";
    static final String ZIP = "knead-copy.zip";
    private static final Logger LOG = LoggerFactory.getLogger(CopyServer.class);

    private final Path socket;
    private final ServerSocketChannel server;

    private CopyServer(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    /** Starts listening for {@code db}; the folder lock is held, so a socket file left there is a dead one's. */
    static CopyServer start(Database db) {
        Path socket = db.folder().resolve(SOCKET);
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            CopyServer copies = new CopyServer(socket, server);
            Thread thread = new Thread(() -> copies.serve(db), "knead-copies");
            thread.setDaemon(true);
            thread.start();
            LOG.info("Read-only commands can ask for a copy of the database through {}", socket);
            return copies;
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreFailure("Cannot listen for read-only commands on " + socket + ": " + e.getMessage(), e);
        }
    }

    private void serve(Database db) {
        while (server.isOpen()) {
            try (SocketChannel asker = server.accept()) {
                answer(db, asker);
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.warn("A read-only command's request could not be answered: {}", e.toString());
                }
            }
        }
    }

    private static void answer(Database db, SocketChannel asker) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(asker), StandardCharsets.UTF_8));
        OutputStream out = Channels.newOutputStream(asker);
        String request = in.readLine();
        String reply;
        if (request != null && request.startsWith(AUDIT)) {
            reply = appendAudit(db, request.substring(AUDIT.length()));
        } else if (request == null || !request.startsWith("COPY ") || !Files.isDirectory(Path.of(request.substring(5)))) {
            reply = "NO The request was not understood.";
        } else {
            Path zip = Path.of(request.substring(5)).resolve(ZIP);
            try {
                db.read(c -> {
                    Backups.copyOnline(c, zip);
                    return null;
                });
                LOG.info("Wrote a copy of the database for a read-only command to {}", zip);
                reply = "OK";
            } catch (RuntimeException e) {
                LOG.warn("A copy for a read-only command could not be made", e);
                reply = "NO The running Knead could not copy its database: " + e.getMessage();
            }
        }
        out.write((reply.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static final String AUDIT = "AUDIT ";

    /** The only place a command's entry may say: the command line has no signed-in person. */
    static final String COMMAND_LINE = "command line";

    private static String appendAudit(Database db, String fields) {
        AuditStore.Entry entry;
        try {
            String[] f = fields.split(" ", -1);
            Base64.Decoder base64 = Base64.getDecoder();
            String[] v = new String[f.length];
            for (int i = 0; i < f.length; i++) {
                v[i] = new String(base64.decode(f[i]), StandardCharsets.UTF_8);
            }
            entry = new AuditStore.Entry(UUID.fromString(v[0]), v[1], v[2], v[3],
                    v[4].isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(v[4])), Optional.empty(), v[5],
                    Instant.parse(v[6]));
        } catch (RuntimeException e) {
            return "NO The request was not understood.";
        }
        if (!COMMAND_LINE.equals(entry.place())) {
            return "NO Only the command line's own entries are taken.";
        }
        try {
            db.transaction(c -> {
                AuditStore.appendOnce(c, entry);
                return null;
            });
            LOG.info("Appended a read-only command's audit entry: {} {}", entry.action(), entry.outcome());
            return "OK";
        } catch (RuntimeException e) {
            LOG.warn("A read-only command's audit entry could not be appended", e);
            return "NO The running Knead could not add to its audit log: " + e.getMessage();
        }
    }

    /**
     * Has the Knead holding {@code dataFolder} append {@code entry} (of the command line, no staff member) to
     * its audit log; refused in a plain sentence when it cannot, so the command ends with that sentence and a
     * non-zero exit instead of reporting an export nobody logged.
     */
    static void audit(Path dataFolder, AuditStore.Entry entry) {
        if (entry.staff().isPresent()) {
            throw new IllegalArgumentException("A command's audit entry names no staff member");
        }
        Base64.Encoder base64 = Base64.getEncoder();
        StringBuilder request = new StringBuilder(AUDIT);
        String[] values = {entry.id().toString(), entry.place(), entry.action(), entry.outcome(),
                entry.client().map(UUID::toString).orElse(""), entry.detail(), entry.at().toString()};
        for (int i = 0; i < values.length; i++) {
            request.append(i == 0 ? "" : " ").append(base64.encodeToString(values[i].getBytes(StandardCharsets.UTF_8)));
        }
        String reply;
        try {
            reply = request(dataFolder.resolve(SOCKET), request.toString());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("Nobody took the audit entry: {}", e.toString());
            reply = null;
        }
        if (!"OK".equals(reply)) {
            throw new Refused(reply == null ? "The running Knead did not record this in its audit log; close its "
                    + "windows, or try again." : reply.substring(3));
        }
    }

    /** Sends one line and returns the one line answered (null when the connection closed unanswered). */
    private static String request(Path socket, String line) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8)).readLine();
        }
    }

    /**
     * Asks the Knead holding {@code dataFolder} to write a copy into {@code into}: true once written,
     * false when nobody listens there (an older Knead, or a command holding the folder); refused in
     * the running Knead's sentence when it could not make the copy.
     */
    static boolean ask(Path dataFolder, Path into) {
        Path socket = dataFolder.resolve(SOCKET);
        if (!Files.exists(socket)) {
            return false;
        }
        String reply;
        try {
            reply = request(socket, "COPY " + into.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("Nobody answered on {}: {}", socket, e.toString());
            return false;
        }
        if ("OK".equals(reply)) {
            return true;
        }
        throw new Refused(reply == null ? "The running Knead did not answer; try again." : reply.substring(3));
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", socket, e.getMessage());
        }
    }
}
