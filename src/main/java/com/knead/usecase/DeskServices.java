package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.report.IntakeReport;
import com.knead.report.PdfCopies;
import com.knead.report.ReceiptDelivery;
import com.knead.report.ReceiptPrinter;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import java.time.Clock;

/**
 * The use cases the front desk's checkout and queue work through, built once at start-up and
 * handed to the desk's window: it builds no printer, receipt delivery or drawer of its own.
 *
 * @param receipts how a recorded receipt is written and printed, for the desk's dialogs that make one
 */
public record DeskServices(Clinic clinic, FinishSale finishSale, DeskVisits visits, TodaysQueue today,
                           PrepaidBalances prepaid, DrawerKick drawerKick, IntakeSummary intakeSummary,
                           ReceiptDelivery receipts) {

    /** The desk's services over the open data folder, its receipts printed through the operating system. */
    public static DeskServices over(Stores stores, ReportTemplates templates, IntakeSummary.BodyMap bodyMap, Clock clock) {
        return over(stores, new ReceiptReport(templates), new IntakeReport(templates), new ReceiptPrinter(), bodyMap, clock);
    }

    /** The same with the receipt layout and printer given (a test's broken template, say). */
    public static DeskServices over(Stores stores, ReceiptReport receiptReport, IntakeReport intakeReport,
                                    ReceiptPrinter printer, IntakeSummary.BodyMap bodyMap, Clock clock) {
        PdfCopies copies = new PdfCopies(stores.folder());
        ReceiptDelivery receipts = new ReceiptDelivery(receiptReport, copies, printer);
        DrawerKick drawer = new DrawerKick(stores.settings(), printer);
        Clinic clinic = stores.clinic();
        return new DeskServices(clinic,
                new FinishSale(clinic, stores.sales(), stores.intakes(), stores.settings(), receipts, drawer, clock),
                new DeskVisits(stores.visits(), stores.intakes()),
                new TodaysQueue(clinic, stores.visits(), stores.clearances(), stores.rota(), clock),
                new PrepaidBalances(stores.giftCards(), stores.packages()),
                drawer,
                new IntakeSummary(clinic, stores.intakes(), stores.clearances(), intakeReport, copies, bodyMap),
                receipts);
    }
}
