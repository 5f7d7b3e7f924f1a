package com.knead.domain;

import java.util.Objects;

/** A client as the intake summary shows them, with the intake version a visit was checked in with. */
public record ClientIntake(ClientDetails client, Intake intake) {
    public ClientIntake {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(intake, "intake");
    }
}
