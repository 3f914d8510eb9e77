package org.clausewatch.alert;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.clausewatch.analysis.attribute.AttributeDelta;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structured summary of one alert, as JSON: the webhook body, the feed entry and the source of the e-mail.
 * Written once, when the change is recorded, so every retry carries the same bytes and the same signature.
 */
final class AlertJson {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private AlertJson() {}

    static String idempotencyKey(long subscriptionId, long changeId) {
        return "cw-alert-" + subscriptionId + "-" + changeId;
    }

    static ObjectNode alert(String key, Subscription subscription, ChangeFacts change, Taxonomy taxonomy, URI baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "change");
        node.put("idempotencyKey", key);
        node.put("subscriptionId", subscription.id());
        node.set("change", change(change, taxonomy, baseUrl));
        return node;
    }

    /** A digest: the alerts it groups, in the order their changes were recorded. */
    static ObjectNode digest(String key, Subscription subscription, List<JsonNode> alerts) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "digest");
        node.put("idempotencyKey", key);
        node.put("subscriptionId", subscription.id());
        node.put("mode", subscription.mode().label());
        ArrayNode changes = node.putArray("changes");
        alerts.forEach(alert -> changes.add(alert.get("change")));
        return node;
    }

    private static ObjectNode change(ChangeFacts change, Taxonomy taxonomy, URI baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", change.changeId());
        node.put("service", change.service());
        node.put("termsType", change.termsType());
        node.put("capturedAt", change.capturedAt().toString());
        node.put("significance", Labels.of(change.significance()));
        node.put("summary", change.summary());
        topics(node, new TreeSet<>(change.topics()), taxonomy);
        node.put("maxSeverity", change.maxSeverity().map(Labels::of).orElse(null));
        node.put("link", link(baseUrl, "changes/" + change.changeId()));
        ArrayNode items = node.putArray("provisions");
        change.items().forEach(item -> items.add(item(item, taxonomy, baseUrl)));
        return node;
    }

    private static ObjectNode item(ChangeFacts.Item item, Taxonomy taxonomy, URI baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", Labels.of(item.kind()));
        node.put("lineageId", item.lineageId());
        ArrayNode path = node.putArray("path");
        item.path().forEach(path::add);
        node.put("significance", Labels.of(item.significance()));
        node.put("summary", item.summary());
        node.put("redline", item.redline());
        topics(node, item.topics(), taxonomy);
        node.put("severity", item.severity().map(Labels::of).orElse(null));
        item.attributeChanges().ifPresent(analysis -> node.set("attributeChanges", attributeChanges(analysis)));
        node.put("link", link(baseUrl, "provisions/" + item.lineageId()));
        return node;
    }

    /** {@code topics}: the ids, as filters take them; {@code topicNames}: the same topics by name, in that order. */
    private static void topics(ObjectNode node, Collection<String> ids, Taxonomy taxonomy) {
        ArrayNode topics = node.putArray("topics");
        ArrayNode names = node.putArray("topicNames");
        for (String id : ids) {
            topics.add(id);
            names.add(taxonomy.topic(id).map(Topic::name).orElse(id));
        }
    }

    /** What changed in a provision's reading: the sentence, the severity before and after, one entry per attribute. */
    private static ObjectNode attributeChanges(ChangeAnalysis analysis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("summary", analysis.summary());
        node.put("severityBefore", analysis.severityBefore().map(Labels::of).orElse(null));
        node.put("severityAfter", analysis.severityAfter().map(Labels::of).orElse(null));
        ArrayNode deltas = node.putArray("deltas");
        for (AttributeDelta delta : analysis.deltas()) {
            ObjectNode entry = deltas.addObject();
            entry.put("attribute", delta.name());
            delta.before().forEach(entry.putArray("before")::add);
            delta.after().forEach(entry.putArray("after")::add);
            entry.put("sentence", delta.sentence());
        }
        return node;
    }

    static String link(URI baseUrl, String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
