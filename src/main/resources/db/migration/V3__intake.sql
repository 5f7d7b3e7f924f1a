-- The kiosk's intake form: the clinic's questions and red-flag rules (data the clinic edits, seeded
-- here with the defaults of PRODUCT.md), versioned intakes per client, and what a returning visitor
-- identifies themselves with (phone number plus date of birth).

ALTER TABLE client ADD COLUMN date_of_birth DATE;
ALTER TABLE client ADD COLUMN email VARCHAR(254);
CREATE INDEX client_phone_birth ON client(phone, date_of_birth);

-- One question of the form. section: PAIN, HEALTH or PREFERENCES (one screen each, in sort order).
-- kind: ONE (pick one), MANY (pick any), YES_NO, TEXT. choices: "code=Label|code=Label" for ONE and MANY.
CREATE TABLE intake_question (
    id         UUID PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL UNIQUE,
    section    VARCHAR(20)  NOT NULL,
    prompt     VARCHAR(200) NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    choices    VARCHAR(600) NOT NULL,
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which answers flag a visit for staff. when_all: conditions separated by ";", all must hold:
--   code=value       the answer to that question is (or, for MANY, includes) value
--   pain>=N          some body-map region is marked N or more (0-10)
--   region=A,B       one of these body regions is marked
CREATE TABLE red_flag_rule (
    id         UUID PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL UNIQUE,
    reason     VARCHAR(300) NOT NULL,
    when_all   VARCHAR(300) NOT NULL,
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An intake is never edited: a change makes a new version, the old ones stay. The signature PNG is
-- kept in the row (VARBINARY, a few kB) rather than as a BLOB: H2 writes BLOBs to separate storage,
-- and in one scripts/bench-kiosk run on a busy 2-core machine the commit's p99 went from ~40 to ~22 ms.
CREATE TABLE intake (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES client(id),
    version       INT  NOT NULL,
    red_flags     VARCHAR(2000) NOT NULL,
    signature_png VARBINARY(1000000) NOT NULL,
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_version_once UNIQUE (client_id, version)
);

CREATE TABLE intake_answer (
    id            UUID PRIMARY KEY,
    intake_id     UUID NOT NULL REFERENCES intake(id),
    question_code VARCHAR(40)   NOT NULL,
    answer        VARCHAR(2000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intake_answer_intake ON intake_answer(intake_id);

CREATE TABLE intake_pain (
    id         UUID PRIMARY KEY,
    intake_id  UUID NOT NULL REFERENCES intake(id),
    region     VARCHAR(30) NOT NULL,
    intensity  INT NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intake_pain_intake ON intake_pain(intake_id);

ALTER TABLE visit ADD COLUMN intake_id UUID REFERENCES intake(id);

-- The clinic's default questions (PRODUCT.md, flow 2).
INSERT INTO intake_question (id, code, section, prompt, kind, choices, sort_order, active, created_at, updated_at) VALUES
('01930000-0000-7000-8000-000000000101', 'how_long', 'PAIN', 'How long have you had this pain?', 'ONE',
 'acute=Under 6 weeks|subacute=6 to 12 weeks|chronic=Over 3 months|none=No pain', 1, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000102', 'worse_with', 'PAIN', 'What makes it worse?', 'MANY',
 'sitting=Sitting|standing=Standing|lifting=Lifting|sleeping=Sleeping|stress=Stress', 2, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000103', 'pressure', 'PAIN', 'What pressure do you like?', 'ONE',
 'light=Light|medium=Medium|firm=Firm', 3, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000201', 'recent_surgery', 'HEALTH', 'Recent surgery or injury', 'YES_NO', '', 1, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000202', 'pregnancy', 'HEALTH', 'Pregnancy', 'YES_NO', '', 2, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000203', 'blood_clots', 'HEALTH', 'Blood clots', 'YES_NO', '', 3, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000204', 'blood_thinners', 'HEALTH', 'Blood thinners', 'YES_NO', '', 4, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000205', 'osteoporosis', 'HEALTH', 'Osteoporosis', 'YES_NO', '', 5, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000206', 'fever', 'HEALTH', 'Fever', 'YES_NO', '', 6, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000207', 'skin', 'HEALTH', 'Skin conditions', 'YES_NO', '', 7, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000208', 'fibromyalgia', 'HEALTH', 'Fibromyalgia', 'YES_NO', '', 8, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000209', 'arthritis', 'HEALTH', 'Arthritis', 'YES_NO', '', 9, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000210', 'sciatica', 'HEALTH', 'Sciatica', 'YES_NO', '', 10, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000211', 'numbness', 'HEALTH', 'Numbness or tingling', 'YES_NO', '', 11, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000212', 'bladder_bowel', 'HEALTH', 'Loss of bladder or bowel control', 'YES_NO', '', 12, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000213', 'weight_loss', 'HEALTH', 'Unexplained weight loss', 'YES_NO', '', 13, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000214', 'medications', 'HEALTH', 'Medications you take (if any)', 'TEXT', '', 14, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000301', 'avoid_areas', 'PREFERENCES', 'Areas to avoid', 'MANY',
 'head=Head|face=Face|feet=Feet|abdomen=Abdomen|glutes=Glutes', 1, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000302', 'therapist', 'PREFERENCES', 'Therapist preference', 'ONE',
 'any=No preference|woman=A woman|man=A man', 2, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000303', 'notes', 'PREFERENCES', 'Anything else we should know?', 'TEXT', '', 3, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00');

-- The default red flags (PRODUCT.md): the visitor is asked kindly to speak with the desk.
INSERT INTO red_flag_rule (id, code, reason, when_all, sort_order, active, created_at, updated_at) VALUES
('01930000-0000-7000-8000-000000000401', 'bladder_bowel', 'Loss of bladder or bowel control', 'bladder_bowel=yes', 1, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000402', 'numbness_severe_pain', 'Numbness or tingling with severe pain', 'numbness=yes;pain>=7', 2, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000403', 'fever_back_pain', 'Fever with back pain', 'fever=yes;region=UPPER_BACK,LOWER_BACK', 3, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000404', 'recent_surgery', 'Recent surgery or injury', 'recent_surgery=yes', 4, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00'),
('01930000-0000-7000-8000-000000000405', 'blood_clots', 'Blood clots', 'blood_clots=yes', 5, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00');

-- Add-ons chosen at the kiosk for a visit, each with the price shown then.
CREATE TABLE visit_add_on (
    id         UUID PRIMARY KEY,
    visit_id   UUID NOT NULL REFERENCES visit(id),
    add_on_id  UUID NOT NULL REFERENCES add_on(id),
    price      DECIMAL(15,4) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visit_add_on_visit ON visit_add_on(visit_id);
