package org.clausewatch.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a declaration's {@code filter} list. The declarative filters become {@link Filter} values; any other name
 * is one of Open Terms Archive's JavaScript filters, which ClauseWatch never runs, so it is only warned about.
 */
final class FilterReader {
    private final String termsType;
    private final Consumer<String> warnings;

    FilterReader(String termsType, Consumer<String> warnings) {
        this.termsType = termsType;
        this.warnings = warnings;
    }

    List<Filter> read(JsonNode node, String what) throws InvalidDeclarationException {
        List<Filter> filters = new ArrayList<>();
        for (JsonNode element : JsonValues.oneOrMany(node)) {
            if (element.isString()) {
                custom(element.stringValue());
            } else if (element.isObject()) {
                for (Map.Entry<String, JsonNode> entry : element.properties()) {
                    named(entry.getKey(), entry.getValue(), what).ifPresent(filters::add);
                }
            } else {
                throw new InvalidDeclarationException(what + " 'filter' entries must be filter names or "
                        + "{name: parameters} objects, not " + JsonValues.describe(element));
            }
        }
        return filters;
    }

    private Optional<Filter> named(String name, JsonNode parameters, String what) throws InvalidDeclarationException {
        String where = what + " filter '" + name + "'";
        return switch (name) {
            case "removeQueryParams" ->
                Optional.of(new Filter.RemoveQueryParams(JsonValues.strings(parameters, where)));
            case "removeElements" ->
                Optional.of(new Filter.RemoveElements(SelectorReader.css(JsonValues.string(parameters, where), where)));
            case "replaceText" -> Optional.of(replaceText(parameters, where));
            default -> {
                custom(name);
                yield Optional.empty();
            }
        };
    }

    private static Filter.ReplaceText replaceText(JsonNode parameters, String where)
            throws InvalidDeclarationException {
        JsonValues.object(parameters, where);
        if (!parameters.has("pattern")) {
            throw new InvalidDeclarationException(where + " has no 'pattern'");
        }
        String regex = JsonValues.string(parameters.get("pattern"), where + " 'pattern'");
        String replacement = parameters.has("replacement")
                ? JsonValues.string(parameters.get("replacement"), where + " 'replacement'")
                : "";
        try {
            return new Filter.ReplaceText(Pattern.compile(regex), replacement);
        } catch (PatternSyntaxException e) {
            throw new InvalidDeclarationException(
                    where + " has a malformed regular expression '" + regex + "': " + e.getDescription(), e);
        }
    }

    private void custom(String name) {
        warnings.accept("filter '" + name + "' of '" + termsType + "' is a custom JavaScript filter; ClauseWatch does"
                + " not run JavaScript from declarations and tracks the document without it");
    }
}
