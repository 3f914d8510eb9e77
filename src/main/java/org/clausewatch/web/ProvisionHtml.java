package org.clausewatch.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A provision's Markdown as HTML a page may quote: emphasis, links, lists, tables. The text is the platform's, so it
 * is hostile until shown otherwise: raw HTML in it is escaped into visible text, a link is kept only to an http(s) or
 * mailto address (with {@code rel="nofollow noopener noreferrer"}, so it passes neither ranking, window nor referrer)
 * and is plain text otherwise, and an image is its description, never loaded. Indented code and HTML blocks are not
 * recognised, so indentation and tags in a clause stay text. Thread-safe.
 */
final class ProvisionHtml {
    static final String REL = "nofollow noopener noreferrer";
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .enabledBlockTypes(Set.of(
                    Heading.class, BlockQuote.class, ListBlock.class, FencedCodeBlock.class, ThematicBreak.class))
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .nodeRendererFactory(LinksAndImages::new)
            .build();

    private ProvisionHtml() {}

    /** The HTML of {@code markdown}, safe to place inside an element of a page. */
    static String of(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Whether a link may point at {@code destination}: an absolute http(s) address with a host, or mailto. */
    static boolean linkable(String destination) {
        try {
            URI uri = new URI(destination.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return false;
            }
            return scheme.equals("mailto") ? uri.getSchemeSpecificPart() != null : uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Links to allowed addresses only, marked so that they pass nothing on; images as their description. */
    private static final class LinksAndImages implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        LinksAndImages(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link && linkable(link.getDestination())) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", context.encodeUrl(link.getDestination().strip()));
                attributes.put("rel", REL);
                context.getWriter().tag("a", attributes);
                children(node);
                context.getWriter().tag("/a");
            } else {
                children(node);
            }
        }

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
