package org.clausewatch.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Writes phrasing content: text, links, emphasis, code spans and line breaks; images are left out. */
final class InlineWriter {
    private static final int BOLD = 1;
    private static final int ITALIC = 2;
    private static final int LINK = 4;

    void write(Node node, StringBuilder out) {
        write(node, out, 0);
    }

    private void write(Node node, StringBuilder out, int style) {
        if (node instanceof TextNode text) {
            out.append(MarkdownWriter.text(text));
        } else if (node instanceof Element element) {
            element(element, out, style);
        }
    }

    private void element(Element element, StringBuilder out, int style) {
        switch (MarkdownWriter.tag(element)) {
            case "br" -> out.append(MarkdownWriter.BREAK);
            case "img", "picture", "video", "audio", "source", "track", "map", "area" -> {}
            case "a" -> link(element, out, style);
            case "strong", "b" -> emphasis(element, out, style, BOLD, "**");
            case "em", "i" -> emphasis(element, out, style, ITALIC, "*");
            case "code", "kbd", "samp", "tt" -> code(element, out);
            default -> container(element, out, style);
        }
    }

    private void container(Element element, StringBuilder out, int style) {
        // Block elements met inside inline context (e.g. a <div> in a heading) still separate words.
        boolean block = MarkdownWriter.isBlockTag(element);
        if (block) {
            out.append(' ');
        }
        children(element, out, style);
        if (block) {
            out.append(' ');
        }
    }

    private void children(Element element, StringBuilder out, int style) {
        for (Node child : element.childNodes()) {
            write(child, out, style);
        }
    }

    private void emphasis(Element element, StringBuilder out, int style, int flag, String marker) {
        if ((style & flag) != 0) {
            children(element, out, style);
            return;
        }
        StringBuilder inner = new StringBuilder();
        children(element, inner, style | flag);
        wrap(inner.toString(), marker, marker, out);
    }

    private void link(Element element, StringBuilder out, int style) {
        String href = element.attr("href");
        if ((style & LINK) != 0 || href.isEmpty()) {
            children(element, out, style);
            return;
        }
        StringBuilder inner = new StringBuilder();
        children(element, inner, style | LINK);
        String text = inner.toString().replace(MarkdownWriter.BREAK, ' ');
        wrap(text, "[", "](" + MarkdownEscapes.linkTarget(href) + ")", out);
    }

    private static void code(Element element, StringBuilder out) {
        String text = MarkdownEscapes.collapse(Whitespace.normaliseCharacters(element.wholeText()));
        if (text.isEmpty()) {
            return;
        }
        if (text.contains("`")) {
            out.append("`` ").append(text).append(" ``");
        } else {
            out.append('`').append(text).append('`');
        }
    }

    /** Wraps the text in markers, moving leading and trailing whitespace outside so the markers stay valid. */
    private static void wrap(String text, String open, String close, StringBuilder out) {
        String core = text.strip();
        if (core.isEmpty() || core.chars().allMatch(c -> c == MarkdownWriter.BREAK || Character.isWhitespace(c))) {
            out.append(text);
            return;
        }
        if (Character.isWhitespace(text.charAt(0))) {
            out.append(' ');
        }
        out.append(open).append(core).append(close);
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            out.append(' ');
        }
    }
}
