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
 * Every use case the front desk works through, built once at start-up and handed to the desk's
 * window, which builds no printer, receipt delivery, drawer or repository of its own. Each screen
 * of the desk is given only the ones it needs.
 */
public record DeskServices(Clinic clinic, FinishSale finishSale, DeskVisits visits, TodaysQueue today,
                           PrepaidBalances prepaid, DrawerKick drawerKick, IntakeSummary intakeSummary,
                           SellPrepaid sellPrepaid, VoidOrRefund voidOrRefund, Reprint reprint, DeskApprovals approvals,
                           WalkInCheckIn walkIn, DrawerSession drawer, WhoIsIn rota, Clearances clearances,
                           DeskSignIn signIn, OpenIntakeSummary openIntake,
                           ClientServices clients, DiskWatch disk) {

    /** The desk's services over the open data folder, its receipts printed through the operating system. */
    public static DeskServices over(Stores stores, ReportTemplates templates, IntakeSummary.BodyMap bodyMap, Clock clock) {
        return over(stores, new ReceiptReport(templates), new IntakeReport(templates), new ReceiptPrinter(), bodyMap, clock);
    }

    /** The same with the receipt layout and printer given (a test's broken template, say). */
    public static DeskServices over(Stores stores, ReceiptReport receiptReport, IntakeReport intakeReport,
                                    ReceiptPrinter printer, IntakeSummary.BodyMap bodyMap, Clock clock) {
        PdfCopies copies = new PdfCopies(stores.folder());
        Receipts receipts = new Receipts(stores, new ReceiptDelivery(receiptReport, copies, printer));
        DrawerKick kick = new DrawerKick(stores.settings(), printer);
        Clinic clinic = stores.clinic();
        PinCheck pins = new PinCheck(stores.staff(), stores.audit(), clock, clinic.zone());
        IntakeSummary summaries = new IntakeSummary(clinic, stores.intakes(), stores.clearances(), intakeReport, copies,
                bodyMap);
        return new DeskServices(clinic,
                new FinishSale(stores.sales(), stores.staff(), receipts, kick, clock),
                new DeskVisits(stores.visits(), stores.intakes(), stores.catalog(), stores.rooms()),
                new TodaysQueue(clinic, stores.visits(), stores.clearances(), stores.rota(), clock),
                new PrepaidBalances(stores.giftCards(), stores.packages()),
                kick,
                summaries,
                new SellPrepaid(stores, receipts, clock),
                new VoidOrRefund(stores, receipts),
                new Reprint(stores, receipts),
                new DeskApprovals(stores.staff(), pins),
                new WalkInCheckIn(stores, clock),
                new DrawerSession(stores, kick::open),
                new WhoIsIn(stores),
                new Clearances(stores),
                new DeskSignIn(stores.staff(), stores.audit(), stores.settings(), pins, clock),
                new OpenIntakeSummary(summaries, stores.audit(), clock),
                ClientServices.over(stores, pins, clock),
                DiskWatch.of(stores, clock));
    }
}
