package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What was read in one provision, asked by name, with the phrases the explanation writes it in. */
final class Facts {
    private final List<Attribute> attributes;
    private final Templates templates;
    private final String platform;

    Facts(List<Attribute> attributes, Templates templates, String platform) {
        this.attributes = attributes;
        this.templates = templates;
        this.platform = platform;
    }

    String platform() {
        return platform;
    }

    /** The distinct values of one attribute, in text order. */
    List<String> values(String name) {
        Set<String> values = new LinkedHashSet<>();
        attributes.stream().filter(a -> a.name().equals(name)).forEach(a -> values.add(a.value()));
        return List.copyOf(values);
    }

    boolean has(String name) {
        return attributes.stream().anyMatch(a -> a.name().equals(name));
    }

    boolean has(String name, String value) {
        return attributes.stream()
                .anyMatch(a -> a.name().equals(name) && a.value().equals(value));
    }

    String phrase(String name, String value) {
        return templates.phrase(name, value, platform);
    }

    /** The phrases of every value of {@code name}, joined: "your content and what the service generates for you". */
    String phrases(String name) {
        return join(values(name).stream().map(v -> phrase(name, v)).distinct().toList());
    }

    /** The limits read for {@code name}, as one clause: "subject to your compliance with these terms". */
    String limits(String name) {
        return join(values(name));
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The text as a sentence: a capital first letter (unless it is the platform's name: "xAI") and a full stop. */
    String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String capital = trimmed.startsWith(platform)
                ? trimmed
                : trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    static List<String> without(List<String> values, String... dropped) {
        List<String> kept = new ArrayList<>(values);
        kept.removeAll(List.of(dropped));
        return kept;
    }
}
