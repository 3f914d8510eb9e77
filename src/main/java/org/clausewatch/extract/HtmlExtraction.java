package org.clausewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausewatch.common.FailureClass;
import org.clausewatch.source.Filter;
import org.clausewatch.source.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** HTML pages: parse, remove, select, filter, clean links, then write Markdown. */
final class HtmlExtraction {
    /** Never document text: code, styling, embedded frames and invisible form state. */
    private static final String NEVER_TEXT =
            "script, style, noscript, template, iframe, svg, canvas, object, embed, input[type=hidden]";

    private final LinkCleaner links;

    HtmlExtraction(LinkCleaner links) {
        this.links = links;
    }

    String extract(Page page) throws ExtractionException {
        Document document = parse(page);
        SourceDocument source = page.source();
        dropNeverText(document);
        Selection selection = new Selection(document, page.url().toString());
        selection.remove(source.remove());
        removeElements(selection, source.filters());
        List<Element> roots = selection.select(source.select());
        Set<String> declaredParameters = declaredParameters(source.filters());
        for (Element root : roots) {
            EmailProtection.restore(root);
            cleanLinks(root, declaredParameters);
            replaceText(root, source.filters());
        }
        return new MarkdownWriter().write(roots);
    }

    /** Charset: the declared one, else jsoup's detection (byte-order mark, then meta charset), else UTF-8. */
    static Document parse(Page page) throws ExtractionException {
        try (InputStream in = page.content().stream()) {
            String charset = page.charset().map(Charset::name).orElse(null);
            return Jsoup.parse(in, charset, page.url().toString());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(
                    FailureClass.EXTRACTION_ERROR, page.url() + ": cannot parse HTML: " + e.getMessage(), e);
        }
    }

    private static void dropNeverText(Document document) {
        document.select(NEVER_TEXT).remove();
        document.nodeStream(Comment.class).toList().forEach(Node::remove);
    }

    private static void removeElements(Selection selection, List<Filter> filters) throws ExtractionException {
        for (Filter filter : filters) {
            if (filter instanceof Filter.RemoveElements remove) {
                selection.remove(List.of(new org.clausewatch.source.Selector.Css(remove.query())));
            }
        }
    }

    private static Set<String> declaredParameters(List<Filter> filters) {
        Set<String> names = new HashSet<>();
        for (Filter filter : filters) {
            if (filter instanceof Filter.RemoveQueryParams remove) {
                names.addAll(remove.parameters());
            }
        }
        return names;
    }

    private void cleanLinks(Element root, Set<String> declared) {
        for (Element link : root.select("a[href]")) {
            link.attr("href", absoluteClean(link, "href", declared));
        }
        for (Element image : root.select("img[src]")) {
            image.attr("src", absoluteClean(image, "src", declared));
        }
    }

    private String absoluteClean(Element element, String attribute, Set<String> declared) {
        String absolute = element.absUrl(attribute);
        if (absolute.isEmpty() || absolute.regionMatches(true, 0, "javascript:", 0, 11)) {
            return "";
        }
        return links.clean(absolute, declared);
    }

    private static void replaceText(Element root, List<Filter> filters) {
        List<Filter.ReplaceText> replacements = filters.stream()
                .filter(Filter.ReplaceText.class::isInstance)
                .map(Filter.ReplaceText.class::cast)
                .toList();
        if (replacements.isEmpty()) {
            return;
        }
        for (TextNode text : root.nodeStream(TextNode.class).toList()) {
            String replaced = text.getWholeText();
            for (Filter.ReplaceText replacement : replacements) {
                replaced = replacement.pattern().matcher(replaced).replaceAll(replacement.replacement());
            }
            text.text(replaced);
        }
    }
}
