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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a read-only command (a report from the command line) read the data folder while Knead's
 * windows hold it: the running Knead listens on a Unix-domain socket, {@code knead.sock}, inside the
 * private data folder (so only Knead's user can reach it, and no network port is opened), and when
 * asked writes an online, consistent copy of the open database (H2's {@code BACKUP TO}) into the
 * asker's own private folder. The asker opens that copy read-only ({@link Database#openCopyOfRunning}).
 *
 * <p>One line each way: {@code COPY <folder>} is answered {@code OK}, or {@code NO <sentence>}.
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
        if (request == null || !request.startsWith("COPY ") || !Files.isDirectory(Path.of(request.substring(5)))) {
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
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(("COPY " + into.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8)).readLine();
            if ("OK".equals(reply)) {
                return true;
            }
            throw new Refused(reply == null ? "The running Knead did not answer; try again." : reply.substring(3));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("Nobody answered on {}: {}", socket, e.toString());
            return false;
        }
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
