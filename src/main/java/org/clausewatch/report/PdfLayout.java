package org.clausewatch.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.clausewatch.report.Report.Block;
import org.clausewatch.report.Report.Bullets;
import org.clausewatch.report.Report.Heading;
import org.clausewatch.report.Report.Paragraph;
import org.clausewatch.report.Report.Quote;
import org.clausewatch.report.Report.Run;
import org.clausewatch.report.Report.Style;

/**
 * Sets a {@link Report} on A4 pages with PDFBox: real text in embedded fonts (selectable, searchable, copied as
 * words), wrapped at word boundaries, pages broken between lines, each page footed with its number and the time the
 * report was made.
 */
final class PdfLayout {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float FOOTER = 28;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TITLE = 16;
    private static final float HEADING = 11.5f;
    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float LEADING = 1.4f;
    private static final float QUOTE_INDENT = 14;
    private static final float BULLET_INDENT = 14;
    private static final Color MUTED = new Color(90, 90, 90);
    private static final Color INSERTED = new Color(0, 110, 40);
    private static final Color DELETED = new Color(170, 0, 0);
    private static final Color RULE = new Color(170, 170, 170);

    private final PDDocument document;
    private final Typeface regular;
    private final Typeface bold;
    private PDPageContentStream stream;
    private float y;

    private PdfLayout(PDDocument document) throws IOException {
        this.document = document;
        this.regular = Typeface.load(document, "DejaVuSans.ttf");
        this.bold = Typeface.load(document, "DejaVuSans-Bold.ttf");
    }

    static void write(Report report, Instant madeAt, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document);
            layout.lay(report);
            layout.foot(report, madeAt);
            describe(document, report, madeAt);
            document.save(out);
        }
    }

    /** How a block's lines are set: size, left indent, a rule at the left (quotes) and a bullet on the first line. */
    private record Setting(float size, float indent, boolean rule, boolean bullet) {}

    /** A piece of one line in one style, already printable in its face. */
    private record Fragment(String text, Style style) {}

    private void lay(Report report) throws IOException {
        newPage();
        setLines(List.of(new Run(report.title(), Style.BOLD)), new Setting(TITLE, 0, false, false));
        setLines(List.of(new Run(report.subtitle(), Style.NORMAL)), new Setting(HEADING, 0, false, false));
        y -= 6;
        for (Block block : report.blocks()) {
            block(block);
        }
        stream.close();
    }

    private void block(Block block) throws IOException {
        switch (block) {
            case Heading heading -> {
                y -= 8;
                setLines(List.of(new Run(heading.text(), Style.BOLD)), new Setting(HEADING, 0, false, false));
                y -= 2;
            }
            case Paragraph paragraph -> setLines(paragraph.runs(), new Setting(BODY, 0, false, false));
            case Quote quote ->
                setLines(List.of(new Run(quote.text(), Style.NORMAL)), new Setting(BODY, QUOTE_INDENT, true, false));
            case Bullets bullets -> {
                for (String item : bullets.items()) {
                    setLines(List.of(new Run(item, Style.NORMAL)), new Setting(BODY, BULLET_INDENT, false, true));
                }
            }
        }
        y -= 4;
    }

    /** Flows the runs into lines of the available width, breaking between words, and sets each line. */
    private void setLines(List<Run> runs, Setting setting) throws IOException {
        float available = WIDTH - setting.indent();
        List<Fragment> line = new ArrayList<>();
        float width = 0;
        boolean first = true;
        for (Run run : runs) {
            Typeface face = face(run.style());
            float size = size(run.style(), setting);
            for (String word : face.printable(run.text()).split("(?<= )")) {
                for (String piece : pieces(word, face, size, available)) {
                    if (!line.isEmpty() && width + face.width(piece.stripTrailing(), size) > available) {
                        setLine(line, setting, first);
                        first = false;
                        line = new ArrayList<>();
                        width = 0;
                        piece = piece.stripLeading();
                    }
                    line.add(new Fragment(piece, run.style()));
                    width += face.width(piece, size);
                }
            }
        }
        if (!line.isEmpty()) {
            setLine(line, setting, first);
        }
    }

    /** A word wider than the whole line (a long URL, a digest) is cut where it must be. */
    private static List<String> pieces(String word, Typeface face, float size, float available) throws IOException {
        if (word.isEmpty() || face.width(word.stripTrailing(), size) <= available) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int end = i + Character.charCount(word.codePointAt(i));
            String next = piece + word.substring(i, end);
            if (piece.length() > 0 && face.width(next, size) > available) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(word, i, end);
            i = end;
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private void setLine(List<Fragment> line, Setting setting, boolean first) throws IOException {
        float height = setting.size() * LEADING;
        if (y - height < MARGIN + FOOTER) {
            stream.close();
            newPage();
        }
        y -= height;
        float x = MARGIN + setting.indent();
        if (setting.bullet() && first) {
            text("•", regular, setting.size(), Color.BLACK, MARGIN + 3, y);
        }
        if (setting.rule()) {
            stream.setStrokingColor(RULE);
            stream.setLineWidth(1.5f);
            stream.moveTo(MARGIN + 4, y - setting.size() * 0.3f);
            stream.lineTo(MARGIN + 4, y + setting.size() * 1.05f);
            stream.stroke();
        }
        for (Fragment fragment : line) {
            x += fragment(fragment, setting, x);
        }
    }

    /** Sets one fragment at {@code x} on the current baseline and returns its width. */
    private float fragment(Fragment fragment, Setting setting, float x) throws IOException {
        Typeface face = face(fragment.style());
        float size = size(fragment.style(), setting);
        float width = face.width(fragment.text(), size);
        Color color = color(fragment.style());
        text(fragment.text(), face, size, color, x, y);
        float marked = face.width(fragment.text().stripTrailing(), size);
        if (fragment.style() == Style.INSERT) {
            rule(color, x, y - size * 0.15f, marked);
        } else if (fragment.style() == Style.DELETE) {
            rule(color, x, y + size * 0.3f, marked);
        }
        return width;
    }

    private void text(String text, Typeface face, float size, Color color, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    private void rule(Color color, float x, float at, float width) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(0.7f);
        stream.moveTo(x, at);
        stream.lineTo(x + width, at);
        stream.stroke();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Page numbers are known only once every page is laid, so the footers are added afterwards. */
    private void foot(Report report, Instant madeAt) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footer;
                String text = regular.printable("ClauseWatch · " + report.title() + " · " + report.subtitle()
                        + " · made " + Formats.time(madeAt) + " · page " + (i + 1) + " of " + pages);
                text(text, regular, SMALL, MUTED, MARGIN, MARGIN - 4);
            }
        }
    }

    private static void describe(PDDocument document, Report report, Instant madeAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title() + " · " + report.subtitle());
        info.setCreator("ClauseWatch");
        info.setProducer("ClauseWatch");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(madeAt.toEpochMilli());
        info.setCreationDate(created);
    }

    private Typeface face(Style style) {
        return style == Style.BOLD ? bold : regular;
    }

    private static float size(Style style, Setting setting) {
        return style == Style.MUTED ? Math.min(setting.size(), BODY - 1) : setting.size();
    }

    private static Color color(Style style) {
        return switch (style) {
            case MUTED -> MUTED;
            case INSERT -> INSERTED;
            case DELETE -> DELETED;
            case NORMAL, BOLD -> Color.BLACK;
        };
    }
}
