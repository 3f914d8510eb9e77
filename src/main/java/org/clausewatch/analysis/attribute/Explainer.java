package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;

/** Writes the plain-language explanation of a provision from its attributes, grade, topics and references only. */
final class Explainer {
    /** Quotes longer than this are cut at a word boundary and marked with an ellipsis. */
    static final int QUOTE_LIMIT = 400;

    private final Templates templates;
    private final Taxonomy taxonomy;

    Explainer(Templates templates, Taxonomy taxonomy) {
        this.templates = templates;
        this.taxonomy = taxonomy;
    }

    Explanation explain(
            String platform,
            String plain,
            List<Attribute> attributes,
            Grade grade,
            Set<String> topics,
            List<RegulationReference> references) {
        return new Explanation(
                whatItSays(platform, plain, attributes, topics),
                whyItMatters(grade, topics, references),
                userImpact(platform, attributes),
                templates.notice());
    }

    private String whatItSays(String platform, String plain, List<Attribute> attributes, Set<String> topics) {
        List<String> phrases = phrases("says", platform, attributes);
        String says = phrases.isEmpty()
                ? "This " + platform + " provision states none of the attributes ClauseWatch reads"
                : "This " + platform + " provision " + String.join("; ", phrases);
        String filed = topics.isEmpty() ? "" : " Topics: " + topicNames(topics) + ".";
        return says + "." + filed + " It reads: “" + quote(plain) + "”";
    }

    private String whyItMatters(Grade grade, Set<String> topics, List<RegulationReference> references) {
        StringBuilder why = new StringBuilder();
        why.append("Severity ")
                .append(grade.severity().name().toLowerCase(Locale.ROOT))
                .append(" (")
                .append(grade.explicit() ? "explicit document language" : "inferred")
                .append(", confidence ")
                .append(String.format(Locale.ROOT, "%.2f", grade.confidence()))
                .append(", rule ")
                .append(grade.rule())
                .append("): ")
                .append(grade.rationale());
        if (!references.isEmpty()) {
            why.append(" Potentially relevant: ").append(citations(references)).append('.');
        }
        if (topics.isEmpty() && references.isEmpty()) {
            why.append(" No topic was assigned, so no regulation reference is linked.");
        }
        return why.toString();
    }

    private String userImpact(String platform, List<Attribute> attributes) {
        List<String> sentences = phrases("impact", platform, attributes);
        if (sentences.isEmpty()) {
            return "ClauseWatch reads no attribute here that changes what users can do or what " + platform
                    + " may do with their data; read the provision itself.";
        }
        return String.join(" ", sentences);
    }

    /** One phrase per {@code name=value} template, and one per name for the values without their own template. */
    private List<String> phrases(String kind, String platform, List<Attribute> attributes) {
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byName(attributes).entrySet()) {
            List<String> general = new ArrayList<>();
            for (String value : entry.getValue()) {
                templates
                        .exact(kind, entry.getKey() + "=" + value)
                        .ifPresentOrElse(t -> phrases.add(fill(t, platform, List.of())), () -> general.add(value));
            }
            if (!general.isEmpty()) {
                List<String> labels = general.stream()
                        .map(v -> templates.valueLabel(entry.getKey(), v))
                        .toList();
                templates.exact(kind, entry.getKey()).ifPresent(t -> phrases.add(fill(t, platform, labels)));
            }
        }
        return phrases;
    }

    private static Map<String, List<String>> byName(List<Attribute> attributes) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            byName.computeIfAbsent(attribute.name(), n -> new ArrayList<>()).add(attribute.value());
        }
        return byName;
    }

    private static String fill(String template, String platform, List<String> values) {
        return Templates.fill(template, Map.of("platform", platform, "values", join(values)));
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> values) {
        if (values.size() <= 1) {
            return values.isEmpty() ? "" : values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1);
    }

    private String topicNames(Set<String> topics) {
        return String.join(
                ", ",
                topics.stream()
                        .sorted()
                        .map(id -> taxonomy.topic(id)
                                .map(Topic::name)
                                .map(name -> id + " " + name)
                                .orElse(id))
                        .toList());
    }

    private static String citations(List<RegulationReference> references) {
        return String.join(
                "; ",
                references.stream()
                        .map(r -> r.instrument() + " " + r.article() + " (from " + r.inForce() + ")")
                        .toList());
    }

    static String quote(String plain) {
        if (plain.length() <= QUOTE_LIMIT) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', QUOTE_LIMIT);
        return plain.substring(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT).strip() + " …";
    }
}
