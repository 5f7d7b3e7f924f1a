package com.knead.usecase;

import com.knead.domain.Refused;
import java.time.LocalDate;

/** The sentences a report gives for days it cannot cover, the same in the office and on the command line. */
final class ReportDays {

    private ReportDays() {
    }

    /** A business day after today: nothing can have been recorded on it yet. */
    static String notYet(LocalDate day, LocalDate today) {
        return day + " has not come yet (today is " + today + "), so it has no sales to report.";
    }

    /** Refuses a range that ends before it starts or reaches past today. */
    static void checkRange(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw new Refused("The range ends (" + to + ") before it starts (" + from + "); give the earlier day first.");
        }
        if (from.isAfter(today)) {
            throw new Refused(notYet(from, today));
        }
    }
}
