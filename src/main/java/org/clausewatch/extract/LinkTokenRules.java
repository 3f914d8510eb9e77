package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Per-request tokens inside links, read from a data file: query values that are dropped with their parameter,
 * and parts of a path that are cut out. Sites add these anew on every page load, so without this rule two
 * captures of an unchanged document would differ.
 */
final class LinkTokenRules {
    static final String RESOURCE = "/org/clausewatch/extract/link-tokens.txt";

    private final List<Pattern> queryValues;
    private final List<Pattern> pathParts;

    private LinkTokenRules(List<Pattern> queryValues, List<Pattern> pathParts) {
        this.queryValues = List.copyOf(queryValues);
        this.pathParts = List.copyOf(pathParts);
    }

    static LinkTokenRules load(String resource) {
        return parse(DataFile.read(resource));
    }

    static LinkTokenRules parse(List<DataFile.Line> lines) {
        List<Pattern> queryValues = new ArrayList<>();
        List<Pattern> pathParts = new ArrayList<>();
        for (DataFile.Line line : lines) {
            int space = line.text().indexOf(' ');
            String kind = space < 0 ? line.text() : line.text().substring(0, space);
            switch (kind) {
                case "query-value" -> queryValues.add(pattern(line, space));
                case "path" -> pathParts.add(pattern(line, space));
                default -> throw line.problem("kind must be 'query-value' or 'path'");
            }
        }
        return new LinkTokenRules(queryValues, pathParts);
    }

    private static Pattern pattern(DataFile.Line line, int space) {
        if (space < 0) {
            throw line.problem("missing regular expression after the kind");
        }
        try {
            return Pattern.compile(line.text().substring(space + 1).strip());
        } catch (PatternSyntaxException e) {
            throw line.problem("invalid regular expression (" + e.getDescription() + ")");
        }
    }

    boolean isTokenValue(String value) {
        return queryValues.stream().anyMatch(p -> p.matcher(value).matches());
    }

    String cleanPath(String path) {
        String cleaned = path;
        for (Pattern part : pathParts) {
            cleaned = part.matcher(cleaned).replaceAll("");
        }
        return cleaned;
    }
}
