package com.knead.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a written PDF holds, read back with PDFBox: its text (runs of spaces folded to one, lines
 * kept) and its pages. Reading also renders page 1 to {@code target/report-previews/NAME.png} (and
 * the last page of a longer PDF to {@code NAME-last-page.png}) so a person can look at what the
 * tests produced.
 */
record PdfReadback(String text, int pages, float width, float height) {

    private static final float PREVIEW_DPI = 150;

    static PdfReadback of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("[ \\t\\u00A0]+", " ");
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            writePreview(document, 0, name + ".png");
            if (document.getNumberOfPages() > 1) {
                writePreview(document, document.getNumberOfPages() - 1, name + "-last-page.png");
            }
            PDRectangle page = document.getPage(0).getMediaBox();
            return new PdfReadback(text, document.getNumberOfPages(), page.getWidth(), page.getHeight());
        }
    }

    /** The text of each page, in order (runs of spaces folded to one). */
    static java.util.List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            java.util.List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("[ \\t\\u00A0]+", " "));
            }
            return pages;
        }
    }

    /** How many pictures (image XObjects) page 1 of {@code pdf} draws, such as a receipt's logo. */
    static int imagesOnFirstPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            return images;
        }
    }

    private static void writePreview(PDDocument document, int page, String name) throws IOException {
        Path folder = Path.of(System.getProperty("knead.test.output", "target"), "report-previews");
        Files.createDirectories(folder);
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, PREVIEW_DPI, ImageType.RGB);
        ImageIO.write(image, "png", folder.resolve(name).toFile());
    }
}
