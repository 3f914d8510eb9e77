package org.clausewatch.alert;

import java.net.URI;
import java.util.List;
import java.util.TreeSet;
import org.clausewatch.common.Labels;
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

    static ObjectNode alert(String key, Subscription subscription, ChangeFacts change, URI baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "change");
        node.put("idempotencyKey", key);
        node.put("subscriptionId", subscription.id());
        node.set("change", change(change, baseUrl));
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

    private static ObjectNode change(ChangeFacts change, URI baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", change.changeId());
        node.put("service", change.service());
        node.put("termsType", change.termsType());
        node.put("capturedAt", change.capturedAt().toString());
        node.put("significance", Labels.of(change.significance()));
        node.put("summary", change.summary());
        ArrayNode topics = node.putArray("topics");
        new TreeSet<>(change.topics()).forEach(topics::add);
        node.put("maxSeverity", change.maxSeverity().map(Labels::of).orElse(null));
        node.put("link", link(baseUrl, "changes/" + change.changeId()));
        ArrayNode items = node.putArray("provisions");
        change.items().forEach(item -> items.add(item(item, baseUrl)));
        return node;
    }

    private static ObjectNode item(ChangeFacts.Item item, URI baseUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", Labels.of(item.kind()));
        node.put("lineageId", item.lineageId());
        ArrayNode path = node.putArray("path");
        item.path().forEach(path::add);
        node.put("significance", Labels.of(item.significance()));
        node.put("summary", item.summary());
        node.put("redline", item.redline());
        node.put("link", link(baseUrl, "provisions/" + item.lineageId()));
        return node;
    }

    private static String link(URI baseUrl, String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
