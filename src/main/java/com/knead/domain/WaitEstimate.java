package com.knead.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How long a visitor who just checked in will wait, in whole minutes, by a rule anyone at the desk
 * can check: every visit waiting ahead adds its minutes (with the minutes its add-ons add, such as
 * "extra 15 minutes"), every visit in session adds half of them (on average it is half way
 * through), and that work is shared by the therapists on shift (at least one). The result is
 * rounded up to the next 5 minutes; 0 means "you're next".
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    public static int minutes(List<Visit> today, UUID visitId, int therapistsOnShift) {
        return minutes(today, Map.of(), visitId, therapistsOnShift);
    }

    /** @param extraMinutes the minutes add-ons add to a visit, by visit id (visits without any may be absent) */
    public static int minutes(List<Visit> today, Map<UUID, Integer> extraMinutes, UUID visitId, int therapistsOnShift) {
        Visit own = today.stream().filter(v -> v.id().equals(visitId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The visit is not in today's list"));
        // Counted in half minutes, so "half of a session" stays a whole number.
        int halfMinutes = 0;
        for (Visit visit : today) {
            int minutes = visit.minutes() + extraMinutes.getOrDefault(visit.id(), 0);
            if (visit.status() == VisitStatus.CHECKED_IN && visit.queueNumber() < own.queueNumber()) {
                halfMinutes += 2 * minutes;
            } else if (visit.status() == VisitStatus.IN_SESSION) {
                halfMinutes += minutes;
            }
        }
        // Shared by the therapists and rounded up to the next 5 minutes (10 half minutes per therapist).
        int perStep = 10 * Math.max(1, therapistsOnShift);
        return (halfMinutes + perStep - 1) / perStep * 5;
    }
}
