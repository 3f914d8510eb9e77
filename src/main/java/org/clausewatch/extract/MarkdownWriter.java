package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * ClauseWatch's own HTML-to-Markdown writer. Output depends only on the DOM it is given: no configuration, no
 * locale, no hash ordering. One instance per extraction (it tracks table nesting while writing).
 */
final class MarkdownWriter {
    /** Marks a hard line break inside inline text until the paragraph is assembled; never appears in pages. */
    static final char BREAK = '\uE000';

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "legend",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");
    private static final String BLOCK_QUERY =
            String.join(",", BLOCK_TAGS.stream().sorted().toList());

    private final InlineWriter inline = new InlineWriter();
    private final TableWriter tables = new TableWriter(this);

    /** The Markdown of the given fragments, in order, blocks separated by one blank line. */
    String write(List<Element> roots) {
        List<Block> blocks = new ArrayList<>();
        for (Element root : roots) {
            blocks.addAll(block(root));
        }
        return join(blocks, "\n\n");
    }

    static String join(List<Block> blocks, String separator) {
        return String.join(separator, blocks.stream().map(Block::text).toList());
    }

    List<Block> children(Element container) {
        List<Block> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(run, out);
                out.addAll(block(element));
            } else {
                inline.write(child, run);
            }
        }
        flush(run, out);
        return out;
    }

    private static boolean isBlock(Element element) {
        return isBlockTag(element) || element.selectFirst(BLOCK_QUERY) != null;
    }

    static boolean isBlockTag(Element element) {
        return BLOCK_TAGS.contains(tag(element));
    }

    private void flush(StringBuilder run, List<Block> out) {
        String paragraph = paragraph(run.toString());
        run.setLength(0);
        if (!paragraph.isEmpty()) {
            out.add(new Block(Block.Kind.PARAGRAPH, paragraph));
        }
    }

    /** Inline text to a paragraph: whitespace collapsed per line, line-start syntax escaped, hard breaks kept. */
    static String paragraph(String inlineText) {
        List<String> lines = new ArrayList<>();
        for (String line : inlineText.split(String.valueOf(BREAK), -1)) {
            String collapsed = MarkdownEscapes.collapse(line);
            if (!collapsed.isEmpty()) {
                lines.add(MarkdownEscapes.escapeLineStart(collapsed));
            }
        }
        return String.join("\\\n", lines);
    }

    private List<Block> block(Element element) {
        String tag = tag(element);
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(tag.charAt(1) - '0', element);
            case "ul", "ol", "menu" -> list(element);
            case "li" -> single(Block.Kind.LIST, item("- ", children(element)));
            case "table" -> tables.write(element);
            case "blockquote" -> quote(element);
            case "pre" -> code(element);
            case "hr" -> List.of(new Block(Block.Kind.RULE, "---"));
            default -> children(element);
        };
    }

    private List<Block> heading(int level, Element element) {
        StringBuilder run = new StringBuilder();
        inline.write(element, run);
        String text = MarkdownEscapes.collapse(run.toString().replace(BREAK, ' '));
        if (text.isEmpty()) {
            return List.of();
        }
        // A closing run of '#' would be read as an optional closing sequence and dropped.
        String safe = text.endsWith("#") ? text.substring(0, text.length() - 1) + "\\#" : text;
        return single(Block.Kind.HEADING, "#".repeat(level) + " " + safe);
    }

    private List<Block> list(Element list) {
        boolean ordered = tag(list).equals("ol");
        int number = startOf(list);
        List<String> items = new ArrayList<>();
        boolean loose = false;
        int lastIndent = 0;
        for (Element child : list.children()) {
            if (isList(child) && !items.isEmpty()) {
                // Invalid but common: a nested list placed directly in the list belongs to the item before it.
                List<Block> nested = list(child);
                String indent = " ".repeat(lastIndent);
                for (Block block : nested) {
                    items.set(items.size() - 1, items.getLast() + "\n" + indentLines(block.text(), indent, false));
                }
                continue;
            }
            if (tag(child).equals("li") && child.hasAttr("value")) {
                number = parseOr(child.attr("value"), number);
            }
            List<Block> content = children(child);
            if (content.isEmpty()) {
                number++;
                continue;
            }
            String marker = ordered ? number + ". " : "- ";
            lastIndent = marker.length();
            items.add(item(marker, content));
            number++;
            loose |= content.stream().filter(b -> b.kind() != Block.Kind.LIST).count() > 1;
        }
        return items.isEmpty() ? List.of() : single(Block.Kind.LIST, String.join(loose ? "\n\n" : "\n", items));
    }

    private static boolean isList(Element element) {
        String tag = tag(element);
        return tag.equals("ul") || tag.equals("ol");
    }

    private static int startOf(Element list) {
        return list.hasAttr("start") ? parseOr(list.attr("start"), 1) : 1;
    }

    private static int parseOr(String number, int fallback) {
        try {
            int value = Integer.parseInt(number.strip());
            return value >= 0 && value < 1_000_000_000 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** One list item: the marker on the first line, every other line indented to the marker's width. */
    static String item(String marker, List<Block> content) {
        String indent = " ".repeat(marker.length());
        StringBuilder out = new StringBuilder(marker);
        for (int i = 0; i < content.size(); i++) {
            if (i > 0) {
                out.append(content.get(i).kind() == Block.Kind.LIST ? "\n" : "\n\n");
            }
            out.append(indentLines(content.get(i).text(), indent, i == 0));
        }
        return out.toString();
    }

    private static String indentLines(String text, String indent, boolean firstLineHasMarker) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            boolean indented = !(i == 0 && firstLineHasMarker) && !lines[i].isEmpty();
            out.append(indented ? indent : "").append(lines[i]);
        }
        return out.toString();
    }

    private List<Block> quote(Element quote) {
        String inner = join(children(quote), "\n\n");
        if (inner.isEmpty()) {
            return List.of();
        }
        StringBuilder out = new StringBuilder();
        for (String line : inner.split("\n", -1)) {
            out.append(out.isEmpty() ? "" : "\n").append(line.isEmpty() ? ">" : "> " + line);
        }
        return single(Block.Kind.QUOTE, out.toString());
    }

    private static List<Block> code(Element pre) {
        String text = Whitespace.normaliseCharacters(pre.wholeText())
                .replace("\r\n", "\n")
                .replaceFirst("^\\n+", "")
                .stripTrailing();
        if (text.isBlank()) {
            return List.of();
        }
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return single(Block.Kind.CODE, fence + "\n" + text + "\n" + fence);
    }

    private static List<Block> single(Block.Kind kind, String text) {
        return List.of(new Block(kind, text));
    }

    static String tag(Element element) {
        return element.normalName().toLowerCase(Locale.ROOT);
    }

    /** Text nodes are escaped as they are written; used by the inline writer and tables. */
    static String text(TextNode node) {
        return MarkdownEscapes.escape(Whitespace.normaliseCharacters(node.getWholeText()));
    }
}
