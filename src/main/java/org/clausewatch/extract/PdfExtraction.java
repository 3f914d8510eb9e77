package org.clausewatch.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.FailureClass;

/**
 * PDF documents: PDFBox's text in content order with its paragraph detection, then Markdown structure read from
 * the lines: bullet glyphs become {@code - } items, numbered lines ordered items, and short all-capital or
 * section-numbered lines headings.
 */
final class PdfExtraction {
    private static final Pattern BULLET = Pattern.compile("^[•●▪◦■□‣∙○◆➢►-]\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^\\(([a-z]{1,2}|[ivx]{1,5}|\\d{1,3})\\)\\s+(\\S.*)$");
    private static final Pattern SECTION_NUMBER =
            Pattern.compile("^(?:[IVXLC]{1,6}|[A-Z]|\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+\\p{Lu}.*");
    private static final int HEADING_MAX_WORDS = 12;

    static boolean looksLikePdf(Bytes content) {
        return TextDecoding.startsWith(content, '%', 'P', 'D', 'F', '-');
    }

    String extract(Page page) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(page.content().toArray())) {
            return toMarkdown(stripper().getText(document));
        } catch (IOException e) {
            throw new ExtractionException(
                    FailureClass.EXTRACTION_ERROR, page.url() + ": cannot read PDF: " + e.getMessage(), e);
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n\n");
        stripper.setPageEnd("\n\n");
        return stripper;
    }

    static String toMarkdown(String text) {
        List<String> blocks = new ArrayList<>();
        for (String paragraph :
                joinContinuations(Whitespace.normaliseCharacters(text).split("\\n\\s*\\n"))) {
            String block = paragraph(paragraph);
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        return String.join("\n\n", blocks);
    }

    /**
     * PDFBox starts a new paragraph at every indented line, which splits a hanging list item in two; a
     * "paragraph" that starts in lower case continues the one before it.
     */
    private static List<String> joinContinuations(String[] paragraphs) {
        List<String> joined = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String trimmed = paragraph.strip();
            if (!joined.isEmpty() && !trimmed.isEmpty() && Character.isLowerCase(trimmed.codePointAt(0))) {
                joined.set(joined.size() - 1, joined.getLast() + "\n" + trimmed);
            } else {
                joined.add(paragraph);
            }
        }
        return joined;
    }

    private static String paragraph(String paragraph) {
        List<String> items = new ArrayList<>();
        for (String raw : paragraph.split("\n", -1)) {
            String line = MarkdownEscapes.collapse(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (items.isEmpty() || startsItem(line)) {
                items.add(line);
            } else {
                items.set(items.size() - 1, items.getLast() + " " + line);
            }
        }
        if (items.size() == 1 && isHeading(items.getFirst())) {
            return "## " + MarkdownEscapes.escape(items.getFirst());
        }
        return String.join("\n", items.stream().map(PdfExtraction::item).toList());
    }

    private static boolean startsItem(String line) {
        return BULLET.matcher(line).matches()
                || NUMBERED.matcher(line).matches()
                || LETTERED.matcher(line).matches();
    }

    private static String item(String line) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches() && !bullet.group(1).isEmpty()) {
            return "- " + MarkdownEscapes.escape(bullet.group(1));
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) {
            return numbered.group(1) + ". " + MarkdownEscapes.escape(numbered.group(2));
        }
        Matcher lettered = LETTERED.matcher(line);
        if (lettered.matches()) {
            return "- (" + lettered.group(1) + ") " + MarkdownEscapes.escape(lettered.group(2));
        }
        return MarkdownEscapes.escapeLineStart(MarkdownEscapes.escape(line));
    }

    private static boolean isHeading(String line) {
        if (line.split(" ").length > HEADING_MAX_WORDS || line.matches(".*[.,;:]$")) {
            return false;
        }
        boolean allCapitals = line.chars().anyMatch(Character::isLetter)
                && line.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase)
                && line.chars().filter(Character::isLetter).count() > 1;
        return allCapitals || SECTION_NUMBER.matcher(line).matches();
    }
}
