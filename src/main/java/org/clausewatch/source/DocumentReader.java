package org.clausewatch.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the declaration of one document (or one history entry of it) into its pages. In {@code combine}, a page's
 * own keys override the ones shared at the document level, as in Open Terms Archive.
 */
final class DocumentReader {
    private static final Set<String> PAGE_KEYS = Set.of("fetch", "select", "remove", "filter", "executeClientScripts");
    private static final Set<String> HISTORY_KEYS = Set.of("validUntil");
    private static final JsonNode NOTHING_SHARED = JsonNodeFactory.instance.objectNode();

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private final Consumer<String> warnings;
    private final FilterReader filters;

    DocumentReader(String termsType, Consumer<String> warnings) {
        this.warnings = warnings;
        this.filters = new FilterReader(termsType, warnings);
    }

    /** The pages of a current declaration, in declaration order. */
    List<SourceDocument> sources(JsonNode document, String what) throws InvalidDeclarationException {
        JsonValues.object(document, what);
        warnUnknownKeys(document, what, Set.of("combine"));
        return pages(document, what);
    }

    /** An entry of the history file: the same shape plus the date until which it was in force. */
    DocumentDeclaration.HistoricalDeclaration historical(JsonNode entry, String what)
            throws InvalidDeclarationException {
        JsonValues.object(entry, what);
        warnUnknownKeys(entry, what, Set.of("combine", "validUntil"));
        if (!entry.has("validUntil")) {
            throw new InvalidDeclarationException(what + " has no 'validUntil'");
        }
        Instant validUntil = validUntil(JsonValues.string(entry.get("validUntil"), what + " 'validUntil'"), what);
        return new DocumentDeclaration.HistoricalDeclaration(pages(entry, what), validUntil);
    }

    private List<SourceDocument> pages(JsonNode document, String what) throws InvalidDeclarationException {
        if (!document.has("combine")) {
            return List.of(page(document, NOTHING_SHARED, what));
        }
        if (document.has("fetch")) {
            throw new InvalidDeclarationException(what + " has both 'fetch' and 'combine'; a combined document "
                    + "fetches only the pages listed in 'combine'");
        }
        JsonNode combine = document.get("combine");
        if (!combine.isArray() || combine.isEmpty()) {
            throw new InvalidDeclarationException(
                    what + " 'combine' must be a non-empty array of pages, not " + JsonValues.describe(combine));
        }
        List<SourceDocument> pages = new ArrayList<>();
        for (int i = 0; i < combine.size(); i++) {
            String where = what + " combine[" + i + "]";
            JsonNode entry = JsonValues.object(combine.get(i), where);
            warnUnknownKeys(entry, where, Set.of());
            pages.add(page(entry, document, where));
        }
        return pages;
    }

    private SourceDocument page(JsonNode own, JsonNode shared, String what) throws InvalidDeclarationException {
        JsonNode fetch = value(own, shared, "fetch");
        if (fetch == null) {
            throw new InvalidDeclarationException(what + " has no 'fetch'");
        }
        JsonNode select = value(own, shared, "select");
        JsonNode remove = value(own, shared, "remove");
        JsonNode filter = value(own, shared, "filter");
        JsonNode scripts = value(own, shared, "executeClientScripts");
        return new SourceDocument(
                url(JsonValues.string(fetch, what + " 'fetch'"), what),
                select == null ? List.of() : SelectorReader.read(select, what + " 'select'"),
                remove == null ? List.of() : SelectorReader.read(remove, what + " 'remove'"),
                filter == null ? List.of() : filters.read(filter, what),
                scripts != null && JsonValues.bool(scripts, what + " 'executeClientScripts'"));
    }

    private static JsonNode value(JsonNode own, JsonNode shared, String key) {
        return own.has(key) ? own.get(key) : shared.get(key);
    }

    static URI url(String text, String what) throws InvalidDeclarationException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidDeclarationException(
                    what + " 'fetch' is not a valid URL '" + text + "': " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidDeclarationException(
                    what + " 'fetch' must be an absolute http(s) URL, not '" + text + "'");
        }
        return uri;
    }

    /**
     * An ISO date-time with an offset, or a date; a bare date stays valid until the end of that day (UTC). Offsets
     * without a colon ({@code +0100}) are accepted because JavaScript's {@code Date}, which Open Terms Archive
     * uses, reads them and real declarations have them.
     */
    static Instant validUntil(String text, String what) throws InvalidDeclarationException {
        try {
            return OffsetDateTime.parse(text, DATE_TIME).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusNanos(1);
            } catch (DateTimeParseException notDate) {
                throw new InvalidDeclarationException(
                        what + " 'validUntil' is not an ISO date or date-time: '" + text + "'", notDate);
            }
        }
    }

    private void warnUnknownKeys(JsonNode node, String what, Set<String> alsoAllowed) {
        for (String key : node.propertyNames()) {
            if (!PAGE_KEYS.contains(key) && !alsoAllowed.contains(key)) {
                String hint = HISTORY_KEYS.contains(key) ? " (only history entries have it)" : "";
                warnings.accept(what + " has unknown key '" + key + "', ignored" + hint);
            }
        }
    }
}
