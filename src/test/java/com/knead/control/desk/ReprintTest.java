package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Permission;
import com.knead.domain.Ids;
import com.knead.domain.Refused;
import com.knead.domain.TenderKind;
import com.knead.usecase.Reprint;
import com.knead.usecase.VoidOrRefund;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receipt again, a sale's or a refund's, through the use case the desk's reprint box calls. */
class ReprintTest {

    @TempDir
    Path data;
    TestDesk desk;

    @BeforeEach
    void open() {
        desk = new TestDesk(data);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void nothingToReprintYetIsSaidPlainly() {
        assertThatThrownBy(() -> new Reprint(desk.stores, desk.receipts()).again(""))
                .isInstanceOf(Refused.class).hasMessage("There is no receipt to reprint yet.");
    }

    @Test
    void aSaleAndARefundAreReprintedByNumberAndBlankMeansTheLast() throws Exception {
        var sale = desk.cardSale();
        new VoidOrRefund(desk.stores, desk.receipts()).refund(Ids.next(), sale.receiptNumber(), desk.money("20.00"),
                TenderKind.CASH, "", "session cut short", desk.riley(), desk.owner(Permission.REFUND));
        byte[] original = Files.readAllBytes(data.resolve("receipts/receipt-000002.pdf"));
        Reprint reprint = new Reprint(desk.stores, desk.receipts());

        assertThat(reprint.again("").receipt().value()).isEqualTo(2);
        // The copy goes beside the original, which stays as it was handed over, and says it is a copy.
        assertThat(data.resolve("receipts/receipt-000002.pdf")).hasBinaryContent(original);
        assertThat(text(data.resolve("receipts/receipt-000002-copy.pdf")))
                .contains("COPY — reprinted, not a new sale", "000002");
        var first = reprint.again("1");
        assertThat(first.sentence()).startsWith("No receipt printer is chosen, so receipt 000001 was not printed");
        assertThat(text(data.resolve("receipts/receipt-000001-copy.pdf"))).contains("COPY — reprinted, not a new sale");
        assertThatThrownBy(() -> reprint.again("9")).isInstanceOf(Refused.class).hasMessage("There is no receipt 000009.");
    }

    private static String text(Path pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
