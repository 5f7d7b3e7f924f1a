package com.knead.app;

import com.knead.domain.ReceiptNumber;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import com.knead.store.Stores;
import com.knead.usecase.ReceiptFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knead receipt --sale N --pdf FILE}: writes (or rewrites) the receipt of a recorded sale. */
@Command(name = "receipt", mixinStandardHelpOptions = true, description = "Write the receipt of a sale as a PDF.")
final class ReceiptCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--sale", required = true, paramLabel = "NUMBER", description = "Receipt number, e.g. 42 or 000042.")
    String sale;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;

    @Override
    public Integer call() {
        LogFile.attach(data.folder);
        ReceiptNumber number = ReceiptNumber.parse(sale);
        try (Stores stores = Stores.open(data.folder)) {
            new ReceiptFile(stores, new ReceiptReport(new ReportTemplates())).write(number, pdf);
            ExportLog.written(stores, "Receipt " + number + " as PDF", pdf);
        }
        System.out.println("Wrote receipt " + number + " to " + pdf.toAbsolutePath());
        return 0;
    }
}
