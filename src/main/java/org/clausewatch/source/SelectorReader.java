package org.clausewatch.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/** Reads {@code select} and {@code remove} values: CSS selectors and ranges, each checked by jsoup's parser. */
final class SelectorReader {
    private static final Set<String> RANGE_KEYS = Set.of("startBefore", "startAfter", "endBefore", "endAfter");

    private SelectorReader() {}

    static List<Selector> read(JsonNode node, String what) throws InvalidDeclarationException {
        List<Selector> selectors = new ArrayList<>();
        for (JsonNode element : JsonValues.oneOrMany(node)) {
            selectors.add(readOne(element, what));
        }
        return selectors;
    }

    private static Selector readOne(JsonNode node, String what) throws InvalidDeclarationException {
        if (node.isString()) {
            return new Selector.Css(css(node.stringValue(), what));
        }
        if (node.isObject()) {
            return range(node, what);
        }
        throw new InvalidDeclarationException(
                what + " must be a CSS selector or a range object, not " + JsonValues.describe(node));
    }

    private static Selector.Range range(JsonNode node, String what) throws InvalidDeclarationException {
        for (String key : node.propertyNames()) {
            if (!RANGE_KEYS.contains(key)) {
                throw new InvalidDeclarationException(what + " range has unknown key '" + key
                        + "' (a range has startBefore or startAfter, and endBefore or endAfter)");
            }
        }
        requireOneOf(node, "startBefore", "startAfter", what);
        requireOneOf(node, "endBefore", "endAfter", what);
        return new Selector.Range(
                rangeEnd(node, "startBefore", what),
                rangeEnd(node, "startAfter", what),
                rangeEnd(node, "endBefore", what),
                rangeEnd(node, "endAfter", what));
    }

    private static void requireOneOf(JsonNode node, String first, String second, String what)
            throws InvalidDeclarationException {
        boolean hasFirst = node.has(first);
        boolean hasSecond = node.has(second);
        if (hasFirst && hasSecond) {
            throw new InvalidDeclarationException(
                    what + " range has both '" + first + "' and '" + second + "'; it needs exactly one of them");
        }
        if (!hasFirst && !hasSecond) {
            throw new InvalidDeclarationException(
                    what + " range has neither '" + first + "' nor '" + second + "'; it needs exactly one of them");
        }
    }

    private static Optional<String> rangeEnd(JsonNode node, String key, String what)
            throws InvalidDeclarationException {
        if (!node.has(key)) {
            return Optional.empty();
        }
        String where = what + " range '" + key + "'";
        return Optional.of(css(JsonValues.string(node.get(key), where), where));
    }

    /** Checks the selector with the same parser the extractor uses, so a declaration never fails later at capture. */
    static String css(String query, String what) throws InvalidDeclarationException {
        if (query.isBlank()) {
            throw new InvalidDeclarationException(what + " has an empty CSS selector");
        }
        try {
            QueryParser.parse(query);
            return query;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidDeclarationException(
                    what + " has a malformed CSS selector '" + query + "': " + e.getMessage(), e);
        }
    }
}
