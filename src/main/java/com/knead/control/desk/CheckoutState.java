package com.knead.control.desk;

import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the desk's checkout shows at one moment, worked out by {@link CheckoutController}: the chosen
 * visit, its sale's lines, payments and totals in the words the cashier reads, which actions can be
 * taken, the problem in the way (if any), and what was said about the last sale. Immutable; the
 * panels only render it.
 *
 * @param sale         a number that changes with every new sale draft: the boxes typed for the last one are emptied
 * @param visit        the visit shown (the clearance and intake summary look at it)
 * @param editable     the sale can still be changed: therapist, room, items, discount, tip, payments
 * @param lookingUp    a gift card or package is being looked up; taking another waits
 * @param therapistId  the visit's therapist as recorded (null: nobody yet)
 * @param notIn        the therapists listed who are not in today
 * @param rooms        the rooms to choose from: the clinic's rooms in use, and the visit's own if it was retired since
 * @param items        the sale's lines beyond the visit's own service, as shown
 * @param payments     the card, gift card and package payments taken, as shown
 * @param tip          the tip applied, as typed in its box ("" when none)
 * @param exactCash    what is still due before cash: the amount Exact (F4) fills in
 * @param quickCash    round amounts of cash offered, smallest first
 * @param problem      what stands in the way, or what the last action was told; " " when nothing
 * @param result       "Receipt 000012 saved. Change due 15.00." after a sale; " " before
 * @param printStatus  what happened to the receipt (or the intake summary) after it was saved
 * @param receiptPdf   the last receipt's PDF copy, to open
 */
public record CheckoutState(int sale, Optional<Visit> visit, String title, String service, String status,
                            boolean canStartSession, boolean canFinishSession, boolean canCancel,
                            boolean editable, boolean lookingUp,
                            List<StaffMember> therapists, Set<UUID> notIn, UUID therapistId, String room,
                            List<String> rooms, List<String> items, List<String> payments,
                            String total, String tax, String adjustments, boolean canRemoveDiscount, String tip,
                            String exactCash, List<String> quickCash,
                            String change, String problem, boolean canFinishSale,
                            String result, String printStatus, Optional<Path> receiptPdf) {

    public CheckoutState {
        therapists = List.copyOf(therapists);
        notIn = Set.copyOf(notIn);
        rooms = List.copyOf(rooms);
        items = List.copyOf(items);
        payments = List.copyOf(payments);
        quickCash = List.copyOf(quickCash);
    }
}
