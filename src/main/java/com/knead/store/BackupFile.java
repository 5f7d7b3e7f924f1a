package com.knead.store;

import com.knead.domain.BackupKey;
import com.knead.domain.Refused;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;

/**
 * One encrypted backup file: a short header (magic, key cost and salt, nonce) and the database's
 * backup encrypted with AES-256-GCM under the header as associated data, so a changed header, a
 * changed byte or a cut-off file fails the check instead of restoring something wrong.
 */
final class BackupFile {

    static final String SUFFIX = ".kbak";
    private static final byte[] MAGIC = "KNEADBK1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupFile() {
    }

    /** What is sealed: written straight into the encrypting stream, so nothing of it lies on disk in the clear. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Encrypts {@code plain} into {@code target}, written beside it first and moved in whole, synced. */
    static void seal(Path plain, Path target, BackupKey key) {
        seal(out -> Files.copy(plain, out), target, key);
    }

    /** Encrypts {@code content} into {@code target}, written beside it first and moved in whole, synced. */
    static void seal(Content content, Path target, BackupKey key) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] header = header(key.salt(), key.iterations(), nonce);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            try (OutputStream file = Files.newOutputStream(partial)) {
                file.write(header);
                try (OutputStream out = new CipherOutputStream(new NoClose(file), cipher)) {
                    content.writeTo(out);
                }
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is cleaned up with the next backup
            }
            throw new StoreFailure("The backup could not be written to " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    /** The salt and cost a backup's key was derived with, to derive it again from a typed passphrase. */
    record KeyCost(byte[] salt, int iterations) {
    }

    static KeyCost keyCost(Path backup) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(backup))) {
            Header h = Header.read(in, backup);
            return new KeyCost(h.salt, h.iterations);
        } catch (IOException e) {
            throw new Refused("The backup " + backup.getFileName() + " could not be read: " + e.getMessage());
        }
    }

    /** Decrypts {@code backup} in memory; refuses, in plain words, a wrong key or a damaged file. */
    static byte[] decrypt(Path backup, BackupKey key) {
        byte[] all;
        try {
            all = Files.readAllBytes(backup);
        } catch (IOException e) {
            throw new Refused("The backup " + backup.getFileName() + " could not be read: " + e.getMessage());
        }
        Header h;
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all))) {
            h = Header.read(in, backup);
        } catch (IOException e) {
            throw new Refused(backup.getFileName() + " is not a Knead backup, or it is cut short.");
        }
        if (!Arrays.equals(h.salt, key.salt()) || h.iterations != key.iterations()) {
            throw new Refused("That passphrase does not open " + backup.getFileName() + ".");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, h.nonce));
            cipher.updateAAD(all, 0, h.length);
            return cipher.doFinal(all, h.length, all.length - h.length);
        } catch (AEADBadTagException e) {
            throw new Refused("That passphrase does not open " + backup.getFileName()
                    + ", or the file is damaged or incomplete; nothing was changed.");
        } catch (GeneralSecurityException e) {
            throw new Refused("The backup " + backup.getFileName() + " could not be opened: " + e.getMessage());
        }
    }

    private static byte[] header(byte[] salt, int iterations, byte[] nonce) {
        return ByteBuffer.allocate(MAGIC.length + 4 + 1 + salt.length + 1 + nonce.length)
                .put(MAGIC).putInt(iterations).put((byte) salt.length).put(salt).put((byte) nonce.length).put(nonce)
                .array();
    }

    private record Header(byte[] salt, int iterations, byte[] nonce, int length) {
        static Header read(DataInputStream in, Path backup) throws IOException {
            try {
                byte[] magic = in.readNBytes(MAGIC.length);
                if (!Arrays.equals(magic, MAGIC)) {
                    throw new Refused(backup.getFileName() + " is not a Knead backup.");
                }
                int iterations = in.readInt();
                byte[] salt = in.readNBytes(in.readUnsignedByte());
                byte[] nonce = in.readNBytes(in.readUnsignedByte());
                if (nonce.length != NONCE || salt.length == 0 || iterations < 1) {
                    throw new EOFException();
                }
                return new Header(salt, iterations, nonce, MAGIC.length + 4 + 1 + salt.length + 1 + nonce.length);
            } catch (EOFException e) {
                throw new Refused(backup.getFileName() + " is not a Knead backup, or it is cut short.");
            }
        }
    }

    /** Lets the cipher stream finish (write the tag) without closing the file before it is synced. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
