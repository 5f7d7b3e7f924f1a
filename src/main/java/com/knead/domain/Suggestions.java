package com.knead.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which massages the kiosk marks "Suggested for you", from the intake (PRODUCT.md, flow 3):
 * <ul>
 *   <li>low pain tolerance (light pressure wanted) suggests gentle work: Swedish, relaxation;</li>
 *   <li>chronic pain (over 3 months) with pain marked on the body map suggests deep tissue, trigger
 *       point and myofascial release;</li>
 *   <li>intense work is never suggested to someone who wants light pressure (it can hurt), nor when
 *       the intake raised a red flag, and the visitor is told why.</li>
 * </ul>
 * The question codes it reads ({@value #PRESSURE}, {@value #HOW_LONG}) are the clinic's default questions.
 */
public final class Suggestions {

    public static final String PRESSURE = "pressure";
    public static final String HOW_LONG = "how_long";

    static final List<String> GENTLE = List.of("SWEDISH", "RELAXATION");
    static final List<String> FOR_CHRONIC_PAIN = List.of("DEEP_TISSUE", "TRIGGER_POINT", "MYOFASCIAL");

    /** The modality codes to mark, and one plain sentence saying why (empty when nothing is suggested). */
    public record Suggestion(Set<String> modalityCodes, String why) {
        public Suggestion {
            modalityCodes = Set.copyOf(modalityCodes);
        }

        public boolean suggests(Modality modality) {
            return modalityCodes.contains(modality.code());
        }
    }

    private Suggestions() {
    }

    public static Suggestion of(IntakeAnswers answers, List<RedFlag> redFlags, List<Modality> offered) {
        boolean lowTolerance = answers.says(PRESSURE, "light");
        boolean chronic = answers.says(HOW_LONG, "chronic") && answers.worstPain() > 0;
        boolean flagged = !redFlags.isEmpty();
        Set<String> wanted = new LinkedHashSet<>();
        if (lowTolerance || flagged) {
            wanted.addAll(GENTLE);
        }
        if (chronic) {
            wanted.addAll(FOR_CHRONIC_PAIN);
        }
        boolean noIntense = lowTolerance || flagged;
        Set<String> codes = new LinkedHashSet<>();
        for (Modality modality : offered) {
            if (wanted.contains(modality.code()) && !(noIntense && modality.intense())) {
                codes.add(modality.code());
            }
        }
        return new Suggestion(codes, why(lowTolerance, chronic, flagged));
    }

    private static String why(boolean lowTolerance, boolean chronic, boolean flagged) {
        if (flagged) {
            return "Because of your health answers we suggest only gentle massage, nothing intense, "
                    + "until you have spoken with the desk.";
        }
        if (lowTolerance && chronic) {
            return "For long-lasting pain with light pressure we suggest gentle work; "
                    + "deep, intense techniques can hurt.";
        }
        if (lowTolerance) {
            return "You like light pressure, so we suggest gentle massage.";
        }
        if (chronic) {
            return "For pain that has lasted over 3 months we suggest work on the deeper muscles.";
        }
        return "";
    }
}
