package org.clausewatch.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of {@code POST /api/v1/subscriptions} into a validated request; every refusal is an {@link
 * InvalidSubscriptionException} naming the field and the bad value. Services are kept as ClauseWatch spells them. The
 * network checks of webhook addresses come later, in {@link Subscriptions}.
 */
public record SubscriptionRequest(Filter filter, Channel channel, Mode mode) {
    private static final Set<String> FIELDS =
            Set.of("services", "documents", "topics", "minSeverity", "significance", "lineages", "channel", "mode");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_SECRET = 16;
    private static final Pattern LINEAGE = Pattern.compile("[0-9a-f]{6,64}-[0-9]{1,9}");
    private static final int MAX_NAME = 200;

    public static SubscriptionRequest parse(JsonNode json, Vocabulary vocabulary) {
        Taxonomy taxonomy = vocabulary.taxonomy();
        if (json == null || !json.isObject()) {
            throw new InvalidSubscriptionException("body", "must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new InvalidSubscriptionException(field.getKey(), "unknown field; known fields are " + FIELDS);
            }
        }
        Set<String> services = known(names(json, "services"), vocabulary.services());
        Set<String> topics = names(json, "topics");
        for (String topic : topics) {
            if (taxonomy.topic(topic).isEmpty()) {
                throw new InvalidSubscriptionException("topics", "'" + topic + "' is not a topic id of the taxonomy");
            }
        }
        Set<String> lineages = names(json, "lineages");
        for (String lineage : lineages) {
            if (!LINEAGE.matcher(lineage).matches()) {
                throw new InvalidSubscriptionException(
                        "lineages", "'" + lineage + "' is not a provision lineage id such as 40da059a1851-2");
            }
        }
        if (services.isEmpty() && lineages.isEmpty()) {
            throw new InvalidSubscriptionException(
                    "services", "name at least one service, or provisions by their lineages, to watch");
        }
        Filter filter =
                new Filter(services, names(json, "documents"), topics, severity(json), minorToo(json), lineages);
        Mode mode = json.has("mode") ? Mode.parse(text(json, "mode")) : Mode.IMMEDIATE;
        Channel channel = channel(json.get("channel"));
        if (channel instanceof Channel.Feed && mode != Mode.IMMEDIATE) {
            throw new InvalidSubscriptionException("mode", "a feed shows every alert as it comes; use mode immediate");
        }
        return new SubscriptionRequest(filter, channel, mode);
    }

    private static Set<String> names(JsonNode json, String field) {
        JsonNode node = json.get(field);
        Set<String> names = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return names;
        }
        if (!node.isArray()) {
            throw new InvalidSubscriptionException(field, "must be an array of strings, not " + node);
        }
        for (JsonNode element : node) {
            if (!element.isString()
                    || element.asString().isBlank()
                    || element.asString().length() > MAX_NAME) {
                throw new InvalidSubscriptionException(field, "every entry must be a non-empty name, not " + element);
            }
            names.add(element.asString().trim());
        }
        return names;
    }

    /** The services as ClauseWatch spells them; refuses the request naming every service it does not know. */
    private static Set<String> known(Set<String> names, Vocabulary.Services services) {
        Set<String> known = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            services.spelling(name).ifPresentOrElse(known::add, () -> unknown.add("'" + name + "'"));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSubscriptionException(
                    "services",
                    String.join(", ", unknown)
                            + (unknown.size() == 1 ? " is not a service" : " are not services")
                            + " ClauseWatch knows: nothing is declared or recorded under "
                            + (unknown.size() == 1 ? "that name" : "those names")
                            + " (the services index, /services, lists them)");
        }
        return known;
    }

    private static Optional<Severity> severity(JsonNode json) {
        if (!json.has("minSeverity") || json.get("minSeverity").isNull()) {
            return Optional.empty();
        }
        String value = text(json, "minSeverity");
        return Optional.of(Labels.parse(Severity.class, value)
                .orElseThrow(() -> new InvalidSubscriptionException(
                        "minSeverity",
                        "'" + value + "' is not one of " + String.join(", ", Labels.all(Severity.class)))));
    }

    private static boolean minorToo(JsonNode json) {
        String substantive = Labels.of(Significance.SUBSTANTIVE);
        String minor = Labels.of(Significance.MINOR);
        String value = json.has("significance") ? text(json, "significance") : substantive;
        if (!value.equals(substantive) && !value.equals(minor)) {
            throw new InvalidSubscriptionException(
                    "significance", "'" + value + "' is not one of " + substantive + ", " + minor);
        }
        return value.equals(minor);
    }

    private static Channel channel(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidSubscriptionException(
                    "channel", "required: {\"type\": \"email\"|\"webhook\"|\"feed\", ...}");
        }
        String type = text(node, "type", "channel.type");
        return switch (type) {
            case "email" -> email(text(node, "address", "channel.address"));
            case "webhook" -> webhook(text(node, "url", "channel.url"), text(node, "secret", "channel.secret"));
            case "feed" -> new Channel.Feed();
            default ->
                throw new InvalidSubscriptionException(
                        "channel.type", "'" + type + "' is not one of email, webhook, feed");
        };
    }

    private static Channel.Email email(String address) {
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidSubscriptionException("channel.address", "'" + address + "' is not an e-mail address");
        }
        return new Channel.Email(address);
    }

    private static Channel.Webhook webhook(String url, String secret) {
        if (secret.length() < MIN_SECRET) {
            throw new InvalidSubscriptionException(
                    "channel.secret",
                    "must be at least " + MIN_SECRET + " characters to make signatures worth checking");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidSubscriptionException("channel.url", "'" + url + "' is not an absolute http(s) URL");
            }
            return new Channel.Webhook(uri, secret);
        } catch (URISyntaxException e) {
            throw new InvalidSubscriptionException("channel.url", "'" + url + "' is not a URL: " + e.getReason());
        }
    }

    private static String text(JsonNode json, String field) {
        return text(json, field, field);
    }

    private static String text(JsonNode json, String field, String name) {
        JsonNode node = json.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new InvalidSubscriptionException(name, "required text, got " + node);
        }
        return node.asString().trim();
    }
}
