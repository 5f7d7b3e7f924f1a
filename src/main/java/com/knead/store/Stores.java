package com.knead.store;

import com.knead.domain.Clinic;
import com.knead.domain.ClinicSetup;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything kept in one data folder, opened together: the database and a repository per aggregate.
 * {@link #open} gives an empty folder the demo clinic; {@link #openIfSetUp} and {@link #create} are
 * for a real clinic's first run.
 */
public final class Stores implements AutoCloseable {

    private final Database db;
    private volatile Clinic clinic;
    private final CatalogStore catalog;
    private final VisitStore visits;
    private final SaleStore sales;
    private final StaffStore staff;
    private final GiftCardStore giftCards;
    private final PackageStore packages;
    private final SettingStore settings;
    private final RefundStore refunds;
    private final DrawerStore drawer;
    private final IntakeStore intakes;
    private final RotaStore rota;
    private final ClearanceStore clearances;
    private final AuditStore audit;
    private final Backups backups;
    private final RoomStore rooms;
    private final ZReportStore zReports;
    private final ChainStore chain;
    private final SyncStore sync;
    private final SessionNoteStore notes;
    private final ClientStore clients;
    private final ClientMergeStore merges;

    private Stores(Database db, Clinic clinic) {
        this.db = db;
        this.clinic = withLogoPath(db, clinic);
        this.rooms = new RoomStore(db);
        this.zReports = new ZReportStore(db, clinic);
        this.catalog = new CatalogStore(db, clinic.currency(), clinic.tax());
        this.visits = new VisitStore(db, clinic);
        this.giftCards = new GiftCardStore(db, clinic.currency());
        this.packages = new PackageStore(db);
        this.settings = new SettingStore(db);
        this.sales = new SaleStore(db, clinic, visits, giftCards, packages);
        this.refunds = new RefundStore(db, clinic, sales, giftCards, packages);
        this.drawer = new DrawerStore(db, clinic, sales, refunds);
        this.staff = new StaffStore(db);
        this.intakes = new IntakeStore(db, visits, clinic.currency());
        this.rota = new RotaStore(db, clinic, staff);
        this.clearances = new ClearanceStore(db);
        this.audit = new AuditStore(db);
        this.backups = new Backups(db, settings, clinic.zone());
        this.chain = new ChainStore(db);
        this.sync = new SyncStore(db);
        this.notes = new SessionNoteStore(db, clinic.zone());
        this.clients = new ClientStore(db, clinic.currency());
        this.merges = new ClientMergeStore(db);
    }

    /**
     * Opens the data folder, giving an empty one the demo clinic; throws {@link AlreadyRunning} when
     * another Knead has it open.
     */
    public static Stores open(Path folder) {
        Database db = Database.open(folder);
        try {
            DemoSeed.ensure(db, ZoneId.systemDefault());
            Clinic clinic = new ClinicStore(db).find().orElseThrow();
            return new Stores(db, clinic);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the data folder for reading: as {@link #open} when no Knead has it, or, while Knead's
     * windows hold it, a consistent read-only copy they make on request (a report from the command
     * line while the clinic is open). Still throws {@link AlreadyRunning} when whatever holds the
     * folder does not answer (another command).
     */
    public static Stores openForReading(Path folder) {
        Database db;
        try {
            return open(folder);
        } catch (AlreadyRunning running) {
            db = Database.openCopyOfRunning(folder, running);
        }
        try {
            return new Stores(db, new ClinicStore(db).find().orElseThrow());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A folder whose file is plain, opened as it is: only for the benchmark of encryption's cost. */
    static Stores plainForBenchmark(Path folder) {
        Database db = Database.openPlainForBenchmark(folder);
        return new Stores(db, new ClinicStore(db).find().orElseThrow());
    }

    /** Lets read-only commands read this folder while it is open here (see {@link #openForReading}). */
    public void serveCopies() {
        db.serveCopies();
    }

    /** Opens the data folder when it has a clinic; empty (and the folder let go) when it still needs its setup. */
    public static Optional<Stores> openIfSetUp(Path folder) {
        Database db = Database.open(folder);
        try {
            Optional<Clinic> clinic = new ClinicStore(db).find();
            if (clinic.isEmpty()) {
                db.close();
                return Optional.empty();
            }
            return Optional.of(new Stores(db, clinic.get()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Makes a real clinic in a data folder that has none, from the owner's first-run setup, in one
     * transaction, and opens it. Refuses a folder that already has a clinic.
     */
    public static Stores create(Path folder, ClinicSetup setup, ZoneId zone) {
        Database db = Database.open(folder);
        try {
            FirstClinic.create(db, setup, zone);
            return new Stores(db, new ClinicStore(db).find().orElseThrow());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The clinic as its rows say, with the logo's file name made a path inside the data folder. */
    private static Clinic withLogoPath(Database db, Clinic clinic) {
        return clinic.logo().isBlank() ? clinic : clinic.withLogo(db.folder().resolve(clinic.logo()).toString());
    }

    /** Changes the clinic's name, address and phone; receipts made from now on carry them. */
    public void changeClinicDetails(String name, String address, String phone) {
        new ClinicStore(db).changeDetails(name, address, phone, Instant.now());
        reloadClinic();
    }

    /** Makes {@code fileName}, a file inside the data folder, the receipt's logo; blank for none. */
    public void changeLogo(String fileName) {
        new ClinicStore(db).changeLogo(fileName, Instant.now());
        reloadClinic();
    }

    private void reloadClinic() {
        clinic = withLogoPath(db, new ClinicStore(db).find().orElseThrow());
    }

    /** The clinic's treatment rooms. */
    public RoomStore rooms() {
        return rooms;
    }

    /** The database itself, for code (and tests) of the store package. */
    Database database() {
        return db;
    }

    public Path folder() {
        return db.folder();
    }

    /** The clinic as it is now (its details may change in the office's settings). */
    public Clinic clinic() {
        return clinic;
    }

    public CatalogStore catalog() {
        return catalog;
    }

    public VisitStore visits() {
        return visits;
    }

    public SaleStore sales() {
        return sales;
    }

    public StaffStore staff() {
        return staff;
    }

    public GiftCardStore giftCards() {
        return giftCards;
    }

    public PackageStore packages() {
        return packages;
    }

    public DrawerStore drawer() {
        return drawer;
    }

    public RefundStore refunds() {
        return refunds;
    }

    public SettingStore settings() {
        return settings;
    }

    public IntakeStore intakes() {
        return intakes;
    }

    public RotaStore rota() {
        return rota;
    }

    /** The clinic's encrypted backups. */
    public Backups backups() {
        return backups;
    }

    /** The Z of each closed business day. */
    public ZReportStore zReports() {
        return zReports;
    }

    /** The owner's append-only audit log. */
    public AuditStore audit() {
        return audit;
    }

    /** The tamper-evidence chain, read back for verify. */
    public ChainStore chain() {
        return chain;
    }

    /** The nightly sync's local side: the outbox, its marks, what was pulled. */
    public SyncStore sync() {
        return sync;
    }

    /** Therapists' signed session notes and their addenda. */
    public SessionNoteStore notes() {
        return notes;
    }

    /** Clients as the staff look them up, and what a client's record reads. */
    public ClientStore clients() {
        return clients;
    }

    /** Merges of two records of the same client, and their undoing. */
    public ClientMergeStore clientMerges() {
        return merges;
    }

    public ClearanceStore clearances() {
        return clearances;
    }

    @Override
    public void close() {
        db.close();
    }
}
