package com.knead.usecase;

import com.knead.domain.CashDrawer;
import com.knead.domain.Clinic;
import com.knead.domain.Money;
import com.knead.domain.StaffMember;
import com.knead.store.Stores;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's cash drawer: opened with a float, then pay-ins, pay-outs and "no sale" openings, each with
 * a reason. A hand movement opens the drawer itself when the owner set that up; a drawer that does
 * not open is told as such, the movement stays recorded.
 */
public final class DrawerSession {

    private static final Logger LOG = LoggerFactory.getLogger(DrawerSession.class);

    private final Stores stores;
    private final Supplier<Optional<String>> kick;

    /** @param kick opens the drawer; empty when it opened or nothing is set up, else the sentence */
    public DrawerSession(Stores stores, Supplier<Optional<String>> kick) {
        this.stores = stores;
        this.kick = kick;
    }

    /** The drawer as it stands, what should be in it, and a problem after the movement (the drawer did not open). */
    public record Count(CashDrawer drawer, Money expected, Optional<String> problem) {
    }

    public Clinic clinic() {
        return stores.clinic();
    }

    /** Today's drawer, if it is opened. */
    public Optional<Count> current() {
        return stores.drawer().current(Instant.now()).map(d -> count(d, Optional.empty()));
    }

    /** Opens today's drawer with its float, by {@code cashier} (who is signed in). */
    public Count open(Money openingFloat, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        return count(stores.drawer().open(openingFloat, Instant.now(), cashier.id()), Optional.empty());
    }

    /**
     * Records the movement, by {@code cashier} (who is signed in), then opens the drawer; a failure to
     * open is told, the movement is kept.
     */
    public Count move(CashDrawer.Movement movement, StaffMember cashier) {
        DeskRights.signedIn(cashier);
        CashDrawer moved = stores.drawer().move(movement, cashier.id());
        Optional<String> problem;
        try {
            problem = kick.get();
        } catch (RuntimeException e) {
            LOG.warn("The cash drawer did not open", e);
            problem = Optional.of("The " + movement.kind().label().toLowerCase() + " is recorded, but the drawer did not "
                    + "open. Open it with its key.");
        }
        return count(moved, problem);
    }

    private Count count(CashDrawer drawer, Optional<String> problem) {
        return new Count(drawer, stores.drawer().expected(drawer), problem);
    }
}
