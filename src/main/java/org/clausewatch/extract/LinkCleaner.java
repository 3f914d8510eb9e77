package org.clausewatch.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes the volatile parts of an absolute link: tracking parameters, per-request tokens, and the parameters a
 * declaration names. Works on the string, not on {@link java.net.URI}, because real pages carry links that
 * {@code URI} rejects.
 */
final class LinkCleaner {
    private final TrackingParameters tracking;
    private final LinkTokenRules tokens;

    LinkCleaner(TrackingParameters tracking, LinkTokenRules tokens) {
        this.tracking = tracking;
        this.tokens = tokens;
    }

    /** The link without volatile parts; {@code declared} are extra parameter names to drop (matched exactly). */
    String clean(String link, Set<String> declared) {
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? "" : link.substring(hash);
        String rest = hash < 0 ? link : link.substring(0, hash);
        int question = rest.indexOf('?');
        String base = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? null : rest.substring(question + 1);
        String cleanedBase = cleanPath(base);
        if (query == null) {
            return cleanedBase + fragment;
        }
        String cleanedQuery = cleanQuery(query, declared);
        return cleanedBase + (cleanedQuery.isEmpty() ? "" : "?" + cleanedQuery) + fragment;
    }

    private String cleanPath(String base) {
        int schemeEnd = base.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : base.indexOf('/', schemeEnd + 3);
        if (pathStart < 0) {
            return base;
        }
        return base.substring(0, pathStart) + tokens.cleanPath(base.substring(pathStart));
    }

    private String cleanQuery(String query, Set<String> declared) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&", -1)) {
            if (!pair.isEmpty() && !isVolatile(pair, declared)) {
                kept.add(pair);
            }
        }
        return kept.stream().collect(Collectors.joining("&"));
    }

    private boolean isVolatile(String pair, Set<String> declared) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        return declared.contains(name) || tracking.matches(name) || tokens.isTokenValue(value);
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape is compared as written; the link itself is kept unchanged.
            return part;
        }
    }
}
