package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attribute deltas between two versions of a provision, each with a sentence from the change templates. */
final class Deltas {
    private final Templates templates;

    Deltas(Templates templates) {
        this.templates = templates;
    }

    List<AttributeDelta> between(List<Attribute> before, List<Attribute> after) {
        List<AttributeDelta> deltas = new ArrayList<>();
        String subject = subject(after.isEmpty() ? before : after);
        for (String name : Names.ORDER) {
            List<String> old = values(before, name);
            List<String> now = values(after, name);
            if (!Set.copyOf(old).equals(Set.copyOf(now))) {
                deltas.add(new AttributeDelta(name, old, now, sentence(name, old, now, subject)));
            }
        }
        return deltas;
    }

    private String sentence(String name, List<String> old, List<String> now, String subject) {
        var changed = templates.exact("changed", name);
        if (changed.isPresent() && !old.isEmpty() && !now.isEmpty()) {
            return Templates.fill(
                    changed.get(),
                    Map.of(
                            "label",
                            templates.label(name),
                            "before",
                            labels(name, old),
                            "after",
                            labels(name, now),
                            "subject",
                            subject));
        }
        List<String> parts = new ArrayList<>();
        for (String value : now) {
            if (!old.contains(value)) {
                parts.add(part("added", name, value, subject, "{label}: {value} added"));
            }
        }
        for (String value : old) {
            if (!now.contains(value)) {
                parts.add(part("removed", name, value, subject, "{label}: {value} removed"));
            }
        }
        return String.join("; ", parts);
    }

    private String part(String kind, String name, String value, String subject, String fallback) {
        String template = templates.find(kind, name, value).orElse(fallback);
        return Templates.fill(
                template,
                Map.of("label", templates.label(name), "value", templates.valueLabel(name, value), "subject", subject));
    }

    private String labels(String name, List<String> values) {
        return Facts.join(
                values.stream().map(v -> templates.valueLabel(name, v)).toList());
    }

    /** What a licence covers, for "licence to Input became perpetual"; "user content" when the text does not say. */
    private String subject(List<Attribute> attributes) {
        List<String> subjects = values(attributes, Names.LICENCE_SUBJECT).stream()
                .map(v -> templates.valueLabel(Names.LICENCE_SUBJECT, v))
                .toList();
        return subjects.isEmpty() ? "user content" : Facts.join(subjects);
    }

    private static List<String> values(List<Attribute> attributes, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                values.add(attribute.value());
            }
        }
        return List.copyOf(values);
    }
}
