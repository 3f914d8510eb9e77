package org.clausewatch.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.source.Filter;
import org.clausewatch.source.Selector;
import org.clausewatch.source.SourceDocument;

/** Builds pages for tests: a URL, some HTML and a declaration entry. */
final class Pages {
    static final URI URL = URI.create("https://example.com/legal/terms");

    private Pages() {}

    static Page html(String html) {
        return html(html, source());
    }

    static Page html(String html, SourceDocument source) {
        return new Page(URL, bytes(html, StandardCharsets.UTF_8), "text/html; charset=utf-8", Optional.empty(), source);
    }

    static Page of(Bytes content, String mediaType, Optional<Charset> charset) {
        return new Page(URL, content, mediaType, charset, source());
    }

    static SourceDocument source() {
        return new SourceDocument(URL, List.of(), List.of(), List.of(), false);
    }

    static SourceDocument selecting(String... css) {
        return new SourceDocument(
                URL, List.of(css).stream().<Selector>map(Selector.Css::new).toList(), List.of(), List.of(), false);
    }

    static SourceDocument with(List<Selector> select, List<Selector> remove, List<Filter> filters) {
        return new SourceDocument(URL, select, remove, filters, false);
    }

    static Bytes bytes(String text, Charset charset) {
        return Bytes.of(text.getBytes(charset));
    }
}
