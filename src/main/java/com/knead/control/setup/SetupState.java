package com.knead.control.setup;

import com.knead.domain.ClinicSetup;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the first-run setup shows: the print queues to choose from, a sentence next to each field
 * that is not right yet, a sentence for the whole form, whether it is saving, and, once done, the
 * clinic that opens (the demo when the owner chose to try it).
 */
public record SetupState(List<String> printers, Map<ClinicSetup.Field, String> problems, String problem,
                         boolean busy, Optional<String> opened) {

    public SetupState {
        printers = List.copyOf(printers);
        problems = Map.copyOf(problems);
        problem = problem == null ? "" : problem;
    }

    static SetupState start() {
        return new SetupState(List.of(), Map.of(), "", false, Optional.empty());
    }

    /** The sentence next to {@code field}; empty when it is fine. */
    public String problem(ClinicSetup.Field field) {
        return problems.getOrDefault(field, "");
    }
}
