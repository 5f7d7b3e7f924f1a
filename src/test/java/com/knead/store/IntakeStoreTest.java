package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.Intake;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.RedFlag;
import com.knead.domain.ReturningVisitor;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntakeStoreTest extends WithOpenStores {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Signature SIGNED = new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, AFTERNOON);

    private ClientDetails ada() {
        return ClientDetails.of("Ada Lovelace", "555 123 4567", "", "10", "12", "1975", TODAY);
    }

    private Visit checkIn(ClientDetails who, Optional<ReturningVisitor> returning, IntakeAnswers answers,
                          Optional<Signature> signature, java.time.Instant at) {
        Modality swedish = TestClinic.modality(stores, "Swedish");
        IntakeForm form = stores.intakes().form();
        return stores.intakes().checkIn(new KioskCheckIn(who, returning, answers, signature, swedish,
                TestClinic.price(stores, swedish, 60)), form, at);
    }

    @Test
    void theDefaultFormIsDataInTheClinicsOrder() {
        IntakeForm form = stores.intakes().form();
        assertThat(form.questions(IntakeQuestion.Section.PAIN)).extracting(IntakeQuestion::code)
                .containsExactly("how_long", "worse_with", "pressure");
        assertThat(form.questions(IntakeQuestion.Section.HEALTH)).hasSize(14)
                .first().extracting(IntakeQuestion::prompt).isEqualTo("Recent surgery or injury");
        assertThat(form.rules()).hasSize(5);
        assertThat(form.redFlags(new IntakeAnswers(Map.of("numbness", "yes"), Map.of(BodyRegion.LOWER_BACK, 8))))
                .extracting(RedFlag::reason).containsExactly("Numbness or tingling with severe pain");
    }

    @Test
    void aNewVisitorIsKeptWithTheirIntakeAndFoundAgainByPhoneAndBirthDate() {
        IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "light", "medications", "Robert'); DROP TABLE client;--"),
                Map.of(BodyRegion.NECK, 4, BodyRegion.LOWER_BACK, 7));
        Visit visit = checkIn(ada(), Optional.empty(), answers, Optional.of(SIGNED), AFTERNOON);
        assertThat(visit.queueNumber()).isEqualTo(1);
        assertThat(visit.redFlag()).isFalse();

        assertThat(stores.intakes().returning("5551234567", LocalDate.of(1975, 12, 11))).isEmpty();
        assertThat(stores.intakes().returning("5551234568", LocalDate.of(1975, 12, 10))).isEmpty();
        ReturningVisitor found = stores.intakes().returning("555-123-4567", LocalDate.of(1975, 12, 10)).orElseThrow();
        assertThat(found.details().contact().name()).isEqualTo("Ada Lovelace");
        Intake last = found.lastIntake().orElseThrow();
        assertThat(last.version()).isEqualTo(1);
        assertThat(last.answers()).isEqualTo(answers);
        assertThat(last.signature()).isEqualTo(SIGNED);
    }

    @Test
    void aChangeMakesANewVersionAndNoChangeKeepsTheLastOne() {
        IntakeAnswers first = new IntakeAnswers(Map.of("pressure", "medium"), Map.of(BodyRegion.NECK, 4));
        checkIn(ada(), Optional.empty(), first, Optional.of(SIGNED), AFTERNOON);
        ReturningVisitor again = stores.intakes().returning("5551234567", ada().dateOfBirth()).orElseThrow();

        Visit same = checkIn(ada(), Optional.of(again), first, Optional.empty(), AFTERNOON.plusSeconds(60));
        assertThat(stores.intakes().history(again.clientId())).hasSize(1);

        IntakeAnswers changed = first.with("blood_clots", "yes");
        Visit flagged = checkIn(ada(), Optional.of(again), changed, Optional.of(SIGNED), AFTERNOON.plusSeconds(120));
        assertThat(stores.intakes().history(again.clientId())).extracting(Intake::version).containsExactly(1, 2);
        assertThat(stores.intakes().history(again.clientId()).get(0).answers()).isEqualTo(first);
        assertThat(flagged.redFlag()).isTrue();
        assertThat(stores.visits().find(flagged.id()).orElseThrow().redFlag()).isTrue();
        assertThat(stores.visits().find(same.id()).orElseThrow().redFlag()).isFalse();
        assertThat(stores.intakes().returning("5551234567", ada().dateOfBirth()).orElseThrow().lastIntake()
                .orElseThrow().redFlags()).extracting(RedFlag::code).containsExactly("blood_clots");
    }

    @Test
    void sqlLookingTextIsStoredAsText() throws SQLException {
        ClientDetails bobby = ClientDetails.of("Robert'); DROP TABLE client;--", "555 999 0000", "", "1", "2", "1980", TODAY);
        checkIn(bobby, Optional.empty(), IntakeAnswers.NONE, Optional.of(SIGNED), AFTERNOON);
        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM client")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Robert'); DROP TABLE client;--");
        }
    }
}
