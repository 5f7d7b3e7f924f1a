package com.knead.store;

import com.knead.domain.AddOn;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.PriceChange;
import com.knead.domain.PriceList;
import com.knead.domain.PriceSheet;
import com.knead.domain.PricedKind;
import com.knead.domain.Pressure;
import com.knead.domain.Refused;
import com.knead.domain.ServicePrice;
import com.knead.domain.TaxPolicy;
import com.knead.domain.TaxRateChange;
import com.knead.domain.TaxRates;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Modalities, their durations and add-ons, and the dated changes of their prices: the clinic's price
 * list on any day, with the tax rate. Price and tax-rate changes are only ever inserted; the price in
 * effect on a day is the latest change effective on or before it.
 */
public final class CatalogStore {

    private final Database db;
    private final Currency currency;
    private final TaxPolicy taxAsSetUp;

    /** {@code taxAsSetUp}: the clinic's tax as its setup made it, in effect until a dated change of the rate. */
    public CatalogStore(Database db, Currency currency, TaxPolicy taxAsSetUp) {
        this.db = db;
        this.currency = currency;
        this.taxAsSetUp = taxAsSetUp;
    }

    /** The tax rate as set up and every dated change of it since. */
    public TaxRates taxRates() {
        return db.read(this::taxRates);
    }

    /** Records a new tax rate, with its audit entry, in one transaction. */
    public void changeTaxRate(TaxRateChange change, Optional<UUID> madeBy, AuditStore.Entry audit) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tax_rate_change (id, rate, effective_from, "
                    + "made_by, made_by_name, created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
                ps.setObject(1, change.id());
                ps.setBigDecimal(2, change.ratePercent());
                ps.setObject(3, change.from().orElseThrow());
                ps.setObject(4, madeBy.orElse(null));
                ps.setString(5, change.madeBy());
                Rows.stamps(ps, 6, change.madeAt());
                ps.executeUpdate();
            }
            AuditStore.append(c, audit);
            return null;
        });
    }

    private TaxRates taxRates(Connection c) throws SQLException {
        List<TaxRateChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, rate, effective_from, made_by_name, created_at FROM tax_rate_change");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                changes.add(new TaxRateChange(Rows.uuid(rs, "id"), rs.getBigDecimal("rate"),
                        Optional.of(rs.getDate("effective_from").toLocalDate()), rs.getString("made_by_name"),
                        Rows.instant(rs, "created_at")));
            }
        }
        return new TaxRates(taxAsSetUp, changes);
    }

    /** What the desk sells on {@code day}: every modality, duration and add-on with a price in effect then. */
    public PriceList priceListOn(LocalDate day) {
        return db.read(c -> priceList(c, day, false));
    }

    /** What the kiosk offers on {@code day}: the same, without the modalities kept off the kiosk. */
    public PriceList kioskPriceListOn(LocalDate day) {
        return db.read(c -> priceList(c, day, true));
    }

    /** The price list as the owner works on it on {@code today}, with prices not yet set and those pending. */
    public PriceSheet sheet(LocalDate today) {
        return db.read(c -> {
            Map<UUID, List<PriceChange>> changes = byItem(changes(c));
            List<PriceSheet.Offer> offers = new ArrayList<>();
            List<Duration> durations = durations(c);
            for (Listed listed : modalities(c)) {
                List<PriceSheet.DurationPrice> priced = durations.stream()
                        .filter(d -> d.modalityId().equals(listed.modality().id()))
                        .map(d -> {
                            List<PriceChange> of = changes.getOrDefault(d.id(), List.of());
                            return new PriceSheet.DurationPrice(d.id(), d.minutes(),
                                    PriceChange.inEffect(of, today).map(PriceChange::price), PriceChange.pending(of, today));
                        }).toList();
                offers.add(new PriceSheet.Offer(listed.modality(), listed.onKiosk(), priced));
            }
            List<PriceSheet.AddOnPrice> addOns = new ArrayList<>();
            for (ListedAddOn a : addOnRows(c)) {
                List<PriceChange> of = changes.getOrDefault(a.id(), List.of());
                addOns.add(new PriceSheet.AddOnPrice(a.id(), a.name(), PriceChange.inEffect(of, today).map(PriceChange::price),
                        PriceChange.pending(of, today)));
            }
            List<PriceSheet.PrepaidPrice> prepaid = new ArrayList<>();
            for (PrepaidOffer offer : PrepaidOfferRows.active(c)) {
                List<PriceChange> of = changes.getOrDefault(offer.id(), List.of());
                prepaid.add(new PriceSheet.PrepaidPrice(offer, PriceChange.inEffect(of, today).map(PriceChange::price),
                        PriceChange.pending(of, today)));
            }
            return new PriceSheet(today, offers, addOns, prepaid, PriceSheet.Tax.of(taxRates(c), today));
        });
    }

    /** Every price change ever made, the newest first. */
    public List<PriceChange> history() {
        return db.read(c -> {
            List<PriceChange> all = new ArrayList<>(changes(c));
            all.sort(Comparator.comparing(PriceChange::madeAt).thenComparing(PriceChange::id).reversed());
            return all;
        });
    }

    /** The name of every modality ever offered, so old sales still name theirs. */
    public Map<UUID, String> modalityNames() {
        return db.read(c -> {
            Map<UUID, String> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM modality");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(Rows.uuid(rs, "id"), rs.getString("name"));
                }
            }
            return names;
        });
    }

    /** Records a new price, with its audit entry, in one transaction. */
    public void changePrice(PriceChange change, Optional<UUID> madeBy, AuditStore.Entry audit) {
        db.transaction(c -> {
            insert(c, change, madeBy);
            AuditStore.append(c, audit);
            return null;
        });
    }

    /** Adds a modality at the end of the list, offered on the kiosk, with no durations yet. */
    public Modality addModality(String code, String name, String description, Pressure pressure, boolean intense,
                                Instant at, AuditStore.Entry audit) {
        return db.transaction(c -> {
            if (exists(c, "SELECT 1 FROM modality WHERE active AND (code = ? OR LOWER(name) = LOWER(?))", code, name)) {
                throw new Refused("There is already a modality called " + name + ".");
            }
            int last = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sort_order), 0) FROM modality");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = rs.getInt(1);
            }
            Modality modality = new Modality(Ids.next(), code, name, description, pressure, intense, last + 1);
            insert(c, modality, at);
            AuditStore.append(c, audit);
            return modality;
        });
    }

    /** Gives a modality a new name and description. */
    public void describe(UUID modalityId, String name, String description, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            if (exists(c, "SELECT 1 FROM modality WHERE active AND id <> ? AND LOWER(name) = LOWER(?)", modalityId, name)) {
                throw new Refused("There is already a modality called " + name + ".");
            }
            update(c, "UPDATE modality SET name = ?, description = ?, updated_at = ? WHERE id = ?",
                    name, description, Rows.utc(at), modalityId);
            AuditStore.append(c, audit);
            return null;
        });
    }

    /** Shows a modality on the kiosk, or keeps it off (it can still be sold at the desk). */
    public void showOnKiosk(UUID modalityId, boolean onKiosk, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            update(c, "UPDATE modality SET on_kiosk = ?, updated_at = ? WHERE id = ?", onKiosk, Rows.utc(at), modalityId);
            AuditStore.append(c, audit);
            return null;
        });
    }

    /** Puts the modalities in this order (the kiosk's and the desk's). */
    public void reorder(List<UUID> modalityIds, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            int order = 0;
            for (UUID id : modalityIds) {
                update(c, "UPDATE modality SET sort_order = ?, updated_at = ? WHERE id = ?", ++order, Rows.utc(at), id);
            }
            AuditStore.append(c, audit);
            return null;
        });
    }

    /**
     * Offers a modality at one more duration, priced by {@code first} (the change's item is the new
     * duration's key) or, when empty, ready to be priced. A duration retired before comes back.
     */
    public UUID addDuration(UUID modalityId, int minutes, Optional<Money> price, Optional<LocalDate> from,
                            Optional<UUID> madeBy, String madeByName, Instant at, AuditStore.Entry audit) {
        return db.transaction(c -> {
            UUID id;
            Optional<UUID> retired = findDuration(c, modalityId, minutes);
            if (retired.isPresent()) {
                id = retired.get();
                if (exists(c, "SELECT 1 FROM service_price WHERE id = ? AND active", id)) {
                    throw new Refused("That modality already has " + minutes + " minutes.");
                }
                update(c, "UPDATE service_price SET active = TRUE, updated_at = ? WHERE id = ?", Rows.utc(at), id);
            } else {
                id = Ids.next();
                insertDuration(c, id, modalityId, minutes, at);
            }
            if (price.isPresent()) {
                insert(c, new PriceChange(Ids.next(), PricedKind.SERVICE, id, "", price.get(), from, madeByName, at), madeBy);
            }
            AuditStore.append(c, audit);
            return id;
        });
    }

    /**
     * Puts a package or a gift card on the price list at {@code price} from {@code from} on (empty:
     * ready to be priced), with its audit entry, in one transaction.
     */
    public void addPrepaidOffer(PrepaidOffer offer, Optional<Money> price, LocalDate from, Optional<UUID> madeBy,
                                String madeByName, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            PrepaidOfferRows.insert(c, offer, at);
            if (price.isPresent()) {
                insert(c, new PriceChange(Ids.next(), offer.kind(), offer.id(), offer.name(), price.get(), Optional.of(from),
                        madeByName, at), madeBy);
            }
            AuditStore.append(c, audit);
            return null;
        });
    }

    /** Takes a package or gift-card offer off the price list (those already sold keep working). */
    public void retirePrepaidOffer(UUID offerId, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            PrepaidOfferRows.retire(c, offerId, at);
            AuditStore.append(c, audit);
            return null;
        });
    }

    /** No longer offers a duration (old sales and visits still name it). */
    public void retireDuration(UUID durationId, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            update(c, "UPDATE service_price SET active = FALSE, updated_at = ? WHERE id = ?", Rows.utc(at), durationId);
            AuditStore.append(c, audit);
            return null;
        });
    }

    private PriceList priceList(Connection c, LocalDate day, boolean kioskOnly) throws SQLException {
        Map<UUID, List<PriceChange>> changes = byItem(changes(c));
        List<Modality> modalities = modalities(c).stream().filter(l -> !kioskOnly || l.onKiosk())
                .map(Listed::modality).toList();
        List<ServicePrice> prices = new ArrayList<>();
        for (Duration d : durations(c)) {
            PriceChange.inEffect(changes.getOrDefault(d.id(), List.of()), day)
                    .ifPresent(p -> prices.add(new ServicePrice(d.id(), d.modalityId(), d.minutes(), p.price())));
        }
        List<AddOn> addOns = new ArrayList<>();
        for (ListedAddOn a : addOnRows(c)) {
            PriceChange.inEffect(changes.getOrDefault(a.id(), List.of()), day)
                    .ifPresent(p -> addOns.add(new AddOn(a.id(), a.code(), a.name(), p.price(), a.extraMinutes())));
        }
        List<UUID> shown = modalities.stream().map(Modality::id).toList();
        List<ServicePrice> offered = prices.stream().filter(p -> shown.contains(p.modalityId())).toList();
        List<PrepaidOffer.Priced> prepaid = new ArrayList<>();
        for (PrepaidOffer offer : PrepaidOfferRows.active(c)) {
            // A package of a service no longer offered is not sold either.
            boolean sellable = offer.service().map(s -> offered.stream().anyMatch(p -> p.id().equals(s))).orElse(true);
            PriceChange.inEffect(changes.getOrDefault(offer.id(), List.of()), day)
                    .filter(p -> sellable)
                    .ifPresent(p -> prepaid.add(new PrepaidOffer.Priced(offer, p.price())));
        }
        return new PriceList(modalities, offered, addOns, prepaid);
    }

    private static Map<UUID, List<PriceChange>> byItem(List<PriceChange> changes) {
        Map<UUID, List<PriceChange>> byItem = new HashMap<>();
        changes.forEach(ch -> byItem.computeIfAbsent(ch.item(), k -> new ArrayList<>()).add(ch));
        return byItem;
    }

    private List<PriceChange> changes(Connection c) throws SQLException {
        List<PriceChange> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pc.id, pc.item_kind, pc.item_id, pc.price, "
                + "pc.effective_from, pc.made_by_name, pc.created_at, m.name AS modality_name, sp.minutes, "
                + "a.name AS add_on_name, po.name AS offer_name FROM price_change pc "
                + "LEFT JOIN service_price sp ON pc.item_kind = 'SERVICE' AND sp.id = pc.item_id "
                + "LEFT JOIN modality m ON m.id = sp.modality_id "
                + "LEFT JOIN add_on a ON pc.item_kind = 'ADD_ON' AND a.id = pc.item_id "
                + "LEFT JOIN prepaid_offer po ON pc.item_kind IN ('PACKAGE', 'GIFT_CARD') AND po.id = pc.item_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PricedKind kind = PricedKind.valueOf(rs.getString("item_kind"));
                String what = switch (kind) {
                    case SERVICE -> rs.getString("modality_name") + " " + rs.getInt("minutes") + " min";
                    case ADD_ON -> rs.getString("add_on_name");
                    case PACKAGE, GIFT_CARD -> rs.getString("offer_name");
                };
                Date from = rs.getDate("effective_from");
                result.add(new PriceChange(Rows.uuid(rs, "id"), kind, Rows.uuid(rs, "item_id"), what,
                        Rows.money(rs, "price", currency), Optional.ofNullable(from).map(Date::toLocalDate),
                        rs.getString("made_by_name"), Rows.instant(rs, "created_at")));
            }
        }
        return result;
    }

    private record Listed(Modality modality, boolean onKiosk) {
    }

    private record Duration(UUID id, UUID modalityId, int minutes) {
    }

    private record ListedAddOn(UUID id, String code, String name, int extraMinutes) {
    }

    private static List<Listed> modalities(Connection c) throws SQLException {
        List<Listed> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, description, pressure, intense, sort_order, "
                + "on_kiosk FROM modality WHERE active ORDER BY sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Listed(new Modality(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), Pressure.valueOf(rs.getString("pressure")),
                        rs.getBoolean("intense"), rs.getInt("sort_order")), rs.getBoolean("on_kiosk")));
            }
        }
        return result;
    }

    private static List<Duration> durations(Connection c) throws SQLException {
        List<Duration> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, modality_id, minutes FROM service_price WHERE active ORDER BY minutes");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Duration(Rows.uuid(rs, "id"), Rows.uuid(rs, "modality_id"), rs.getInt("minutes")));
            }
        }
        return result;
    }

    private static List<ListedAddOn> addOnRows(Connection c) throws SQLException {
        List<ListedAddOn> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, name, extra_minutes FROM add_on WHERE active ORDER BY sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new ListedAddOn(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("extra_minutes")));
            }
        }
        return result;
    }

    private static Optional<UUID> findDuration(Connection c, UUID modalityId, int minutes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM service_price WHERE modality_id = ? AND minutes = ?")) {
            ps.setObject(1, modalityId);
            ps.setInt(2, minutes);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.uuid(rs, "id")) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Updates the one row the statement names, or says it has gone. */
    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            if (ps.executeUpdate() != 1) {
                throw new Refused("That is no longer on the price list; open the prices again.");
            }
        }
    }

    static void insert(Connection c, Modality m, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO modality (id, code, name, description, pressure, "
                + "intense, sort_order, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,TRUE,?,?)")) {
            ps.setObject(1, m.id());
            ps.setString(2, m.code());
            ps.setString(3, m.name());
            ps.setString(4, m.description());
            ps.setString(5, m.pressure().name());
            ps.setBoolean(6, m.intense());
            ps.setInt(7, m.sortOrder());
            Rows.stamps(ps, 8, at);
            ps.executeUpdate();
        }
    }

    /** A duration of a modality with no price yet: ready to be priced, offered nowhere until it is. */
    static void insertDuration(Connection c, UUID id, UUID modalityId, int minutes, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_price (id, modality_id, minutes, "
                + "active, created_at, updated_at) VALUES (?,?,?,TRUE,?,?)")) {
            ps.setObject(1, id);
            ps.setObject(2, modalityId);
            ps.setInt(3, minutes);
            Rows.stamps(ps, 4, at);
            ps.executeUpdate();
        }
    }

    /** A duration priced from the start (a seeded clinic's). */
    static void insert(Connection c, ServicePrice p, Instant at) throws SQLException {
        insertDuration(c, p.id(), p.modalityId(), p.minutes(), at);
        insert(c, new PriceChange(Ids.next(), PricedKind.SERVICE, p.id(), "", p.price(), Optional.empty(), "", at),
                Optional.empty());
    }

    /** An add-on priced from the start (a seeded clinic's). */
    static void insert(Connection c, AddOn a, int sortOrder, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO add_on (id, code, name, extra_minutes, "
                + "sort_order, active, created_at, updated_at) VALUES (?,?,?,?,?,TRUE,?,?)")) {
            ps.setObject(1, a.id());
            ps.setString(2, a.code());
            ps.setString(3, a.name());
            ps.setInt(4, a.extraMinutes());
            ps.setInt(5, sortOrder);
            Rows.stamps(ps, 6, at);
            ps.executeUpdate();
        }
        insert(c, new PriceChange(Ids.next(), PricedKind.ADD_ON, a.id(), "", a.price(), Optional.empty(), "", at),
                Optional.empty());
    }

    private static void insert(Connection c, PriceChange change, Optional<UUID> madeBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO price_change (id, item_kind, item_id, price, "
                + "effective_from, made_by, made_by_name, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, change.id());
            ps.setString(2, change.kind().name());
            ps.setObject(3, change.item());
            ps.setBigDecimal(4, change.price().amount());
            ps.setObject(5, change.from().orElse(null));
            ps.setObject(6, madeBy.orElse(null));
            ps.setString(7, change.madeBy());
            Rows.stamps(ps, 8, change.madeAt());
            ps.executeUpdate();
        }
    }
}
