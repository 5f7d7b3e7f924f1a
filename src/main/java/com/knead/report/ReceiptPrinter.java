package com.knead.report;

import com.knead.threads.OffTheScreen;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;

/**
 * Sends filled reports to a print queue of the operating system (CUPS on Linux, the spooler on
 * Windows) by its name, without any dialog. Blocks while the job is handed over, so call it on a
 * worker. The owner chooses the queue; Knead never guesses one.
 */
public final class ReceiptPrinter {

    /** The names of the print queues this computer knows, sorted. */
    public static List<String> queues() {
        OffTheScreen.require("Asking the print system for its queues");
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName).sorted().toList();
    }

    /**
     * Prints {@code print} on the queue called {@code queue}.
     *
     * @throws PrintFailure with a plain sentence when the queue is unknown or refuses the job
     */
    public void print(JasperPrint print, String queue, String jobName) {
        PrintService service = find(queue).orElseThrow(() -> new PrintFailure("The printer \"" + queue
                + "\" is not available on this computer. Check that it is switched on and installed, "
                + "or choose another printer.", null));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        SimplePrintServiceExporterConfiguration configuration = new SimplePrintServiceExporterConfiguration();
        configuration.setPrintService(service);
        configuration.setPrintRequestAttributeSet(attributes);
        configuration.setDisplayPageDialog(false);
        configuration.setDisplayPrintDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new PrintFailure("The printer \"" + queue + "\" did not take the receipt.", e);
        }
    }

    /** ESC p 0 25 250: pulse pin 2 of an ESC/POS printer, which opens the cash drawer wired to it. */
    static final byte[] DRAWER_KICK = {0x1B, 0x70, 0x00, 0x19, (byte) 0xFA};

    /**
     * Opens the cash drawer wired to the receipt printer by sending it the raw ESC/POS pulse.
     *
     * @throws PrintFailure with a plain sentence when the queue is unknown or refuses the bytes
     */
    public void kickDrawer(String queue) {
        PrintService service = find(queue).orElseThrow(() -> new PrintFailure("The printer \"" + queue
                + "\" is not available, so the cash drawer could not be opened.", null));
        try {
            javax.print.DocPrintJob job = service.createPrintJob();
            job.print(new javax.print.SimpleDoc(DRAWER_KICK, javax.print.DocFlavor.BYTE_ARRAY.AUTOSENSE, null),
                    new HashPrintRequestAttributeSet());
        } catch (javax.print.PrintException | RuntimeException e) {
            throw new PrintFailure("The cash drawer did not open: the printer \"" + queue + "\" refused the signal.", e);
        }
    }

    private static Optional<PrintService> find(String queue) {
        OffTheScreen.require("Printing");
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(queue)).findFirst();
    }

    /** Printing failed; the message is a plain sentence for the cashier, the cause is for the log. */
    public static final class PrintFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PrintFailure(String sentence, Throwable cause) {
            super(sentence, cause);
        }
    }
}
