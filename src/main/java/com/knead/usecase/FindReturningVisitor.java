package com.knead.usecase;

import com.knead.domain.ReturningVisitor;
import com.knead.store.IntakeStore;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A visitor who has been before finds their details and last intake with their phone number and
 * date of birth; both must match, and nothing else is ever looked up or listed.
 */
public final class FindReturningVisitor {

    private final IntakeStore intakes;

    public FindReturningVisitor(IntakeStore intakes) {
        this.intakes = intakes;
    }

    /** The client with that phone number and date of birth, if there is one. */
    public Optional<ReturningVisitor> find(String phone, LocalDate dateOfBirth) {
        return intakes.returning(phone, dateOfBirth);
    }
}
