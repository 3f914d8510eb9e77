package org.clausewatch.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.source.SourceDocument;

/**
 * One captured page of a document: its bytes as fetched, the media type and charset the server declared (if any),
 * and the declaration entry that says which parts of it are the document.
 */
public record Page(URI url, Bytes content, String mediaType, Optional<Charset> charset, SourceDocument source) {
    public Page {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}
