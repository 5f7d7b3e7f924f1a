package com.knead.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Which therapists are in on a business day. A therapist is in unless the desk marked them out
 * that day, so a clinic that never uses the rota has every therapist on shift, and one who starts
 * later in the day only needs marking once they leave.
 *
 * @param therapists the clinic's active therapists
 * @param marks      the desk's latest mark for a therapist that day: true in, false out
 */
public record Rota(LocalDate day, List<StaffMember> therapists, Map<UUID, Boolean> marks) {

    public Rota {
        Objects.requireNonNull(day, "day");
        therapists = List.copyOf(therapists);
        marks = Map.copyOf(marks);
        for (StaffMember member : therapists) {
            if (member.role() != StaffRole.THERAPIST) {
                throw new IllegalArgumentException(member.name() + " is not a therapist");
            }
        }
    }

    /** Whether this therapist is in today. */
    public boolean isIn(StaffMember therapist) {
        return marks.getOrDefault(therapist.id(), Boolean.TRUE);
    }

    /** The therapists in today, in the order of {@link #therapists()}. */
    public List<StaffMember> onShift() {
        return therapists.stream().filter(this::isIn).toList();
    }
}
