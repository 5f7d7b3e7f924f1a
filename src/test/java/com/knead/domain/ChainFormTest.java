package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical form is fixed: these exact texts and hashes are what every stored link depends on. */
class ChainFormTest {

    private static final UUID ID = UUID.fromString("0192F3A4-0000-7000-8000-00000000ABCD");

    @Test
    void fieldsAreWrittenInOrderWithFixedFormsForEveryType() {
        String body = new ChainForm()
                .field("id", ID)
                .field("receipt_number", 123L)
                .field("business_day", LocalDate.of(2026, 3, 10))
                .field("client_name", "Ada\\Adams\nline two\r")
                .field("total", new BigDecimal("85.5"))
                .field("tip", new BigDecimal("12.7500"))
                .field("discount_kind", null)
                .field("credits", 0)
                .field("created_at", Instant.parse("2026-03-10T15:00:00Z"))
                .part("tender", 1)
                .field("amount", new BigDecimal("1E+2"))
                .field("reference", "")
                .body();
        assertThat(body).isEqualTo("id=0192f3a4-0000-7000-8000-00000000abcd\n"
                + "receipt_number=123\n"
                + "business_day=2026-03-10\n"
                + "client_name=Ada\\\\Adams\\nline two\\r\n"
                + "total=85.5000\n"
                + "tip=12.7500\n"
                + "discount_kind~\n"
                + "credits=0\n"
                + "created_at=2026-03-10T15:00:00.000000Z\n"
                + "[tender 1]\n"
                + "amount=100.0000\n"
                + "reference=\n");
    }

    @Test
    void theHashIsSha256OfTheHeaderAndBody() throws Exception {
        String body = new ChainForm().field("id", ID).body();
        String text = "knead-chain 1\nkind=sale\nrecord=" + ID.toString().toLowerCase() + "\nprevious="
                + ChainForm.GENESIS + "\n" + body;
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(ChainForm.hash("sale", ID, ChainForm.GENESIS, body)).isEqualTo(expected).hasSize(64)
                .isLowerCase();
    }

    @Test
    void formTwoNamesItselfInTheFirstLineAndFormOneIsTheFormBefore() throws Exception {
        String body = new ChainForm().field("id", ID).body();
        String text = "knead-chain 2\nkind=sale\nrecord=" + ID.toString().toLowerCase() + "\nprevious="
                + ChainForm.GENESIS + "\n" + body;
        assertThat(ChainForm.hash(2, "sale", ID, ChainForm.GENESIS, body)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(ChainForm.hash(1, "sale", ID, ChainForm.GENESIS, body))
                .isEqualTo(ChainForm.hash("sale", ID, ChainForm.GENESIS, body));
        assertThat(ChainForm.CURRENT).isEqualTo(2);
    }

    @Test
    void nullEmptyAndEscapedTextNeverCollide() {
        assertThat(new ChainForm().field("a", null).body()).isNotEqualTo(new ChainForm().field("a", "").body());
        // A value cannot pretend to end its line and start another field or part.
        assertThat(new ChainForm().field("a", "x\nb=y").body())
                .isNotEqualTo(new ChainForm().field("a", "x").field("b", "y").body());
        assertThat(new ChainForm().field("a", "x\n[tender 1]").body())
                .isNotEqualTo(new ChainForm().field("a", "x").part("tender", 1).body());
    }

    @Test
    void aFractionOfACentMoreIsADifferentAmount() {
        assertThat(new ChainForm().field("amount", new BigDecimal("85.00001")).body()).isEqualTo("amount=85.00001\n");
        assertThat(new ChainForm().field("amount", new BigDecimal("85.00")).body()).isEqualTo("amount=85.0000\n");
    }

    @Test
    void eachInputChangesTheHash() {
        String body = new ChainForm().field("id", ID).body();
        String hash = ChainForm.hash("sale", ID, ChainForm.GENESIS, body);
        assertThat(ChainForm.hash("refund", ID, ChainForm.GENESIS, body)).isNotEqualTo(hash);
        assertThat(ChainForm.hash("sale", UUID.randomUUID(), ChainForm.GENESIS, body)).isNotEqualTo(hash);
        assertThat(ChainForm.hash("sale", ID, "1".repeat(64), body)).isNotEqualTo(hash);
        assertThat(ChainForm.hash("sale", ID, ChainForm.GENESIS, body + "x~\n")).isNotEqualTo(hash);
    }

    @Test
    void aTypeWithoutACanonicalFormIsRefused() {
        assertThatThrownBy(() -> new ChainForm().field("when", 1.5d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
    }
}
