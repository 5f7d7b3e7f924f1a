package com.knead.store;

import java.nio.file.Path;

/**
 * A Knead whose power fails at one chosen step of opening its data folder: opens the folder given
 * first and halts the JVM, with no shutdown of any kind, as soon as the step named second is reached
 * (see {@link SchemaUpgrade.Watch}). Prints every step it reaches, so a test can also kill it from
 * outside at a moment of its own. Exits 0 when the folder opened without reaching the step.
 */
public final class UpgradeChild {

    static final int HALTED = 137;

    private UpgradeChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String haltAt = args[1];
        try (Database db = Database.open(folder, step -> {
            System.out.println(step);
            System.out.flush();
            if (step.equals(haltAt)) {
                Runtime.getRuntime().halt(HALTED);
            }
        })) {
            System.out.println("opened");
        }
        System.exit(0);
    }
}
