package com.knead.control.kiosk;

import com.knead.domain.AddOn;
import com.knead.domain.ContactDetails;
import com.knead.domain.PriceList;
import com.knead.domain.StaffMember;
import com.knead.domain.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the kiosk shows at one moment: the step, and every word and choice of it that depends on the
 * visitor. The window renders this and nothing else; what it says is decided by {@link KioskFlow}.
 *
 * @param welcome         the welcome screen's title
 * @param offerStaff      whether the welcome screen shows the Staff button (kiosk mode)
 * @param problem         the problem line of the step showing, "" for none
 * @param contactProblems each contact field's problem, from the last time the visitor tapped Next there
 * @param offerNew        whether the returning step offers "Continue as new"
 * @param message         the heading and sentences of an in-between step (changed?, red flag)
 * @param services        what the service step suggests; a new one each time the step is entered going forward
 * @param stillThere      whether the kiosk is asking "Are you still there?"
 * @param prices          what the kiosk offers now, read afresh for each visitor
 * @param offerSame       whether the step offers "Same as last time" (a returning visitor's body map
 *                        and preferences, kept without being shown)
 */
public record KioskState(KioskStep step, String welcome, boolean offerStaff, String problem,
                         List<ContactDetails.Problem> contactProblems, boolean offerNew, Message message,
                         Suggestions.Suggestion services, Review review, Ticket ticket, StaffChoice staff,
                         boolean stillThere, boolean offerSame, PriceList prices) {

    public KioskState {
        contactProblems = List.copyOf(contactProblems);
    }

    /** A heading and a few kind sentences. */
    public record Message(String heading, String text) {
        public static final Message NONE = new Message("", "");
    }

    /** One line of the review: what ("Massage") and its value ("Swedish, 60 minutes"). */
    public record ReviewLine(String what, String value) {
    }

    /** The last look before checking in: the lines, the add-ons tapped on, and the total to pay. */
    public record Review(List<ReviewLine> lines, Set<AddOn> addOns, String total) {
        public static final Review NONE = new Review(List.of(), Set.of(), "");

        public Review {
            lines = List.copyOf(lines);
            addOns = Set.copyOf(addOns);
        }
    }

    /** "You're checked in": the greeting, the queue number, the wait, and the desk note for a red flag. */
    public record Ticket(String greeting, String number, String waitText, String desk) {
        public static final Ticket NONE = new Ticket("", "", "", "");
    }

    /**
     * The staff screen: who may leave kiosk mode, who tapped their name, and whether a PIN is being
     * checked (Leave waits for a name and for the check).
     */
    public record StaffChoice(List<StaffMember> allowed, Optional<StaffMember> chosen, boolean checking) {
        public static final StaffChoice NONE = new StaffChoice(List.of(), Optional.empty(), false);

        public StaffChoice {
            allowed = List.copyOf(allowed);
        }

        public boolean canLeave() {
            return chosen.isPresent() && !checking;
        }
    }
}
