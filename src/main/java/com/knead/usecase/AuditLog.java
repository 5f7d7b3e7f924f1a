package com.knead.usecase;

import com.knead.domain.Refused;
import com.knead.domain.StaffListing;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.StaffStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner reads what was logged (kiosk lookups, PINs, staff changes, the office's lock, exports),
 * newest first, between two business days and, if asked, of one place, action or staff member, with
 * times in the clinic's zone and names instead of keys.
 */
public final class AuditLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Which entries: the business days {@code from} to {@code to}, both included, and optional narrowing. */
    public record Filter(LocalDate from, LocalDate to, Optional<String> place, Optional<String> action,
                         Optional<UUID> staff) {
        public Filter {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(staff, "staff");
        }

        /** Every entry of the days {@code from} to {@code to}. */
        public static Filter days(LocalDate from, LocalDate to) {
            return new Filter(from, to, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * One entry as the owner reads it.
     *
     * @param time   when, in the clinic's zone ("2026-12-01 14:05:09")
     * @param staff  the staff member's name, or ""
     * @param client the client's name, or ""
     */
    public record Line(Instant at, String time, String place, String action, String outcome, String staff,
                       String client, String detail) {
    }

    /** What the filters offer: the places and actions logged so far and everyone on the staff list. */
    public record Choices(List<String> places, List<String> actions, List<StaffMember> staff) {
    }

    private final AuditStore audit;
    private final StaffStore staff;
    private final ZoneId zone;

    public AuditLog(AuditStore audit, StaffStore staff, ZoneId zone) {
        this.audit = audit;
        this.staff = staff;
        this.zone = zone;
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditStore.Entry> latest(int limit) {
        return audit.latest(limit);
    }

    /** The entries {@code filter} asks for, newest first; refused when its days are the wrong way round. */
    public List<Line> lines(Filter filter) {
        if (filter.to().isBefore(filter.from())) {
            throw new Refused("The last day (" + filter.to() + ") is before the first (" + filter.from() + ").");
        }
        AuditStore.Query query = new AuditStore.Query(filter.from().atStartOfDay(zone).toInstant(),
                filter.to().plusDays(1).atStartOfDay(zone).toInstant(), filter.place(), filter.action(), filter.staff());
        return audit.find(query).stream().map(this::line).toList();
    }

    public Choices choices() {
        AuditStore.Kinds kinds = audit.kinds();
        return new Choices(kinds.places(), kinds.actions(),
                staff.all().people().stream().map(StaffListing::member).toList());
    }

    /** Today in the clinic's zone, for the filters' first dates. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The clinic's zone, named, for the time column's heading. */
    public ZoneId zone() {
        return zone;
    }

    private Line line(AuditStore.Named named) {
        AuditStore.Entry e = named.entry();
        return new Line(e.at(), TIME.format(e.at().atZone(zone)), e.place(), e.action(), e.outcome(),
                named.staffName(), named.clientName(), e.detail());
    }
}
