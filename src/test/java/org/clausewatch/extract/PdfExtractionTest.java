package org.clausewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.clausewatch.common.Bytes;
import org.junit.jupiter.api.Test;

class PdfExtractionTest {
    @Test
    void readsHeadingsParagraphsAndBulletsFromAPdf() throws Exception {
        Bytes pdf = pdf(List.of(
                "USER DATA POLICY",
                "",
                "Requests must be made in writing and",
                "signed by an officer.",
                "",
                "\u2022 name the account;",
                "",
                "\u2022 state the period.",
                "",
                "2. Emergencies are handled first."));
        String markdown = new Extractor().extract(List.of(Pages.of(pdf, "application/pdf", Optional.empty())));
        assertThat(markdown).isEqualTo("""
                        ## USER DATA POLICY

                        Requests must be made in writing and signed by an officer.

                        - name the account;

                        - state the period.

                        2. Emergencies are handled first.
                        """);
    }

    @Test
    void extractsThePdfTheSameWayTwice() throws Exception {
        Bytes pdf = pdf(List.of("Same text", "", "every time"));
        Page page = Pages.of(pdf, "application/octet-stream", Optional.empty());
        assertThat(new Extractor().extract(List.of(page))).isEqualTo(new Extractor().extract(List.of(page)));
    }

    /** One page, Helvetica 11pt; an empty string leaves a paragraph gap. */
    private static Bytes pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    if (!line.isEmpty()) {
                        content.showText(line);
                    }
                    content.newLineAtOffset(0, line.isEmpty() ? -10 : -14);
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return Bytes.of(out.toByteArray());
        }
    }
}
