package com.knead.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a client's intake: their answers and pain map, the red flags they raised, and
 * the signed consent. Never changed once kept: a returning client's changes make version n+1.
 */
public record Intake(UUID id, UUID clientId, int version, IntakeAnswers answers, List<RedFlag> redFlags,
                     Signature signature, Instant createdAt) {

    public Intake {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(createdAt, "createdAt");
        redFlags = List.copyOf(redFlags);
        if (version < 1) {
            throw new IllegalArgumentException("Intake versions start at 1: " + version);
        }
    }

    public boolean redFlagged() {
        return !redFlags.isEmpty();
    }
}
