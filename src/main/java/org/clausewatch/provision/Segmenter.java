package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.common.Memo;
import org.clausewatch.common.Sha256;

/**
 * Cuts a version's Markdown into provisions: paragraphs, list items (with the sentence that leads into the list, or
 * the parent item, as context) and table rows (with the header row as context). Headings are structure: they make the
 * path of the provisions below them. A line {@code - - -} starts the next page of a multi-page document.
 */
public final class Segmenter {
    private static final int MEMO = 50_000;
    private static final Pattern PAGE_BREAK = Pattern.compile("^- - -\\s*$");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*\\s*){3,}|(?:_\\s*){3,}|(?:-\\s*){3,})$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|(?:\\s*:?-+:?\\s*\\|)+\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,3}[.)])(?:\\s+(.*))?$");

    private final Memo<String, String> plain = new Memo<>(MEMO, MarkdownText::plain);
    private final Memo<String, String> keys =
            new Memo<>(MEMO, text -> Sha256.of(text).hex());

    /** The provisions of {@code markdown} in document order, positions counted from 0. Safe to share across threads. */
    public List<Provision> segment(String markdown) {
        Reader reader = new Reader(plain);
        for (String line : markdown.split("\\R", -1)) {
            reader.read(line);
        }
        reader.end();
        return Fragments.attach(reader.blocks).stream()
                .map(new Numbering(keys)::provision)
                .toList();
    }

    /** Numbers blocks as they become provisions. */
    private static final class Numbering {
        private final Memo<String, String> keys;
        private int next;

        Numbering(Memo<String, String> keys) {
            this.keys = keys;
        }

        Provision provision(Block block) {
            String text = block.text.toString().strip();
            return new Provision(
                    keys.get(block.plain()),
                    block.path,
                    next++,
                    block.page,
                    text,
                    Optional.ofNullable(block.context),
                    block.kind);
        }
    }

    /** A provision being read: its text grows while continuation lines come. */
    static final class Block {
        final Provision.Kind kind;
        final List<String> path;
        final int page;
        final String context;
        final int indent;
        final StringBuilder text;
        private final Memo<String, String> plainMemo;
        private String plain;

        Block(
                Memo<String, String> plainMemo,
                Provision.Kind kind,
                List<String> path,
                int page,
                String context,
                int indent,
                String text) {
            this.plainMemo = plainMemo;
            this.kind = kind;
            this.path = path;
            this.page = page;
            this.context = context;
            this.indent = indent;
            this.text = new StringBuilder(text.strip());
        }

        /** A block like this one holding {@code other} instead of its text. */
        Block withText(String other) {
            return new Block(plainMemo, kind, path, page, context, indent, other);
        }

        /** The plain text, worked out once: fragments and keys both need it. */
        String plain() {
            if (plain == null) {
                plain = plainMemo.get(text.toString().strip());
            }
            return plain;
        }

        void append(String line) {
            plain = null;
            String more = line.strip();
            if (!more.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(more);
            }
        }
    }

    /** A line-by-line state machine over the Markdown blocks that Open Terms Archive and our extractor write. */
    private static final class Reader {
        final List<Block> blocks = new ArrayList<>();
        private final Memo<String, String> plain;
        private final Headings headings = new Headings();
        private final List<String> paragraph = new ArrayList<>();
        private final List<Block> openItems = new ArrayList<>();
        private String leadIn;
        private String tableHeader;
        private boolean tableRuleSeen;
        private boolean afterBlank = true;
        private int page;

        Reader(Memo<String, String> plain) {
            this.plain = plain;
        }

        void read(String line) {
            if (line.isBlank()) {
                flushParagraph();
                endTable();
                afterBlank = true;
                return;
            }
            char first = line.strip().charAt(0);
            if (first == '-' && PAGE_BREAK.matcher(line).matches()) {
                endAll();
                page++;
                headings.clear();
            } else if (isMark(first) && readHeading(line)) {
                leadIn = null;
            } else if (first == '|' && TABLE_ROW.matcher(line).matches()) {
                readTableRow(line);
            } else {
                readText(line);
            }
            afterBlank = false;
        }

        private boolean readHeading(String line) {
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                endAll();
                headings.enter(atx.group(1).length(), atx.group(2) == null ? "" : atx.group(2));
                return true;
            }
            Matcher underline = UNDERLINE.matcher(line);
            if (underline.matches() && !paragraph.isEmpty() && !afterBlank) {
                String title = String.join(" ", paragraph);
                paragraph.clear();
                endAll();
                headings.enter(underline.group(1).charAt(0) == '=' ? 1 : 2, title);
                return true;
            }
            if (RULE.matcher(line).matches()) {
                endAll();
                return true;
            }
            return false;
        }

        private void readTableRow(String line) {
            flushParagraph();
            closeItems(0);
            leadIn = null;
            if (TABLE_RULE.matcher(line).matches()) {
                tableRuleSeen = true;
                return;
            }
            String cells = cells(line);
            if (tableHeader == null && !tableRuleSeen) {
                tableHeader = cells;
                return;
            }
            String context = tableHeader == null
                            || MarkdownText.plain(tableHeader).replace("|", "").isBlank()
                    ? null
                    : tableHeader;
            blocks.add(new Block(plain, Provision.Kind.TABLE_ROW, headings.path(), page, context, 0, cells));
        }

        private void readText(String line) {
            endTable();
            char first = line.strip().charAt(0);
            Matcher item = ITEM.matcher(line);
            if ((first == '-' || first == '*' || first == '+' || Character.isDigit(first)) && item.matches()) {
                readItem(item.group(1).length(), item.group(2) == null ? "" : item.group(2));
                return;
            }
            int indent = indent(line);
            if (!openItems.isEmpty() && (indent > 0 || !afterBlank)) {
                openItems.get(openItems.size() - 1).append(line);
                return;
            }
            closeItems(0);
            leadIn = null;
            paragraph.add(line.strip());
        }

        private void readItem(int indent, String text) {
            flushParagraph();
            closeItems(indent);
            String context = openItems.isEmpty()
                    ? leadIn
                    : openItems.get(openItems.size() - 1).text.toString();
            Block block = new Block(plain, Provision.Kind.LIST_ITEM, headings.path(), page, context, indent, text);
            blocks.add(block);
            openItems.add(block);
        }

        /** Ends the items at {@code indent} or deeper: a new item there is their sibling, not their child. */
        private void closeItems(int indent) {
            while (!openItems.isEmpty() && openItems.get(openItems.size() - 1).indent >= indent) {
                openItems.remove(openItems.size() - 1);
            }
        }

        private void flushParagraph() {
            if (paragraph.isEmpty()) {
                return;
            }
            String text = String.join(" ", paragraph);
            paragraph.clear();
            Block block = new Block(plain, Provision.Kind.PARAGRAPH, headings.path(), page, null, 0, text);
            blocks.add(block);
            // A paragraph ending in a colon announces the list after it, blank line or not.
            leadIn = block.plain().endsWith(":") ? lastSentence(text) : null;
        }

        private void endTable() {
            tableHeader = null;
            tableRuleSeen = false;
        }

        private void endAll() {
            flushParagraph();
            closeItems(0);
            endTable();
            leadIn = null;
        }

        void end() {
            endAll();
        }
    }

    /** Whether a line starting with {@code first} can be a heading, an underline or a rule. */
    private static boolean isMark(char first) {
        return first == '#' || first == '=' || first == '-' || first == '*' || first == '_';
    }

    private static String cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return String.join(" | ", cells);
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        return indent;
    }

    /** The sentence that leads into a list: the end of the paragraph before it, where "including:" usually stands. */
    static String lastSentence(String paragraph) {
        String[] sentences = paragraph.strip().split("(?<=[.!?])\\s+(?=\\p{Lu})");
        return sentences[sentences.length - 1];
    }
}
