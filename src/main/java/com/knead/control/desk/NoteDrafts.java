package com.knead.control.desk;

import com.knead.domain.SessionNote;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Unsigned session notes a therapist was writing when "My sessions" closed (walked away from, the desk
 * signed out or switched, the window closed): kept in memory only, by therapist and visit, and handed
 * back only to that therapist, once they are signed in or have typed their PIN, when they open that
 * visit again. Nobody else sees them; they are gone when Knead quits. One per desk window.
 */
public final class NoteDrafts {

    private record Key(UUID therapist, UUID visit) {
    }

    private final Map<Key, SessionNote.Draft> kept = new HashMap<>();

    /** Keeps {@code draft} as {@code therapist}'s for {@code visit}; a blank one keeps nothing (and drops an older one). */
    void keep(UUID therapist, UUID visit, SessionNote.Draft draft) {
        Key key = new Key(therapist, visit);
        if (blank(draft)) {
            kept.remove(key);
        } else {
            kept.put(key, draft);
        }
    }

    /** The draft kept for {@code therapist}'s {@code visit}, handed back once and forgotten here. */
    Optional<SessionNote.Draft> take(UUID therapist, UUID visit) {
        return Optional.ofNullable(kept.remove(new Key(therapist, visit)));
    }

    static boolean blank(SessionNote.Draft d) {
        return d == null || d.areas().isEmpty() && d.modalities().isEmpty() && d.pressure() == null
                && d.response().isEmpty() && d.advice().isEmpty() && d.rebookWeeks() == null && d.text().isEmpty();
    }
}
