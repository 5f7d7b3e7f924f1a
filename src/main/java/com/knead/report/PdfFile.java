package com.knead.report;

import com.knead.threads.OffTheScreen;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Writes a filled report as a PDF so that the final name only ever holds a whole file: the PDF is
 * written to a temporary file in the same folder, forced to disk, then moved over the final name.
 * A crash or a full disk leaves the previous file (or none), never half a PDF.
 */
final class PdfFile {

    private PdfFile() {
    }

    static void write(JasperPrint print, Path pdf) {
        OffTheScreen.require("Writing a PDF");
        Path target = pdf.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                JasperExportManager.exportReportToPdfStream(print, out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | JRException | RuntimeException e) {
            ReportFailure failure = new ReportFailure("Could not write " + target + ": " + e.getMessage(), e);
            discard(temp, failure);
            throw failure;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the partial file of a failed write; if even that fails, the failure says so. */
    private static void discard(Path temp, ReportFailure failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
