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

    /** The attributes whose change is said as one change of the training stance. */
    private static final Set<String> STANCE =
            Set.of(Names.TRAINING_USE, Names.TRAINING_ONLY, Names.TRAINING_OPT_OUT, Names.TRAINING_OPT_OUT_ROUTE);

    List<AttributeDelta> between(List<Attribute> before, List<Attribute> after) {
        List<AttributeDelta> deltas = new ArrayList<>();
        String subject = subject(after.isEmpty() ? before : after);
        boolean stanceChanged = STANCE.stream()
                .anyMatch(name -> !Set.copyOf(values(before, name)).equals(Set.copyOf(values(after, name))));
        for (String name : Names.ORDER) {
            List<String> old = values(before, name);
            List<String> now = values(after, name);
            if (name.equals(Names.TRAINING_DATA)
                    && stanceChanged
                    && values(before, Names.TRAINING_USE).isEmpty()) {
                // a training use stated for the first time names its data in the stance sentence already
                continue;
            }
            if (name.equals(Names.TRAINING_USE) && stanceChanged) {
                deltas.add(new AttributeDelta(name, old, now, stance(before, after)));
            } else if (!STANCE.contains(name) && !Set.copyOf(old).equals(Set.copyOf(now))) {
                deltas.add(new AttributeDelta(name, old, now, sentence(name, old, now, subject)));
            }
        }
        return deltas;
    }

    /** "training on your conversations: now by default, with an opt-out; was: not used". */
    private String stance(List<Attribute> before, List<Attribute> after) {
        List<Attribute> named = values(after, Names.TRAINING_DATA).isEmpty() ? before : after;
        List<String> data = values(named, Names.TRAINING_DATA);
        String subject = data.isEmpty()
                ? "user data"
                : Facts.join(data.stream()
                        .map(v -> templates.phrase(Names.TRAINING_DATA, v, "the platform"))
                        .distinct()
                        .toList());
        return "training on " + subject + ": now " + state(after) + "; was: " + state(before);
    }

    /** The training stance of a provision in a few words: "by default, with an opt-out", "only with consent". */
    private static String state(List<Attribute> attributes) {
        List<String> uses = values(attributes, Names.TRAINING_USE);
        List<String> optOuts = values(attributes, Names.TRAINING_OPT_OUT);
        if (uses.contains(TrainingReading.USES)) {
            String optOut = optOuts.contains("not-available")
                    ? ", with no opt-out"
                    : optOuts.contains("has-exceptions")
                            ? ", with an opt-out that has exceptions"
                            : optOuts.contains("available") ? ", with an opt-out" : "";
            return "by default" + optOut;
        }
        if (uses.contains(TrainingReading.CONDITIONAL)) {
            return values(attributes, Names.TRAINING_ONLY).contains("setting")
                    ? "depending on a setting"
                    : "only on data the user chooses to give or that is flagged";
        }
        if (uses.contains(TrainingReading.WITH_CONSENT)) {
            return "only with consent";
        }
        if (uses.contains(TrainingReading.DOES_NOT_USE)) {
            return "not used";
        }
        return optOuts.isEmpty() ? "not stated" : "not stated, opt-out " + Facts.join(optOuts);
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
        parts.addAll(
                parts("added", name, now.stream().filter(v -> !old.contains(v)).toList(), subject));
        parts.addAll(parts(
                "removed", name, old.stream().filter(v -> !now.contains(v)).toList(), subject));
        return String.join("; ", parts);
    }

    /**
     * One part per value that has a template of its own, and one for all the others together: "licence to user
     * content became perpetual and irrevocable", not one sentence per word.
     */
    private List<String> parts(String kind, String name, List<String> values, String subject) {
        List<String> parts = new ArrayList<>();
        List<String> together = new ArrayList<>();
        for (String value : values) {
            if (templates.exact(kind, name + "=" + value).isPresent()) {
                parts.add(part(kind, name, value, subject, ""));
            } else {
                together.add(value);
            }
        }
        if (!together.isEmpty()) {
            String fallback = "{label}: {value} " + kind;
            String template = templates.exact(kind, name).orElse(fallback);
            String joined = Facts.join(
                    together.stream().map(v -> templates.valueLabel(name, v)).toList());
            parts.add(Templates.fill(
                    template, Map.of("label", templates.label(name), "value", joined, "subject", subject)));
        }
        return parts;
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
