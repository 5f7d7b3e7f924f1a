package com.knead.store;

import com.knead.domain.Clinic;
import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.domain.Rota;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The desk's marks of which therapists are in on a day; appended, the latest one counting. */
public final class RotaStore {

    private final Database db;
    private final Clinic clinic;
    private final StaffStore staff;

    RotaStore(Database db, Clinic clinic, StaffStore staff) {
        this.db = db;
        this.clinic = clinic;
        this.staff = staff;
    }

    /** Who is in on a business day. */
    public Rota rota(LocalDate day) {
        List<StaffMember> therapists = staff.active().stream().filter(m -> m.role() == StaffRole.THERAPIST).toList();
        Map<UUID, Boolean> marks = db.read(c -> {
            Map<UUID, Boolean> latest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT staff_id, on_shift FROM therapist_shift "
                    + "WHERE business_day = ? ORDER BY created_at, id")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        latest.put(Rows.uuid(rs, "staff_id"), rs.getBoolean("on_shift"));
                    }
                }
            }
            return latest;
        });
        return new Rota(day, therapists, marks);
    }

    /** Marks a therapist in or out for the business day of {@code at}; returns the day's rota after it. */
    public Rota mark(StaffMember therapist, boolean in, Instant at) {
        if (therapist.role() != StaffRole.THERAPIST) {
            throw new Refused(therapist.name() + " is not a therapist, so is not on the rota.");
        }
        Instant when = Rows.storable(at);
        LocalDate day = clinic.businessDay(when);
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO therapist_shift (id, staff_id, business_day, "
                    + "on_shift, created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
                ps.setObject(1, Ids.next());
                ps.setObject(2, therapist.id());
                ps.setObject(3, day);
                ps.setBoolean(4, in);
                Rows.stamps(ps, 5, when);
                ps.executeUpdate();
            }
            return null;
        });
        return rota(day);
    }
}
