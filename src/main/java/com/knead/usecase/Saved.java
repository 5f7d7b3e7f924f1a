package com.knead.usecase;

import com.knead.domain.ReceiptNumber;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A record that is committed, and what happened after: its receipt's PDF copy, whether it printed,
 * and each later problem in plain words. Made only once the commit has returned, so a screen that
 * holds one says "saved" whatever went wrong afterwards.
 *
 * @param problems each step after the commit that did not work, as a sentence that names the receipt
 */
public record Saved<T>(T record, ReceiptNumber receipt, Optional<Path> pdf, boolean printed, List<String> problems) {

    public Saved {
        problems = List.copyOf(problems);
    }

    /** "Receipt 000123 saved." */
    public String headline() {
        return "Receipt " + receipt + " saved.";
    }

    /** What to say under the headline: the problems, or that it printed, or nothing. */
    public String afterwards() {
        if (!problems.isEmpty()) {
            return String.join(" ", problems);
        }
        return printed ? "Receipt " + receipt + " printed." : "";
    }
}
