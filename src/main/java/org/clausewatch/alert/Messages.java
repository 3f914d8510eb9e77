package org.clausewatch.alert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;

/** Turns stored alert JSON into the message of one alert or of one digest: JSON body, subject, text and HTML. */
final class Messages {
    private static final int SUBJECT_SUMMARY = 140;

    private Messages() {}

    static Message alert(String key, JsonNode alert) {
        JsonNode change = alert.get("change");
        String subject = "ClauseWatch: " + change.get("service").asString() + " · "
                + change.get("termsType").asString() + " — "
                + headline(change.get("summary").asString());
        return new Message(key, alert.toString(), subject, text(List.of(change)), html(subject, List.of(change)));
    }

    static Message digest(String key, Subscription subscription, List<JsonNode> alerts) {
        JsonNode digest = AlertJson.digest(key, subscription, alerts);
        List<JsonNode> changes = new ArrayList<>();
        digest.get("changes").forEach(changes::add);
        Set<String> services = new LinkedHashSet<>();
        changes.forEach(c -> services.add(c.get("service").asString()));
        String subject = "ClauseWatch " + subscription.mode().label() + " digest: " + changes.size()
                + (changes.size() == 1 ? " change" : " changes") + " (" + String.join(", ", services) + ")";
        return new Message(key, digest.toString(), subject, text(changes), html(subject, changes));
    }

    private static String text(List<JsonNode> changes) {
        StringBuilder text = new StringBuilder();
        for (JsonNode change : changes) {
            text.append(change.get("service").asString())
                    .append(" — ")
                    .append(change.get("termsType").asString())
                    .append(" (")
                    .append(change.get("significance").asString())
                    .append(", recorded ")
                    .append(change.get("capturedAt").asString())
                    .append(")\n")
                    .append(change.get("summary").asString())
                    .append("\nTopics: ")
                    .append(topics(change))
                    .append("\nSeverity: ")
                    .append(severity(change))
                    .append("\n\n");
            for (JsonNode item : change.get("provisions")) {
                text.append("* ")
                        .append(item.get("kind").asString())
                        .append(": ")
                        .append(path(item))
                        .append(about(item))
                        .append("\n  ")
                        .append(item.get("summary").asString())
                        .append("\n  ")
                        .append(item.get("redline").asString().replace("\n", "\n  "))
                        .append("\n  ")
                        .append(item.get("link").asString())
                        .append("\n");
            }
            text.append("\nThe change: ").append(change.get("link").asString()).append("\n\n");
        }
        return text.toString();
    }

    private static String html(String subject, List<JsonNode> changes) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body>");
        for (JsonNode change : changes) {
            html.append("<h2>")
                    .append(escape(change.get("service").asString() + " — "
                            + change.get("termsType").asString()))
                    .append("</h2><p><strong>")
                    .append(escape(change.get("significance").asString()))
                    .append("</strong>, recorded ")
                    .append(escape(change.get("capturedAt").asString()))
                    .append("</p><p>")
                    .append(escape(change.get("summary").asString()))
                    .append("</p><p>Topics: ")
                    .append(escape(topics(change)))
                    .append(". Severity: ")
                    .append(escape(severity(change)))
                    .append(".</p><ul>");
            for (JsonNode item : change.get("provisions")) {
                html.append("<li><a href=\"")
                        .append(escape(item.get("link").asString()))
                        .append("\">")
                        .append(escape(item.get("kind").asString() + ": " + path(item)))
                        .append("</a>")
                        .append(escape(about(item)))
                        .append("<br>")
                        .append(escape(item.get("summary").asString()))
                        .append("<pre>")
                        .append(escape(item.get("redline").asString()))
                        .append("</pre></li>");
            }
            html.append("</ul><p><a href=\"")
                    .append(escape(change.get("link").asString()))
                    .append("\">The change in ClauseWatch</a></p>");
        }
        return html.append("</body></html>").toString();
    }

    /** A subject line is read whole: the summary, cut at a word before it gets too long for a mail client. */
    private static String headline(String summary) {
        if (summary.length() <= SUBJECT_SUMMARY) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', SUBJECT_SUMMARY);
        return summary.substring(0, cut > 0 ? cut : SUBJECT_SUMMARY) + " …";
    }

    /** Topics by name; alerts written before names were stored have ids only. */
    private static String topics(JsonNode node) {
        List<String> topics = new ArrayList<>();
        JsonNode names = node.has("topicNames") ? node.get("topicNames") : node.get("topics");
        names.forEach(t -> topics.add(t.asString()));
        return topics.isEmpty() ? "not classified yet" : String.join(", ", topics);
    }

    /** " (high; Training on user content)": what an item's provision is about, when it was read. */
    private static String about(JsonNode item) {
        List<String> parts = new ArrayList<>();
        JsonNode severity = item.get("severity");
        if (severity != null && !severity.isNull()) {
            parts.add(severity.asString());
        }
        if (item.has("topicNames") && !item.get("topicNames").isEmpty()) {
            parts.add(topics(item));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String severity(JsonNode change) {
        JsonNode severity = change.get("maxSeverity");
        return severity == null || severity.isNull() ? "not graded yet" : severity.asString();
    }

    private static String path(JsonNode item) {
        List<String> path = new ArrayList<>();
        item.get("path").forEach(p -> path.add(p.asString()));
        return path.isEmpty() ? "(top of document)" : String.join(" > ", path);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
