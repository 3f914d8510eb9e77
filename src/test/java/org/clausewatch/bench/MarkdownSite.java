package org.clausewatch.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders corpus Markdown as a plausible HTML page, so a local site can serve real documents. */
final class MarkdownSite {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");

    private MarkdownSite() {}

    static String page(String title, String markdown) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><script>var t=")
                .append(title.hashCode())
                .append(";</script></head><body><header><nav><a href=\"/\">Home</a></nav></header><main>\n");
        boolean inList = false;
        for (String block : markdown.split("\n\n+")) {
            String text = block.strip();
            boolean item = text.startsWith("- ") || text.startsWith("* ");
            if (inList && !item) {
                html.append("</ul>\n");
                inList = false;
            }
            if (text.startsWith("#")) {
                int level =
                        Math.min(6, (int) text.chars().takeWhile(c -> c == '#').count());
                html.append("<h")
                        .append(level)
                        .append('>')
                        .append(inline(text.substring(level).strip()))
                        .append("</h")
                        .append(level)
                        .append(">\n");
            } else if (item) {
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                for (String line : text.split("\n")) {
                    html.append("<li>")
                            .append(inline(line.replaceFirst("^\\s*[-*]\\s+", "")))
                            .append("</li>\n");
                }
            } else if (!text.isEmpty()) {
                html.append("<p>").append(inline(text.replace('\n', ' '))).append("</p>\n");
            }
        }
        if (inList) {
            html.append("</ul>\n");
        }
        return html.append("</main><footer>© Example</footer></body></html>\n").toString();
    }

    private static String inline(String text) {
        Matcher links = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (links.find()) {
            out.append(escape(text.substring(last, links.start())));
            out.append("<a href=\"")
                    .append(escape(links.group(2)))
                    .append("\">")
                    .append(escape(links.group(1)))
                    .append("</a>");
            last = links.end();
        }
        return out.append(escape(text.substring(last))).toString().replace("**", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
