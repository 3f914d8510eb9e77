package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.List;

/** Plain text as Markdown: paragraphs (blank-line separated) kept, lines kept, spaces collapsed, syntax escaped. */
final class PlainTextExtraction {
    private PlainTextExtraction() {}

    static String toMarkdown(String text) {
        String unix = Whitespace.normaliseCharacters(text).replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : unix.split("\\n\\s*\\n", -1)) {
            String rendered = paragraph(paragraph);
            if (!rendered.isEmpty()) {
                paragraphs.add(rendered);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String paragraph(String paragraph) {
        List<String> lines = new ArrayList<>();
        for (String line : paragraph.split("\n", -1)) {
            String collapsed = MarkdownEscapes.collapse(line);
            if (!collapsed.isEmpty()) {
                lines.add(MarkdownEscapes.escapeLineStart(MarkdownEscapes.escape(collapsed)));
            }
        }
        // A single newline in plain text is a line break the author chose; keep it visible in Markdown.
        return String.join("\\\n", lines);
    }
}
