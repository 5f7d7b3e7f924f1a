package com.knead.control.desk;

import com.knead.control.ImmediateTasks;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.PrepaidCode;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.report.IntakeReport;
import com.knead.report.ReceiptPrinter;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import com.knead.store.DatabaseFile;
import com.knead.store.DemoSeed;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.DeskServices;
import com.knead.usecase.PinCheck;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A desk over a fresh data folder (the demo clinic): its real use cases on H2, a checkout controller
 * running every task at once, and a recording view. Before each test a 100.00 gift card GC-1001 and
 * a package PK-2001 of five 60-minute deep tissue visits are sold (receipt 000001), and the demo
 * cashier Riley Brooks signs in at the desk (with her PIN, through the real sign-in).
 */
final class DeskFixture implements AutoCloseable {

    final Path folder;
    final Stores stores;
    final DeskServices services;
    final RecordingView view = new RecordingView();
    final SignInController signIn;
    final CheckoutController checkout;
    int queueReads;

    DeskFixture(Path folder) {
        this(folder, new ReportTemplates());
    }

    /** A desk whose receipts are laid out from {@code templates} (a folder with a broken one, say). */
    DeskFixture(Path folder, ReportTemplates templates) {
        this.folder = folder;
        this.stores = DemoFolder.open(folder);
        this.services = DeskServices.over(stores, new ReceiptReport(templates), new IntakeReport(templates),
                new ReceiptPrinter(), (pain, width, height) -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB),
                Clock.systemDefaultZone());
        this.signIn = new SignInController(services.signIn(), new ImmediateTasks(), Clock.systemDefaultZone());
        signIn.attach(state -> { });
        signInAs(DemoSeed.DEMO_CASHIER, DemoSeed.DEMO_CASHIER_PIN);
        this.checkout = new CheckoutController(services.clinic(), services.finishSale(), services.visits(),
                services.today(), services.prepaid(), signIn, new ImmediateTasks(), () -> queueReads++);
        Modality deep = deepTissue();
        stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.giftCard(new PrepaidCode("GC-1001"), stores.clinic().money("100.00")))
                .addLine(SaleLine.packageOf(new PrepaidCode("PK-2001"), deep, 60, 5, stores.clinic().money("380.00")))
                .addTender(Tender.cash(stores.clinic().money("480.00"))), Instant.now());
        checkout.attach(view);
    }

    /** Signs {@code name} in at the desk with {@code pin} (Switch first when someone is signed in). */
    StaffMember signInAs(String name, String pin) {
        signIn.switchCashier();
        signIn.choose(staff(name));
        signIn.pinTyped(pin);
        signIn.submit();
        return signIn.current().orElseThrow(() -> new AssertionError(name + " could not sign in"));
    }

    /** PINs checked as the desk checks them (wrong ones counted, five lock). */
    PinCheck pins() {
        return new PinCheck(stores.staff(), stores.audit(), Clock.systemDefaultZone(), stores.clinic().zone());
    }

    StaffMember staff(String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    Modality deepTissue() {
        return stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                .filter(m -> m.name().equals("Deep tissue")).findFirst().orElseThrow();
    }

    /** Checks {@code name} in for 60 minutes of deep tissue (85.00) and chooses the visit at the desk. */
    Visit chooseNewVisit(String name) {
        Modality deep = deepTissue();
        ServicePrice sixty = stores.catalog().priceListOn(java.time.LocalDate.now()).price(deep.id(), 60).orElseThrow();
        Visit visit = stores.visits().checkIn(ContactDetails.of(name, "555 010 0000"), deep, sixty, Instant.now());
        checkout.chooseVisit(Optional.of(visit));
        return visit;
    }

    /** How many sales are recorded, counted in the database itself. */
    long sales() {
        return count("SELECT COUNT(*) FROM sale");
    }

    long count(String sql) {
        try (Connection c = jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second connection to the open database (the same process shares it). */
    private Connection jdbc() throws SQLException {
        return DatabaseFile.connect(folder);
    }

    @Override
    public void close() {
        stores.close();
    }
}
