package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A therapist's note of one session, as signed with their PIN: the areas worked, the modalities used,
 * the pressure, how the client responded, the advice given, the plan ("rebook in 3 weeks") and free
 * text. A note exists only signed, and a signed note is never changed: what is learnt later is an
 * addendum, a note of its own that names the note it adds to ({@link #addendumTo}), signed and dated
 * in turn. Drafts live on the screen until they are signed.
 *
 * @param visitId     the visit the note is about, or null (a note written away from a visit)
 * @param addendumTo  the note this one adds to, or null for a session note
 * @param pressure    the pressure used, or null (an addendum says none)
 * @param rebookWeeks the plan, weeks until the next visit (1 to 52), or null for none
 */
public record SessionNote(UUID id, UUID clientId, UUID visitId, UUID addendumTo, List<BodyRegion> areas,
                          List<String> modalities, Pressure pressure, String response, String advice,
                          Integer rebookWeeks, String text, Approval signedBy, Instant signedAt) {

    public static final int MAX_RESPONSE = 600;
    public static final int MAX_ADVICE = 600;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_WEEKS = 52;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public SessionNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedAt, "signedAt");
        areas = List.copyOf(areas);
        modalities = List.copyOf(modalities);
        response = response == null ? "" : response;
        advice = advice == null ? "" : advice;
        text = text == null ? "" : text;
        if (rebookWeeks != null && (rebookWeeks < 1 || rebookWeeks > MAX_WEEKS)) {
            throw new IllegalArgumentException("A plan rebooks in 1 to " + MAX_WEEKS + " weeks: " + rebookWeeks);
        }
    }

    /**
     * A note as the therapist has it on screen before signing: quick choices first, free text after.
     * {@link #problems} says what stops it being signed.
     */
    public record Draft(List<BodyRegion> areas, List<String> modalities, Pressure pressure, String response,
                        String advice, Integer rebookWeeks, String text) {
        public Draft {
            areas = List.copyOf(areas);
            modalities = List.copyOf(modalities);
            response = ContactDetails.tidy(response);
            advice = ContactDetails.tidy(advice);
            text = text == null ? "" : text.strip();
        }

        /** Just free text, as an addendum is written. */
        public static Draft text(String text) {
            return new Draft(List.of(), List.of(), null, "", "", null, text);
        }

        /** What stops this draft being signed, in sentences for the therapist; empty when it can be signed. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (areas.isEmpty() && modalities.isEmpty() && response.isEmpty() && advice.isEmpty() && text.isEmpty()) {
                problems.add("The note is empty: choose the areas worked or write what was done.");
            }
            tooLong(response, MAX_RESPONSE, "The client's response").ifPresent(problems::add);
            tooLong(advice, MAX_ADVICE, "The advice").ifPresent(problems::add);
            tooLong(text, MAX_TEXT, "The free text").ifPresent(problems::add);
            if (rebookWeeks != null && (rebookWeeks < 1 || rebookWeeks > MAX_WEEKS)) {
                problems.add("The plan rebooks in 1 to " + MAX_WEEKS + " weeks.");
            }
            return problems;
        }

        private static Optional<String> tooLong(String typed, int most, String what) {
            return typed.codePointCount(0, typed.length()) > most
                    ? Optional.of(what + " is too long; " + most + " letters at most.") : Optional.empty();
        }
    }

    /** The note of {@code draft}, signed by {@code signer}; refuses a draft with a problem. */
    public static SessionNote signed(Draft draft, UUID clientId, UUID visitId, Approval signer, Instant at) {
        refuseFirst(draft.problems());
        return new SessionNote(Ids.next(), clientId, visitId, null, draft.areas(), draft.modalities(), draft.pressure(),
                draft.response(), draft.advice(), draft.rebookWeeks(), draft.text(), signer, at);
    }

    /** An addendum to {@code note}: free text, signed by {@code signer} at {@code at}. */
    public static SessionNote addendum(SessionNote note, String text, Approval signer, Instant at) {
        if (note.isAddendum()) {
            throw new Refused("Add to the session note itself, not to one of its addenda.");
        }
        Draft draft = Draft.text(text);
        if (draft.text().isEmpty()) {
            throw new Refused("Write what the addendum adds to the note.");
        }
        refuseFirst(draft.problems());
        return new SessionNote(Ids.next(), note.clientId(), note.visitId(), note.id(), List.of(), List.of(), null,
                "", "", null, draft.text(), signer, at);
    }

    public boolean isAddendum() {
        return addendumTo != null;
    }

    /** The plan in words: "Rebook in 3 weeks", or "". */
    public String plan() {
        return rebookWeeks == null ? "" : "Rebook in " + rebookWeeks + (rebookWeeks == 1 ? " week" : " weeks");
    }

    /** The day the plan suggests for the next visit, counted from the day the note was signed. */
    public Optional<LocalDate> nextVisit(ZoneId zone) {
        return rebookWeeks == null ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(signedAt, zone).plusWeeks(rebookWeeks));
    }

    /** "Signed by Sam Lee on 10 Mar 2026 15:00". */
    public String signature(ZoneId zone) {
        return "Signed by " + signedBy.staffName() + " on " + SHOWN.format(signedAt.atZone(zone));
    }

    /** The areas in words: "Neck, Upper back". */
    public String areasInWords() {
        return areas.stream().map(BodyRegion::label).collect(Collectors.joining(", "));
    }

    private static void refuseFirst(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0));
        }
    }
}
