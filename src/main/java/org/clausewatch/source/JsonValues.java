package org.clausewatch.source;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Typed reads of declaration JSON values that fail with a message naming the key, the place and the bad value. */
final class JsonValues {
    private static final int MAX_SHOWN = 60;

    private JsonValues() {}

    static String string(JsonNode node, String what) throws InvalidDeclarationException {
        if (!node.isString()) {
            throw new InvalidDeclarationException(what + " must be a string, not " + describe(node));
        }
        return node.stringValue();
    }

    static boolean bool(JsonNode node, String what) throws InvalidDeclarationException {
        if (!node.isBoolean()) {
            throw new InvalidDeclarationException(what + " must be true or false, not " + describe(node));
        }
        return node.booleanValue();
    }

    /** A single value or an array of values, as Open Terms Archive allows for {@code select} and {@code remove}. */
    static List<JsonNode> oneOrMany(JsonNode node) {
        return node.isArray() ? List.copyOf(node.values()) : List.of(node);
    }

    static List<String> strings(JsonNode node, String what) throws InvalidDeclarationException {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : oneOrMany(node)) {
            strings.add(string(element, what));
        }
        return strings;
    }

    static JsonNode object(JsonNode node, String what) throws InvalidDeclarationException {
        if (!node.isObject()) {
            throw new InvalidDeclarationException(what + " must be an object, not " + describe(node));
        }
        return node;
    }

    /** The JSON kind and a short excerpt of the value, e.g. {@code a number (42)}. */
    static String describe(JsonNode node) {
        String text = node.toString();
        String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
        return switch (node.getNodeType()) {
            case ARRAY -> "an array " + shown;
            case OBJECT -> "an object " + shown;
            case STRING -> "a string " + shown;
            case NUMBER -> "a number (" + shown + ")";
            case BOOLEAN -> "a boolean (" + shown + ")";
            case NULL -> "null";
            default -> shown;
        };
    }
}
