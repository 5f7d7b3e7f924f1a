package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** A person who has visited the clinic. The kiosk never lists clients; only staff see names. */
public record Client(UUID id, String name, String phone) {
    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }
}
