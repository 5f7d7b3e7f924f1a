package com.knead.domain;

import java.util.Objects;
import java.util.UUID;

/** One of the clinic's treatment rooms; a retired room is kept (past visits name it) but no longer offered. */
public record Room(UUID id, String name, boolean inUse) {

    public static final int MAX_NAME = 60;

    public Room {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Refuses a room name that is empty or too long; returns it stripped. */
    public static String requireName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new Refused("Type the room's name, like \"Room 1\" or \"Garden room\".");
        }
        if (name.length() > MAX_NAME) {
            throw new Refused("That room name is too long; " + MAX_NAME + " characters at most.");
        }
        return name;
    }
}
