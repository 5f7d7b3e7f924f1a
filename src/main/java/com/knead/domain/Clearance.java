package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the desk recorded about a physician's clearance for a visit whose intake raised a red flag:
 * the physician who cleared the client (with the date of the clearance and a short note), that the
 * client has no clearance, or that a manager or the owner let the session go ahead without one, and
 * why. Records are only ever added; the latest of a visit is the one that counts. The session of a
 * red-flagged visit starts only on a clearance or such a waiver ({@link #requireBeforeSession}).
 */
public record Clearance(UUID id, UUID visitId, Kind kind, String physician, LocalDate clearedOn, String note,
                        Approval approval, Instant recordedAt) {

    public static final int MAX_PHYSICIAN = 80;
    public static final int MAX_NOTE = 200;
    /** A clearance older than this no longer speaks for how the client is today. */
    public static final int OLDEST_MONTHS = 12;
    /** Who may let a red-flagged session go ahead without a clearance. */
    public static final Set<StaffRole> MAY_WAIVE = EnumSet.of(StaffRole.MANAGER, StaffRole.OWNER);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What was recorded. */
    public enum Kind {
        /** A physician cleared the client for massage. */
        CLEARED,
        /** The client has no clearance: the session waits. */
        NONE,
        /** A manager or the owner let the session go ahead without a clearance. */
        WAIVED
    }

    /** The box a problem is about, so the desk can show it there. */
    public enum Field { PHYSICIAN, DATE, NOTE }

    public record Problem(Field field, String sentence) {
    }

    public Clearance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordedAt, "recordedAt");
        physician = physician == null ? "" : physician;
        note = note == null ? "" : note;
        if (kind == Kind.CLEARED && (physician.isEmpty() || clearedOn == null)) {
            throw new IllegalArgumentException("A clearance names its physician and date.");
        }
        if (kind == Kind.WAIVED && (approval == null || note.isEmpty())) {
            throw new IllegalArgumentException("A waiver carries its approval and reason.");
        }
    }

    /** Checks a clearance as typed at the desk; an empty list means it can be recorded. */
    public static List<Problem> checkCleared(String physician, String date, String note, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String name = ContactDetails.tidy(physician);
        if (name.isEmpty()) {
            problems.add(new Problem(Field.PHYSICIAN, "Type the name of the physician who cleared the client."));
        } else if (name.codePoints().noneMatch(Character::isLetter)) {
            problems.add(new Problem(Field.PHYSICIAN, "That does not look like a name; type the physician's name."));
        } else if (letters(name) > MAX_PHYSICIAN) {
            problems.add(new Problem(Field.PHYSICIAN, "That name is too long; " + MAX_PHYSICIAN + " letters at most."));
        }
        dateProblem(date, today).ifPresent(sentence -> problems.add(new Problem(Field.DATE, sentence)));
        checkNote(note).ifPresent(problems::add);
        return problems;
    }

    /** A physician's clearance; refuses with the first problem {@link #checkCleared} finds. */
    public static Clearance cleared(UUID visitId, String physician, String date, String note, LocalDate today,
                                    Instant at) {
        refuseFirst(checkCleared(physician, date, note, today));
        return new Clearance(Ids.next(), visitId, Kind.CLEARED, ContactDetails.tidy(physician),
                LocalDate.parse(date.strip()), ContactDetails.tidy(note), null, at);
    }

    /** That the client has no clearance, with an optional note ("will see her doctor on Monday"). */
    public static Clearance none(UUID visitId, String note, Instant at) {
        refuseFirst(checkNote(note).stream().toList());
        return new Clearance(Ids.next(), visitId, Kind.NONE, "", null, ContactDetails.tidy(note), null, at);
    }

    /** Checks why a session should go ahead without a clearance; empty means it will do. */
    public static Optional<Problem> checkWaiver(String reason) {
        if (ContactDetails.tidy(reason).isEmpty()) {
            return Optional.of(new Problem(Field.NOTE,
                    "Say in the note why the session may go ahead without a physician clearance."));
        }
        return checkNote(reason);
    }

    /** Checks the note that goes with any record (it may be empty); empty means it will do. */
    public static Optional<Problem> checkNote(String note) {
        if (letters(ContactDetails.tidy(note)) > MAX_NOTE) {
            return Optional.of(new Problem(Field.NOTE, "The note is too long; " + MAX_NOTE + " letters at most."));
        }
        return Optional.empty();
    }

    /** A manager's or the owner's decision to go ahead without a clearance, with why. */
    public static Clearance waived(UUID visitId, String reason, Approval approval, Instant at) {
        Objects.requireNonNull(approval, "approval");
        refuseFirst(checkWaiver(reason).stream().toList());
        return new Clearance(Ids.next(), visitId, Kind.WAIVED, "", null, ContactDetails.tidy(reason), approval, at);
    }

    /**
     * Refuses, in a sentence for the cashier, to start the session of a red-flagged visit whose latest
     * record is not a clearance or a waiver. A visit without a red flag needs nothing.
     */
    public static void requireBeforeSession(Visit visit, Optional<Clearance> latest) {
        if (!visit.redFlag() || latest.map(Clearance::allowsSession).orElse(false)) {
            return;
        }
        String orWaive = " or a manager can let it go ahead without one.";
        if (latest.isEmpty()) {
            throw new Refused(visit.clientName() + "'s intake has a red flag: record the physician's clearance "
                    + "before the session starts," + orWaive);
        }
        throw new Refused(visit.clientName() + " has no physician clearance, so the session cannot start. Record "
                + "the clearance when there is one," + orWaive);
    }

    /**
     * Whether this record, the latest of an earlier visit whose red flags were {@code flagsThen},
     * stands for a later visit on {@code day}: only a physician's clearance does, until twelve months
     * after its date, and only while no visit since ({@code flagsSince}, the later visit's last) raised
     * a red flag the cleared visit did not.
     */
    public boolean carriesOverTo(LocalDate day, Set<String> flagsThen, List<Set<String>> flagsSince) {
        return kind == Kind.CLEARED && day.isBefore(clearedOn.plusMonths(OLDEST_MONTHS))
                && flagsSince.stream().allMatch(flagsThen::containsAll);
    }

    /** Whether the session may start on this record. */
    public boolean allowsSession() {
        return kind != Kind.NONE;
    }

    /** The record in plain words, as the desk and the therapist's intake summary show it. */
    public String summary() {
        String noted = note.isEmpty() ? "" : " Note: " + note;
        return switch (kind) {
            case CLEARED -> "Cleared by " + physician + " on " + SHOWN.format(clearedOn) + "." + noted;
            case NONE -> "Not cleared: the client has no physician clearance." + noted;
            case WAIVED -> "Not cleared by a physician; " + approval.staffName() + " approved going ahead without a "
                    + "clearance: " + note;
        };
    }

    private static Optional<String> dateProblem(String date, LocalDate today) {
        String typed = date == null ? "" : date.strip();
        String example = " as year-month-day, for example " + today + ".";
        if (typed.isEmpty()) {
            return Optional.of("Type the date of the clearance" + example);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(typed);
        } catch (DateTimeParseException notADate) {
            return Optional.of("That is not a date; type it" + example);
        }
        if (day.isAfter(today)) {
            return Optional.of("The date of the clearance is in the future.");
        }
        if (day.isBefore(today.minusMonths(OLDEST_MONTHS))) {
            return Optional.of("That clearance is more than " + OLDEST_MONTHS + " months old; ask the client for a "
                    + "recent one.");
        }
        return Optional.empty();
    }

    private static int letters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void refuseFirst(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0).sentence());
        }
    }
}
