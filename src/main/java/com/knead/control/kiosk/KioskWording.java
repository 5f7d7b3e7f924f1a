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
    static final String SPEAK_TO_DESK = "Please speak with the desk before your massage.";

    private KioskWording() {
    }

    static String welcome(String clinicName) {
        return "Welcome to " + clinicName;
    }

    static KioskState.Message welcomeBack(ClientDetails details) {
        return new KioskState.Message("Welcome back, " + firstName(details.contact().name()),
                "Has anything changed since your last visit: your health, your pain or your details?");
    }

    static List<KioskState.ReviewLine> review(ClientDetails details, Modality modality, ServicePrice price,
                                              IntakeAnswers answers, boolean redFlagged) {
        List<KioskState.ReviewLine> lines = new ArrayList<>();
        lines.add(new KioskState.ReviewLine("Name", details.contact().name()));
        lines.add(new KioskState.ReviewLine("Massage", modality.name() + ", " + price.minutes() + " minutes"));
        lines.add(new KioskState.ReviewLine("Where it hurts", answers.pain().isEmpty() ? "Nowhere marked"
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

    static String wrongPin(String name) {
        return "That PIN is not right for " + name + ".";
    }

    private static String firstName(String name) {
        return name.split(" ")[0];
    }
}
