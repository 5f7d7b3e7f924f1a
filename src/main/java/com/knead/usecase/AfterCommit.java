package com.knead.usecase;

import com.knead.domain.ReceiptNumber;
import com.knead.report.ReceiptDelivery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one rule for "saved", written once: after the commit has returned, nothing can make the
 * person believe it was not saved. Every later step (reading the printer setting, laying out and
 * printing the receipt, opening the drawer) runs here, and whatever it throws becomes a sentence
 * about that step that names the saved receipt, so nobody sells the gift card or gives the refund
 * a second time.
 */
public final class AfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private final ReceiptNumber receipt;
    private final List<String> problems = new ArrayList<>();
    private Optional<Path> pdf = Optional.empty();
    private boolean printed;

    private AfterCommit(ReceiptNumber receipt) {
        this.receipt = receipt;
    }

    /** Starts the steps after {@code receipt} was committed. */
    public static AfterCommit of(ReceiptNumber receipt) {
        return new AfterCommit(receipt);
    }

    /** Hands the receipt over: its PDF copy, then the printer; a failure of either is told as such. */
    public AfterCommit deliver(Supplier<ReceiptDelivery.Delivered> delivery) {
        try {
            ReceiptDelivery.Delivered delivered = delivery.get();
            pdf = delivered.pdf();
            printed = delivered.printed();
            delivered.problem().ifPresent(problems::add);
        } catch (RuntimeException e) {
            LOG.error("Receipt {} is saved but could not be handed over", receipt, e);
            problems.add("It is saved, but receipt " + receipt + " could not be made. Reprint it later; if that "
                    + "fails too, ask the owner to look at the log.");
        }
        return this;
    }

    /**
     * Runs a later step that may have something to say (the drawer did not open); a failure of the
     * step is told as "{@code whatFailed}" with the receipt still saved.
     */
    public AfterCommit then(String whatFailed, Supplier<Optional<String>> step) {
        try {
            step.get().ifPresent(problems::add);
        } catch (RuntimeException e) {
            LOG.error("Receipt {} is saved, but: {}", receipt, whatFailed, e);
            problems.add("Receipt " + receipt + " is saved, but " + whatFailed + ".");
        }
        return this;
    }

    /** What the person is told about {@code record}. */
    public <T> Saved<T> saved(T record) {
        return new Saved<>(record, receipt, pdf, printed, problems);
    }
}
