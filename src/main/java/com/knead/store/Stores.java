package com.knead.store;

import com.knead.domain.Clinic;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Everything kept in one data folder, opened together: the database and a repository per aggregate.
 * On a first start the folder gets the demo clinic.
 */
public final class Stores implements AutoCloseable {

    private final Database db;
    private final Clinic clinic;
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

    private Stores(Database db, Clinic clinic) {
        this.db = db;
        this.clinic = clinic;
        this.catalog = new CatalogStore(db, clinic.currency());
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
    }

    /** Opens the data folder; throws {@link AlreadyRunning} when another Knead has it open. */
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

    public Path folder() {
        return db.folder();
    }

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

    /** The owner's append-only audit log. */
    public AuditStore audit() {
        return audit;
    }

    public ClearanceStore clearances() {
        return clearances;
    }

    @Override
    public void close() {
        db.close();
    }
}
