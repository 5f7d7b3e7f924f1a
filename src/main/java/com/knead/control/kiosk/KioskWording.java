package com.knead.control.kiosk;

import com.knead.domain.AddOn;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import com.knead.usecase.CheckInAtKiosk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the kiosk says to a visitor, in one place: kind, plain, and never naming anyone but the
 * visitor themselves (and only by first name).
 */
final class KioskWording {

    static final KioskState.Message RED_FLAG = new KioskState.Message("Thank you for telling us",
            "Please speak with the desk before your massage. They will check with you that massage is safe "
                    + "for you today. You can finish checking in first.");
    /** Said the same way whatever did not match, so the kiosk gives away nothing about anyone. */
    static final String NOT_FOUND = "We could not find a visit with that phone number and date of birth. "
            + "Please check them, or continue as a new visitor.";
    /** Too many lookups failed in a row: the desk can find the visit, the kiosk no longer tries. */
    static final String ASK_THE_DESK = "Please ask at the desk: they can find your visit for you.";
    /** Said instead of the pain areas when a returning visitor kept last time's. */
    static final String AS_LAST_TIME = "The same as last time";
    static final String SPEAK_TO_DESK = "Please speak with the desk before your massage.";

    private KioskWording() {
    }

    static String welcome(String clinicName) {
        return "Welcome to " + clinicName;
    }

    static KioskState.Message welcomeBack(ClientDetails details) {
        return new KioskState.Message("Welcome back, " + firstName(details.contact().name()),
                "Is everything the same as last time: where it hurts, your preferences and your details? "
                        + "Your health questions are asked at every visit, so that they are up to date.");
    }

    /** "Please wait 30 seconds, then try again." after several lookups failed in a row. */
    static String pleaseWait(long seconds) {
        return NOT_FOUND_SHORT + " Please wait " + seconds + " seconds, then try again.";
    }

    static final String NOT_FOUND_SHORT = "We could not find a visit with that phone number and date of birth.";

    /**
     * A returning visitor's phone as the kiosk shows it: only its last three digits ("•••• 567"), so
     * a passer-by reading the screen learns nothing they could use.
     */
    static String maskedPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return "\u2022\u2022\u2022\u2022 " + digits.substring(Math.max(0, digits.length() - 3));
    }

    /** A returning visitor's email as the kiosk shows it: its first letter only ("a•••@…"), "" for none. */
    static String maskedEmail(String email) {
        return email.isBlank() ? "" : email.strip().charAt(0) + "\u2022\u2022\u2022@\u2026";
    }

    static List<KioskState.ReviewLine> review(ClientDetails details, Modality modality, ServicePrice price,
                                              IntakeAnswers answers, boolean redFlagged, boolean painAsLastTime) {
        List<KioskState.ReviewLine> lines = new ArrayList<>();
        lines.add(new KioskState.ReviewLine("Name", details.contact().name()));
        lines.add(new KioskState.ReviewLine("Massage", modality.name() + ", " + price.minutes() + " minutes"));
        lines.add(new KioskState.ReviewLine("Where it hurts", painAsLastTime ? AS_LAST_TIME
                : answers.pain().isEmpty() ? "Nowhere marked"
                : answers.pain().keySet().stream().sorted().map(BodyRegion::label).collect(Collectors.joining(", "))));
        if (redFlagged) {
            lines.add(new KioskState.ReviewLine("Please note", SPEAK_TO_DESK));
        }
        return lines;
    }

    /** "Total to pay at the desk: 90.00" for the service and the add-ons chosen; "" before a service is. */
    static String total(ServicePrice service, List<AddOn> addOns) {
        if (service == null) {
            return "";
        }
        Money sum = service.price();
        for (AddOn addOn : addOns) {
            sum = sum.plus(addOn.price());
        }
        return "Total to pay at the desk: " + sum.plain();
    }

    static KioskState.Ticket ticket(CheckInAtKiosk.CheckedIn checkedIn) {
        Visit visit = checkedIn.visit();
        int wait = checkedIn.waitMinutes();
        return new KioskState.Ticket("You're checked in, " + firstName(visit.clientName()) + ". Your number is",
                String.valueOf(visit.queueNumber()), wait == 0 ? "You're next." : "About " + wait + " minutes.",
                visit.redFlag() ? SPEAK_TO_DESK : "");
    }

    private static String firstName(String name) {
        return name.split(" ")[0];
    }
}
