package com.knead.app;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo's people: a pool of regulars who come back again and again, and newcomers. Each person's
 * first visit goes through the kiosk with an intake (where it hurts and how much, for how long, the
 * pressure they like, what makes it worse), so their receipts carry aftercare; later visits are
 * checked in at the desk and found again by name and phone.
 */
final class DemoClients {

    private static final String[] FIRST = {"Ada", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines",
        "Jonas", "Kemi", "Liam", "Mina", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Adams", "Baker", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Hughes",
        "Ito", "Jensen", "Khan", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel"};
    private static final BodyRegion[] SORE = {BodyRegion.NECK, BodyRegion.SHOULDERS, BodyRegion.UPPER_BACK,
        BodyRegion.LOWER_BACK, BodyRegion.HIPS_GLUTES, BodyRegion.THIGHS, BodyRegion.CALVES, BodyRegion.FEET};
    private static final String[] HOW_LONG = {"acute", "subacute", "chronic", "chronic", "none"};
    private static final String[] PRESSURE = {"light", "medium", "medium", "firm"};
    private static final String[] WORSE = {"sitting", "standing", "lifting", "sleeping", "stress"};

    private final Stores stores;
    private final Random random;
    private final List<ClientDetails> regulars = new ArrayList<>();
    private final Set<ClientDetails> seen = new HashSet<>();

    DemoClients(Stores stores, Random random, int regularCount) {
        this.stores = stores;
        this.random = random;
        for (int i = 0; i < regularCount; i++) {
            regulars.add(someone());
        }
    }

    /** The next visitor of the day: a regular two times in three, otherwise someone new. */
    ClientDetails next() {
        return random.nextInt(3) == 0 ? someone() : regulars.get(random.nextInt(regulars.size()));
    }

    /** Checks {@code who} in: through the kiosk with an intake the first time, at the desk after that. */
    Visit checkIn(ClientDetails who, Modality modality, ServicePrice price, Instant at) {
        if (seen.add(who)) {
            KioskCheckIn checkIn = new KioskCheckIn(who, Optional.empty(), intake(),
                    Optional.of(Signature.typed(who.contact().name(), at)), modality, price);
            return stores.intakes().checkIn(checkIn, stores.intakes().form(), at);
        }
        return stores.visits().checkIn(who.contact(), modality, price, at);
    }

    private IntakeAnswers intake() {
        Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
        int areas = 1 + random.nextInt(3);
        for (int i = 0; i < areas; i++) {
            pain.put(SORE[random.nextInt(SORE.length)], 2 + random.nextInt(7));
        }
        String howLong = HOW_LONG[random.nextInt(HOW_LONG.length)];
        IntakeAnswers answers = new IntakeAnswers(Map.of(), Map.of())
                .with("how_long", howLong)
                .with("pressure", PRESSURE[random.nextInt(PRESSURE.length)])
                .with("therapist", "any");
        if (!howLong.equals("none")) {
            answers = answers.with("worse_with", WORSE[random.nextInt(WORSE.length)]).withPain(pain);
        }
        return answers;
    }

    private ClientDetails someone() {
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String phone = "555" + String.format("%07d", random.nextInt(10_000_000));
        LocalDate born = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new ClientDetails(ContactDetails.of(name, phone), "", born);
    }
}
