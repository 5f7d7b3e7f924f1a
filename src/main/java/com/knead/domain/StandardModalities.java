package com.knead.domain;

import java.util.List;
import java.util.function.Supplier;
import java.util.UUID;

/**
 * The modalities a new clinic starts with (those of the product brief), each with its one-line
 * description, pressure and whether it is intense. They have no prices: the owner prices them in the
 * office, and until then the kiosk offers nothing to choose.
 */
public final class StandardModalities {

    /** The durations each standard modality starts with, in minutes, unpriced. */
    public static final List<Integer> DURATIONS = List.of(30, 60, 90);

    private StandardModalities() {
    }

    /** The standard modalities in the kiosk's order, with keys from {@code ids}. */
    public static List<Modality> list(Supplier<UUID> ids) {
        return List.of(
                new Modality(ids.get(), "SWEDISH", "Swedish",
                        "Long gliding strokes and kneading that loosen tight muscles and relax the whole body.",
                        Pressure.LIGHT_MEDIUM, false, 1),
                new Modality(ids.get(), "RELAXATION", "Relaxation",
                        "Calm, whole-body work aimed at stress rather than a specific problem.", Pressure.LIGHT, false, 2),
                new Modality(ids.get(), "DEEP_TISSUE", "Deep tissue",
                        "Slow strokes with deep finger pressure for chronic muscle pain and soreness.", Pressure.FIRM, true, 3),
                new Modality(ids.get(), "THERAPEUTIC", "Therapeutic",
                        "Your therapist assesses your symptoms and builds a plan for them.", Pressure.VARIES, false, 4),
                new Modality(ids.get(), "TRIGGER_POINT", "Trigger point",
                        "Sustained pressure on tight knots that send pain elsewhere.", Pressure.FIRM, true, 5),
                new Modality(ids.get(), "MYOFASCIAL", "Myofascial release",
                        "Slow, sustained stretch of the connective tissue around the muscles.", Pressure.MEDIUM, false, 6),
                new Modality(ids.get(), "NEUROMUSCULAR", "Neuromuscular",
                        "Pressure on specific muscles to ease spasm and nerve-related pain.", Pressure.MEDIUM_FIRM, true, 7),
                new Modality(ids.get(), "STRUCTURAL", "Structural",
                        "Works on posture and alignment over several sessions.", Pressure.MEDIUM_FIRM, false, 8),
                new Modality(ids.get(), "HOT_STONE", "Hot stone",
                        "Heated stones along the spine and in the strokes; warmth eases the muscles.",
                        Pressure.LIGHT_MEDIUM, false, 9),
                new Modality(ids.get(), "SHIATSU", "Shiatsu",
                        "Japanese technique: thumbs, fingers and palms press along the body.", Pressure.MEDIUM, false, 10),
                new Modality(ids.get(), "THAI", "Thai",
                        "Clothed, yoga-like assisted stretches with pressure for flexibility and tension.",
                        Pressure.MEDIUM_FIRM, false, 11));
    }
}
