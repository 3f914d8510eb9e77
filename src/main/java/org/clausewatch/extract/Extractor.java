package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clausewatch.common.FailureClass;

/**
 * Turns the captured pages of a document into its deterministic Markdown text: the same pages and the same
 * {@link #VERSION} always give byte-identical output. Thread-safe: one instance serves every extraction.
 */
public final class Extractor {
    /** Bump when the output for some input changes: re-extracted versions are then a "technical upgrade". */
    public static final String VERSION = "2";

    /** Joins the pages of a combined document, as Open Terms Archive does. */
    static final String PAGE_SEPARATOR = "\n\n- - -\n\n";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final HtmlExtraction html;
    private final PdfExtraction pdf = new PdfExtraction();

    /** Loads the tracking parameters and link-token rules from the class path, once. */
    public Extractor() {
        LinkCleaner links = new LinkCleaner(
                TrackingParameters.load(TrackingParameters.RESOURCE), LinkTokenRules.load(LinkTokenRules.RESOURCE));
        this.html = new HtmlExtraction(links);
    }

    /** Pages in declaration order; multi-page documents are joined with {@code "\n\n- - -\n\n"}. */
    public String extract(List<Page> pages) throws ExtractionException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one page to extract");
        }
        List<String> texts = new ArrayList<>(pages.size());
        for (Page page : pages) {
            texts.add(extractPage(page));
        }
        return String.join(PAGE_SEPARATOR, texts) + "\n";
    }

    private String extractPage(Page page) throws ExtractionException {
        String text = Whitespace.normaliseDocument(convert(page));
        if (!WORD.matcher(text).find()) {
            throw new ExtractionException(FailureClass.EMPTY, page.url() + ": extracted text has no words");
        }
        return text;
    }

    private String convert(Page page) throws ExtractionException {
        return switch (kindOf(page)) {
            case PDF -> pdf.extract(page);
            case PLAIN_TEXT -> PlainTextExtraction.toMarkdown(TextDecoding.decode(page));
            case MARKDOWN -> Whitespace.normaliseMarkdown(TextDecoding.decode(page));
            case HTML -> html.extract(page);
        };
    }

    private enum Kind {
        HTML,
        PDF,
        PLAIN_TEXT,
        MARKDOWN
    }

    private static Kind kindOf(Page page) throws ExtractionException {
        String type = baseType(page.mediaType());
        if (type.equals("application/pdf") || page.source().isPdf() || PdfExtraction.looksLikePdf(page.content())) {
            return Kind.PDF;
        }
        return switch (type) {
            case "text/plain" -> Kind.PLAIN_TEXT;
            case "text/markdown", "text/x-markdown" -> Kind.MARKDOWN;
            // Servers that do not say what they send are nearly always serving the HTML page.
            case "text/html", "application/xhtml+xml", "", "application/octet-stream" -> Kind.HTML;
            default ->
                throw new ExtractionException(
                        FailureClass.UNSUPPORTED_CONTENT,
                        page.url() + ": cannot extract a document from media type '" + page.mediaType() + "'");
        };
    }

    private static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}
