package com.knead.app;

import com.knead.domain.Refused;
import com.knead.domain.StaffRole;
import com.knead.sync.CentralStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code knead central modality|add-on|staff}: services, add-ons and staff made at the centre for
 * every clinic, which each takes at its next sync. Each command states the item as it is to be now;
 * running it again with the same code (or name, for a person) changes it.
 */
final class CentralCatalogCommands {

    private CentralCatalogCommands() {
    }

    @Command(name = "modality", mixinStandardHelpOptions = true,
            description = "Make or change a modality for every clinic, by its code: name, description, durations, "
                    + "whether the kiosk shows it, its place in the list; each clinic takes it at its next sync.")
    static final class ModalityCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CentralOptions central;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The code every clinic knows it by, e.g. HOT_STONE.")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "What the kiosk and the desk call it.")
        String name;

        @Option(names = "--description", paramLabel = "TEXT", description = "One line for the kiosk's card (default: as before, or none).")
        String description;

        @Option(names = "--minutes", paramLabel = "N,N,…", description = "Its durations, e.g. 30,60,90 (default: as before, or none).")
        String minutes;

        @Option(names = "--hidden", description = "Kept off the kiosk (still sold at the desk).")
        boolean hidden;

        @Option(names = "--order", paramLabel = "N", description = "Its place in the list, 1 first (default: as before, or last).")
        Integer order;

        @Override
        public Integer call() throws IOException {
            String typedCode = code(code);
            String typedName = text(name, "name", 80);
            Optional<String> typedDescription = description == null ? Optional.empty()
                    : Optional.of(description.strip());
            if (typedDescription.isPresent() && typedDescription.get().length() > 400) {
                throw new Refused("A description is at most 400 characters.");
            }
            Optional<List<Integer>> durations = minutes == null ? Optional.empty() : Optional.of(durations(minutes));
            if (order != null && order < 1) {
                throw new Refused("--order is a place in the list: 1 or more.");
            }
            var address = central.address();
            boolean made;
            try (CentralStore store = CentralStore.connect(address)) {
                made = store.changeModality(typedCode, typedName, typedDescription, durations, !hidden,
                        Optional.ofNullable(order), Instant.now());
            }
            say(spec, (made ? "Made " : "Changed ") + typedName + " (" + typedCode + ") for every clinic"
                    + durations.map(d -> ", " + String.join(" / ", d.stream().map(String::valueOf).toList()) + " min")
                    .orElse("") + (hidden ? ", kept off the kiosk" : "") + "; each takes it at its next sync"
                    + (durations.isPresent() ? " (price each duration with knead central price)." : "."));
            return 0;
        }

        static List<Integer> durations(String typed) {
            List<Integer> result = new ArrayList<>();
            for (String part : Arrays.stream(typed.split(",")).map(String::strip).toList()) {
                int length;
                try {
                    length = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    throw new Refused("\"" + typed + "\" is not a list of minutes; write it like 30,60,90.");
                }
                if (length < 5 || length > 480) {
                    throw new Refused("A duration is 5 to 480 minutes; " + length + " is not.");
                }
                if (!result.contains(length)) {
                    result.add(length);
                }
            }
            return result.stream().sorted().toList();
        }
    }

    @Command(name = "add-on", mixinStandardHelpOptions = true,
            description = "Make or rename an add-on for every clinic, by its code; price it with knead central price --add-on.")
    static final class AddOnCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CentralOptions central;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The code every clinic knows it by, e.g. HOT_STONES.")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "What the kiosk and the desk call it.")
        String name;

        @Override
        public Integer call() throws IOException {
            String typedCode = code(code);
            String typedName = text(name, "name", 80);
            var address = central.address();
            boolean made;
            try (CentralStore store = CentralStore.connect(address)) {
                made = store.changeAddOn(typedCode, typedName, Instant.now());
            }
            say(spec, (made ? "Made " : "Renamed ") + "the add-on " + typedName + " (" + typedCode + ") for every clinic; "
                    + "each takes it at its next sync.");
            return 0;
        }
    }

    @Command(name = "staff", mixinStandardHelpOptions = true,
            description = "Put a person on every clinic's staff, or change their role, or make them inactive (never "
                    + "deleted); known at the centre by name. No PIN travels: each clinic sets one in its office.")
    static final class StaffCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CentralOptions central;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Their full name, e.g. \"Olivia Park\".")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", description = "owner, manager, cashier or therapist (default: as before).")
        String role;

        @Option(names = "--inactive", description = "No longer working: kept on the lists, signs in nowhere.")
        boolean inactive;

        @Override
        public Integer call() throws IOException {
            String typedName = text(name, "name", 80);
            Optional<StaffRole> typedRole = Optional.ofNullable(role).map(StaffCommand::role);
            var address = central.address();
            CentralStore.StaffChange change;
            try (CentralStore store = CentralStore.connect(address)) {
                change = store.changeStaff(typedName, typedRole.map(StaffRole::name), !inactive, Instant.now());
            }
            boolean made = change.made();
            say(spec, change.name() + (made ? " is on every clinic's staff" : " is changed at every clinic")
                    + typedRole.map(r -> " as " + r.words()).orElse("") + (inactive ? ", inactive" : "")
                    + "; each clinic takes it at its next sync" + (made && !inactive ? " and sets their PIN there." : "."));
            return 0;
        }

        static StaffRole role(String typed) {
            try {
                return StaffRole.valueOf(typed.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Refused("\"" + typed + "\" is not a role; give owner, manager, cashier or therapist.");
            }
        }
    }

    static String code(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{1,40}")) {
            throw new Refused("A code is 1 to 40 letters, digits or _, like HOT_STONE; \"" + typed + "\" is not.");
        }
        return code;
    }

    static String text(String typed, String what, int most) {
        String text = typed.strip();
        if (text.isEmpty() || text.length() > most) {
            throw new Refused("Give a " + what + " of 1 to " + most + " characters.");
        }
        return text;
    }

    private static void say(CommandLine.Model.CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
