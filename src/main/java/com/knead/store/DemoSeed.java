package com.knead.store;

import com.knead.domain.AddOn;
import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PinHash;
import com.knead.domain.Room;
import com.knead.domain.Pressure;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.TaxPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * On the very first start, fills an empty database with a working demo clinic: the eleven
 * modalities with prices, three add-ons and a small staff, so a newcomer sees a real front desk at
 * once. The demo owner's PIN is {@value #DEMO_OWNER_PIN}; the cashier Riley Brooks signs in at the
 * desk with {@value #DEMO_CASHIER_PIN}, the therapists Maya Chen with {@value #DEMO_MAYA_PIN} and Sam
 * Ortiz with {@value #DEMO_SAM_PIN}.
 */
public final class DemoSeed {

    public static final String DEMO_CLINIC = "Knead Demo Clinic";
    public static final String DEMO_OWNER = "Olivia Park";
    public static final String DEMO_OWNER_PIN = "4827";
    public static final String DEMO_CASHIER = "Riley Brooks";
    public static final String DEMO_CASHIER_PIN = "3917";
    public static final String DEMO_MAYA = "Maya Chen";
    public static final String DEMO_MAYA_PIN = "5262";
    public static final String DEMO_SAM = "Sam Ortiz";
    public static final String DEMO_SAM_PIN = "7431";

    private DemoSeed() {
    }

    /** Seeds the demo clinic unless the database already has a clinic. Returns true when it seeded. */
    public static boolean ensure(Database db, ZoneId zone) {
        return db.transaction(c -> {
            if (ClinicStore.find(c).isPresent()) {
                return false;
            }
            seed(c, zone);
            return true;
        });
    }

    private static void seed(Connection c, ZoneId zone) throws SQLException {
        Currency usd = Currency.getInstance("USD");
        Instant now = Instant.now();
        // Marked demo, so its receipts and reports say DEMO and are never taken for a real sale.
        ClinicStore.insert(c, new Clinic(DEMO_CLINIC, "12 Willow Lane, Springfield", "555-0100", usd,
                new TaxPolicy(new BigDecimal("5"), true, RoundingMode.HALF_UP), zone, LocalTime.MIDNIGHT, true, ""), now);

        int order = 0;
        order = modality(c, usd, now, ++order, "SWEDISH", "Swedish",
                "Long gliding strokes and kneading that loosen tight muscles and relax the whole body.",
                Pressure.LIGHT_MEDIUM, false, "30=50.00", "60=80.00", "90=115.00");
        order = modality(c, usd, now, ++order, "RELAXATION", "Relaxation",
                "Calm, whole-body work aimed at stress rather than a specific problem.",
                Pressure.LIGHT, false, "60=75.00", "90=105.00");
        order = modality(c, usd, now, ++order, "DEEP_TISSUE", "Deep tissue",
                "Slow strokes with deep finger pressure for chronic muscle pain and soreness.",
                Pressure.FIRM, true, "30=55.00", "60=85.00", "90=125.00");
        order = modality(c, usd, now, ++order, "THERAPEUTIC", "Therapeutic",
                "Your therapist assesses your symptoms and builds a plan for them.",
                Pressure.VARIES, false, "30=55.00", "60=90.00");
        order = modality(c, usd, now, ++order, "TRIGGER_POINT", "Trigger point",
                "Sustained pressure on tight knots that send pain elsewhere.",
                Pressure.FIRM, true, "30=50.00", "60=85.00");
        order = modality(c, usd, now, ++order, "MYOFASCIAL", "Myofascial release",
                "Slow, sustained stretch of the connective tissue around the muscles.",
                Pressure.MEDIUM, false, "60=90.00", "90=130.00");
        order = modality(c, usd, now, ++order, "NEUROMUSCULAR", "Neuromuscular",
                "Pressure on specific muscles to ease spasm and nerve-related pain.",
                Pressure.MEDIUM_FIRM, true, "60=90.00");
        order = modality(c, usd, now, ++order, "STRUCTURAL", "Structural",
                "Works on posture and alignment over several sessions.",
                Pressure.MEDIUM_FIRM, false, "60=95.00", "90=135.00");
        order = modality(c, usd, now, ++order, "HOT_STONE", "Hot stone",
                "Heated stones along the spine and in the strokes; warmth eases the muscles.",
                Pressure.LIGHT_MEDIUM, false, "60=95.00", "90=135.00");
        order = modality(c, usd, now, ++order, "SHIATSU", "Shiatsu",
                "Japanese technique: thumbs, fingers and palms press along the body.",
                Pressure.MEDIUM, false, "60=85.00", "90=120.00");
        modality(c, usd, now, ++order, "THAI", "Thai",
                "Clothed, yoga-like assisted stretches with pressure for flexibility and tension.",
                Pressure.MEDIUM_FIRM, false, "60=85.00", "90=120.00");

        CatalogStore.insert(c, new AddOn(Ids.next(), "HOT_STONES", "Hot stones", Money.of("20.00", usd), 0), 1, now);
        CatalogStore.insert(c, new AddOn(Ids.next(), "AROMATHERAPY", "Aromatherapy", Money.of("10.00", usd), 0), 2, now);
        CatalogStore.insert(c, new AddOn(Ids.next(), "EXTRA_15", "Extra 15 minutes", Money.of("20.00", usd), 15), 3, now);

        StaffStore.insert(c, new StaffMember(Ids.next(), DEMO_OWNER, StaffRole.OWNER, demoPin(DEMO_OWNER_PIN)), now);
        StaffStore.insert(c, new StaffMember(Ids.next(), DEMO_CASHIER, StaffRole.CASHIER, demoPin(DEMO_CASHIER_PIN)), now);
        StaffStore.insert(c, new StaffMember(Ids.next(), DEMO_MAYA, StaffRole.THERAPIST, demoPin(DEMO_MAYA_PIN)), now);
        StaffStore.insert(c, new StaffMember(Ids.next(), DEMO_SAM, StaffRole.THERAPIST, demoPin(DEMO_SAM_PIN)), now);
        for (String room : List.of("Willow room", "Cedar room", "Hot stone room")) {
            RoomStore.insert(c, new Room(Ids.next(), room, true), now);
        }
    }

    /** Inserts one modality with its "minutes=price" durations; returns its sort order. */
    private static int modality(Connection c, Currency currency, Instant at, int order, String code, String name,
                                String description, Pressure pressure, boolean intense, String... prices)
            throws SQLException {
        Modality modality = new Modality(Ids.next(), code, name, description, pressure, intense, order);
        CatalogStore.insert(c, modality, at);
        for (String price : prices) {
            String[] parts = price.split("=");
            CatalogStore.insert(c, new ServicePrice(Ids.next(), modality.id(), Integer.parseInt(parts[0]),
                    Money.of(parts[1], currency)), at);
        }
        return order;
    }

    /**
     * The demo's PINs are printed in the README, so neither a slow hash nor a salt of their own in
     * each demo folder would protect anything: each is hashed at the published cost once per process
     * and reused. A real clinic's PINs always get a fresh salt and the full cost ({@link PinHash#of}).
     */
    private static final Map<String, PinHash> DEMO_PIN_HASHES = new ConcurrentHashMap<>();

    private static PinHash demoPin(String pin) {
        return DEMO_PIN_HASHES.computeIfAbsent(pin, PinHash::ofPublished);
    }
}
