package com.knead.store;

import com.knead.domain.AddOn;
import com.knead.domain.Aftercare;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ClientIntake;
import com.knead.domain.ContactDetails;
import com.knead.domain.Ids;
import com.knead.domain.Intake;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.RedFlag;
import com.knead.domain.RedFlagRule;
import com.knead.domain.RedFlagSetting;
import com.knead.domain.Refused;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.SaleLine;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The clinic's intake form, clients' intakes (every version kept) and check-ins from the kiosk. */
public final class IntakeStore {

    private final Database db;
    private final Currency currency;
    private final VisitStore visits;

    IntakeStore(Database db, VisitStore visits, Currency currency) {
        this.currency = currency;
        this.db = db;
        this.visits = visits;
    }

    /** The active questions and red-flag rules. */
    public IntakeForm form() {
        return db.read(c -> {
            List<IntakeQuestion> questions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, section, prompt, kind, choices, sort_order "
                    + "FROM intake_question WHERE active");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    questions.add(question(rs));
                }
            }
            List<RedFlagRule> rules = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, reason, when_all FROM red_flag_rule WHERE active ORDER BY sort_order");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(new RedFlagRule(rs.getString("code"), rs.getString("reason"), rs.getString("when_all")));
                }
            }
            return new IntakeForm(questions, rules);
        });
    }

    /** Every intake question, shown or hidden, in the form's order. */
    public List<IntakeQuestionSetting> questions() {
        return db.read(c -> {
            List<IntakeQuestionSetting> questions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, section, prompt, kind, choices, sort_order, "
                    + "active FROM intake_question");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    questions.add(new IntakeQuestionSetting(question(rs), rs.getBoolean("active")));
                }
            }
            List<IntakeQuestion> ordered = new IntakeForm(questions.stream().map(IntakeQuestionSetting::question).toList(),
                    List.of()).questions();
            questions.sort(java.util.Comparator.comparingInt(q -> ordered.indexOf(q.question())));
            return questions;
        });
    }

    /**
     * Gives question {@code code} a new wording and shows or hides it, with its audit entry, in one transaction.
     * Intakes already kept keep the wording they were asked in.
     */
    public void keepQuestion(String code, String prompt, boolean shown, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE intake_question SET prompt = ?, active = ?, updated_at = ? WHERE code = ?")) {
                ps.setString(1, prompt);
                ps.setBoolean(2, shown);
                ps.setObject(3, Rows.utc(at));
                ps.setString(4, code);
                if (ps.executeUpdate() != 1) {
                    throw new Refused("The form has no question \"" + code + "\".");
                }
            }
            AuditStore.append(c, audit);
            return null;
        });
    }

    /**
     * Adds a question to the form, shown and last of its section, with its audit entry, in one transaction;
     * refused when the form already has a question under its code.
     */
    public void addQuestion(IntakeQuestion question, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM intake_question WHERE code = ?")) {
                ps.setString(1, question.code());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new Refused("The form already has a question \"" + question.code() + "\".");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_question (id, code, section, prompt, kind, "
                    + "choices, sort_order, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                    + "(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM intake_question WHERE section = ?), TRUE, ?, ?)")) {
                ps.setObject(1, Ids.next());
                ps.setString(2, question.code());
                ps.setString(3, question.section().name());
                ps.setString(4, question.prompt());
                ps.setString(5, question.kind().name());
                ps.setString(6, IntakeQuestion.storedChoices(question.choices()));
                ps.setString(7, question.section().name());
                Rows.stamps(ps, 8, at);
                ps.executeUpdate();
            }
            AuditStore.append(c, audit);
            return null;
        });
    }

    /**
     * Gives question {@code code} these choices (their labels as the next visitors read them), with the audit
     * entry, in one transaction. Intakes already kept keep the choices they were offered.
     */
    public void keepChoices(String code, List<IntakeQuestion.Choice> choices, Instant at, AuditStore.Entry audit) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE intake_question SET choices = ?, updated_at = ? WHERE code = ?")) {
                ps.setString(1, IntakeQuestion.storedChoices(choices));
                ps.setObject(2, Rows.utc(at));
                ps.setString(3, code);
                if (ps.executeUpdate() != 1) {
                    throw new Refused("The form has no question \"" + code + "\".");
                }
            }
            AuditStore.append(c, audit);
            return null;
        });
    }

    /** Every red-flag rule, in use or retired, in the form's order. */
    public List<RedFlagSetting> rules() {
        return db.read(c -> {
            List<RedFlagSetting> rules = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, reason, when_all, active FROM red_flag_rule ORDER BY sort_order, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(new RedFlagSetting(new RedFlagRule(rs.getString("code"), rs.getString("reason"),
                            rs.getString("when_all")), rs.getBoolean("active")));
                }
            }
            return rules;
        });
    }

    /** Keeps a red-flag rule (clinic data, so changed in place): a new code adds it last. */
    public void keepRule(RedFlagRule rule, boolean inUse, Instant at) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE red_flag_rule SET reason = ?, when_all = ?, "
                    + "active = ?, updated_at = ? WHERE code = ?")) {
                ps.setString(1, rule.reason());
                ps.setString(2, rule.whenAll());
                ps.setBoolean(3, inUse);
                ps.setObject(4, Rows.utc(at));
                ps.setString(5, rule.code());
                if (ps.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO red_flag_rule (id, code, reason, when_all, "
                    + "sort_order, active, created_at, updated_at) VALUES (?,?,?,?,"
                    + "(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM red_flag_rule),?,?,?)")) {
                ps.setObject(1, Ids.next());
                ps.setString(2, rule.code());
                ps.setString(3, rule.reason());
                ps.setString(4, rule.whenAll());
                ps.setBoolean(5, inUse);
                Rows.stamps(ps, 6, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The client with this phone number and date of birth, if there is exactly one such client. */
    public Optional<ReturningVisitor> returning(String phone, LocalDate dateOfBirth) {
        String normalised = ContactDetails.normalisePhone(phone);
        return db.read(c -> {
            List<ReturningVisitor> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, phone, email, date_of_birth FROM client "
                    + "WHERE phone = ? AND date_of_birth = ? ORDER BY created_at")) {
                ps.setString(1, normalised);
                ps.setObject(2, dateOfBirth);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = Rows.uuid(rs, "id");
                        ClientDetails details = new ClientDetails(new ContactDetails(rs.getString("name"),
                                rs.getString("phone")), rs.getString("email"), dateOfBirth);
                        found.add(new ReturningVisitor(id, details, Optional.empty()));
                    }
                }
            }
            if (found.size() != 1) {
                return Optional.empty();
            }
            ReturningVisitor visitor = found.get(0);
            return Optional.of(new ReturningVisitor(visitor.clientId(), visitor.details(),
                    latest(c, visitor.clientId())));
        });
    }

    /** Every intake of a client, oldest first. */
    public List<Intake> history(UUID clientId) {
        return db.read(c -> {
            List<Intake> result = new ArrayList<>();
            for (UUID id : ids(c, "SELECT id FROM intake WHERE client_id = ? ORDER BY version", clientId)) {
                result.add(read(c, id));
            }
            return result;
        });
    }

    /** The client and intake a visit of that day and queue number was checked in with, if it had one. */
    public Optional<ClientIntake> forVisit(LocalDate day, int queueNumber) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.intake_id, c.name, c.phone, c.email, c.date_of_birth "
                    + "FROM visit v JOIN client c ON c.id = v.client_id WHERE v.business_day = ? AND v.queue_number = ? "
                    + "AND v.intake_id IS NOT NULL")) {
                ps.setObject(1, day);
                ps.setInt(2, queueNumber);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    ClientDetails client = new ClientDetails(new ContactDetails(rs.getString("name"), rs.getString("phone")),
                            rs.getString("email"), rs.getObject("date_of_birth", LocalDate.class));
                    return Optional.of(new ClientIntake(client, read(c, Rows.uuid(rs, "intake_id"))));
                }
            }
        });
    }

    public Optional<Intake> find(UUID intakeId) {
        return db.read(c -> {
            List<UUID> found = ids(c, "SELECT id FROM intake WHERE id = ?", intakeId);
            return found.isEmpty() ? Optional.empty() : Optional.of(read(c, found.get(0)));
        });
    }

    /**
     * Records a kiosk check-in in one transaction: the client (found again or added), a new intake
     * version unless a returning client changed nothing, and the visit, flagged when the intake
     * raised a red flag.
     */
    public Visit checkIn(KioskCheckIn checkIn, IntakeForm form, Instant when) {
        Instant at = Rows.storable(when);
        return db.transaction(c -> {
            UUID clientId = checkIn.returning().isPresent()
                    ? updateClient(c, checkIn.returning().get().clientId(), checkIn.details(), at)
                    : clientFor(c, checkIn.details(), at);
            Optional<Intake> unchanged = checkIn.unchangedIntake();
            Intake intake = unchanged.isPresent() ? unchanged.get() : insertIntake(c, clientId, checkIn, form, at);
            Visit visit = visits.insert(c, clientId, checkIn.details().contact().name(), checkIn.modality(),
                    checkIn.service(), at, intake.id(), intake.redFlagged());
            // For the centre, last of this transaction's locks: the contact details as typed, and a new intake.
            Outbox.clientEdited(c, clientId);
            if (unchanged.isEmpty()) {
                Outbox.add(c, TravellingKinds.INTAKE, intake.id());
            }
            Outbox.add(c, TravellingKinds.VISIT, visit.id());
            if (checkIn.addOns().isEmpty()) {
                return visit;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit_add_on (id, visit_id, add_on_id, price, "
                    + "created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
                for (AddOn addOn : checkIn.addOns()) {
                    ps.setObject(1, Ids.next());
                    ps.setObject(2, visit.id());
                    ps.setObject(3, addOn.id());
                    ps.setBigDecimal(4, addOn.price().amount());
                    Rows.stamps(ps, 5, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return visit;
        });
    }

    /** The add-ons chosen with a visit as sale lines, at the price shown at check-in, in the clinic's order. */
    public List<SaleLine> addOnLines(UUID visitId) {
        return db.read(c -> {
            List<SaleLine> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.name, a.extra_minutes, v.price FROM visit_add_on v "
                    + "JOIN add_on a ON a.id = v.add_on_id WHERE v.visit_id = ? ORDER BY a.sort_order")) {
                ps.setObject(1, visitId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new SaleLine(rs.getString("name"), null, rs.getInt("extra_minutes"),
                                Rows.money(rs, "price", currency), 1));
                    }
                }
            }
            return lines;
        });
    }

    /**
     * The receipt's aftercare for a visit: stretches for the areas its intake named, and a rebook in
     * one week when the pain is chronic; the usual advice for a sale without a visit or an intake.
     */
    public Aftercare aftercare(UUID visitIdOrNull) {
        if (visitIdOrNull == null) {
            return Aftercare.standard();
        }
        return db.read(c -> {
            List<UUID> found = ids(c, "SELECT intake_id AS id FROM visit WHERE id = ? AND intake_id IS NOT NULL", visitIdOrNull);
            return found.isEmpty() ? Aftercare.standard() : Aftercare.forIntake(read(c, found.get(0)));
        });
    }

    /** The minutes add-ons add to the visits of a business day, by visit (visits without any are left out). */
    public Map<UUID, Integer> extraMinutes(LocalDate day) {
        return db.read(c -> {
            Map<UUID, Integer> extra = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT va.visit_id, SUM(a.extra_minutes) AS minutes "
                    + "FROM visit_add_on va JOIN add_on a ON a.id = va.add_on_id JOIN visit v ON v.id = va.visit_id "
                    + "WHERE v.business_day = ? GROUP BY va.visit_id HAVING SUM(a.extra_minutes) > 0")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        extra.put(Rows.uuid(rs, "visit_id"), rs.getInt("minutes"));
                    }
                }
            }
            return extra;
        });
    }

    /** The names of the add-ons chosen with a visit, in the clinic's order. */
    public List<String> addOnNames(UUID visitId) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.name FROM visit_add_on v JOIN add_on a "
                    + "ON a.id = v.add_on_id WHERE v.visit_id = ? ORDER BY a.sort_order")) {
                ps.setObject(1, visitId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return names;
        });
    }

    private Intake insertIntake(Connection c, UUID clientId, KioskCheckIn checkIn, IntakeForm form, Instant at)
            throws SQLException {
        Signature signature = checkIn.signature()
                .orElseThrow(() -> new Refused("Please sign the consent before checking in."));
        int version = 1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM intake WHERE client_id = ?")) {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version += rs.getInt(1);
            }
        }
        List<RedFlag> flags = form.redFlags(checkIn.answers());
        Intake intake = new Intake(Ids.next(), clientId, version, checkIn.answers(), flags,
                new Signature(signature.png(), Rows.storable(signature.signedAt()), signature.typedName()), at);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake (id, client_id, version, red_flags, "
                + "signature_png, signed_at, consent_typed_name, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, intake.id());
            ps.setObject(2, clientId);
            ps.setInt(3, version);
            ps.setString(4, String.join("\n", flags.stream().map(f -> f.code() + "=" + f.reason()).toList()));
            // A typed consent has no image: NULL, not an empty picture.
            ps.setBytes(5, intake.signature().drawn() ? intake.signature().png() : null);
            ps.setObject(6, Rows.utc(intake.signature().signedAt()));
            ps.setString(7, intake.signature().typedName());
            Rows.stamps(ps, 8, at);
            ps.executeUpdate();
        }
        Map<String, Object> pain = new LinkedHashMap<>();
        checkIn.answers().pain().forEach((region, intensity) -> pain.put(region.name(), intensity));
        insertAnswers(c, intake.id(), checkIn.answers().answers(), form, at);
        insertPairs(c, "intake_pain (id, intake_id, region, intensity", intake.id(), pain, at);
        return intake;
    }

    /** One row per answer, with the question's wording and choices as the visitor was shown them. */
    private static void insertAnswers(Connection c, UUID intakeId, Map<String, String> answers, IntakeForm form,
                                      Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_answer (id, intake_id, question_code, "
                + "answer, asked_prompt, asked_choices, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                Optional<IntakeQuestion> asked = form.questions().stream()
                        .filter(q -> q.code().equals(answer.getKey())).findFirst();
                ps.setObject(1, Ids.next());
                ps.setObject(2, intakeId);
                ps.setString(3, answer.getKey());
                ps.setString(4, answer.getValue());
                ps.setString(5, asked.map(IntakeQuestion::prompt).orElse(null));
                ps.setString(6, asked.map(q -> IntakeQuestion.storedChoices(q.choices())).orElse(null));
                Rows.stamps(ps, 7, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The questions intake {@code intakeId} answered, worded as they were asked then (an answer from before
     * wordings could be edited reads its question as it still stands), in the form's order.
     */
    public IntakeForm askedIn(UUID intakeId) {
        return db.read(c -> {
            List<IntakeQuestion> asked = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT q.code, q.section, q.kind, q.sort_order, "
                    + "COALESCE(a.asked_prompt, q.prompt) AS prompt, COALESCE(a.asked_choices, q.choices) AS choices "
                    + "FROM intake_answer a JOIN intake_question q ON q.code = a.question_code WHERE a.intake_id = ?")) {
                ps.setObject(1, intakeId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        asked.add(question(rs));
                    }
                }
            }
            return new IntakeForm(asked, List.of());
        });
    }

    private static IntakeQuestion question(ResultSet rs) throws SQLException {
        return new IntakeQuestion(rs.getString("code"), IntakeQuestion.Section.valueOf(rs.getString("section")),
                rs.getString("prompt"), IntakeQuestion.Kind.valueOf(rs.getString("kind")),
                IntakeQuestion.parseChoices(rs.getString("choices")), rs.getInt("sort_order"));
    }

    /** Inserts one row per entry into a table of (id, intake_id, key, value, created_at, updated_at). */
    private static void insertPairs(Connection c, String tableAndColumns, UUID intakeId, Map<String, ?> pairs,
                                    Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tableAndColumns
                + ", created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
            for (Map.Entry<String, ?> pair : pairs.entrySet()) {
                ps.setObject(1, Ids.next());
                ps.setObject(2, intakeId);
                ps.setString(3, pair.getKey());
                ps.setObject(4, pair.getValue());
                Rows.stamps(ps, 5, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A new visitor who is already a client (same phone and date of birth, or same phone and name) is not added twice. */
    private static UUID clientFor(Connection c, ClientDetails details, Instant at) throws SQLException {
        ContactDetails contact = details.contact();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM client WHERE phone = ? AND "
                + "(date_of_birth = ? OR (date_of_birth IS NULL AND LOWER(name) = LOWER(?))) ORDER BY created_at LIMIT 1")) {
            ps.setString(1, contact.phone());
            ps.setObject(2, details.dateOfBirth());
            ps.setString(3, contact.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return updateClient(c, Rows.uuid(rs, "id"), details, at);
                }
            }
        }
        UUID id = Ids.next();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client (id, name, phone, email, date_of_birth, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setObject(1, id);
            ps.setString(2, contact.name());
            ps.setString(3, contact.phone());
            ps.setString(4, details.email());
            ps.setObject(5, details.dateOfBirth());
            Rows.stamps(ps, 6, at);
            ps.executeUpdate();
        }
        return id;
    }

    private static UUID updateClient(Connection c, UUID id, ClientDetails details, Instant at) throws SQLException {
        ClientStore.keepBeforeChange(c, id, details, at);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE client SET name = ?, phone = ?, email = ?, date_of_birth = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, details.contact().name());
            ps.setString(2, details.contact().phone());
            ps.setString(3, details.email());
            ps.setObject(4, details.dateOfBirth());
            ps.setObject(5, Rows.utc(at));
            ps.setObject(6, id);
            ps.executeUpdate();
        }
        return id;
    }

    private static Optional<Intake> latest(Connection c, UUID clientId) throws SQLException {
        List<UUID> newest = ids(c, "SELECT id FROM intake WHERE client_id = ? ORDER BY version DESC LIMIT 1", clientId);
        return newest.isEmpty() ? Optional.empty() : Optional.of(read(c, newest.get(0)));
    }

    private static List<UUID> ids(Connection c, String sql, UUID parameter) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Rows.uuid(rs, "id"));
                }
            }
        }
        return ids;
    }

    private static Intake read(Connection c, UUID id) throws SQLException {
        Map<String, String> answers = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT question_code, answer FROM intake_answer WHERE intake_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.put(rs.getString("question_code"), rs.getString("answer"));
                }
            }
        }
        Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT region, intensity FROM intake_pain WHERE intake_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pain.put(BodyRegion.valueOf(rs.getString("region")), rs.getInt("intensity"));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT client_id, version, red_flags, signature_png, signed_at, "
                + "consent_typed_name, created_at FROM intake WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                List<RedFlag> flags = Arrays.stream(rs.getString("red_flags").split("\n")).filter(s -> s.contains("="))
                        .map(s -> new RedFlag(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1))).toList();
                return new Intake(id, Rows.uuid(rs, "client_id"), rs.getInt("version"), new IntakeAnswers(answers, pain),
                        flags, new Signature(rs.getBytes("signature_png"), Rows.instant(rs, "signed_at"),
                                rs.getString("consent_typed_name")),
                        Rows.instant(rs, "created_at"));
            }
        }
    }
}
