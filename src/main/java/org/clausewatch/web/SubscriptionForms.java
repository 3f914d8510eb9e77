package org.clausewatch.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.alert.InvalidSubscriptionException;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The new-subscription form of the subscriptions page: the same fields as the API (services, documents, topics chosen
 * by name, minimum severity, significance, channel, mode), read into the JSON the API takes so that both share one
 * validation, and shown again with what was typed and the refusal next to its field.
 */
final class SubscriptionForms {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The text fields kept as typed; the webhook secret is not among them, like a password. */
    private static final List<String> KEPT =
            List.of("services", "documents", "minSeverity", "significance", "channel", "address", "url", "mode");

    private final List<AccountViews.TopicChoice> topics;

    SubscriptionForms(Taxonomy taxonomy) {
        this.topics = taxonomy.topics().stream()
                .map(t -> new AccountViews.TopicChoice(t.id(), t.id() + " " + t.name()))
                .toList();
    }

    /** A fresh form: e-mail to the user's own address, substantive changes, at once. */
    AccountViews.SubscriptionForm blank(String email) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("significance", Labels.of(Significance.SUBSTANTIVE));
        values.put("channel", "email");
        values.put("address", email);
        values.put("mode", "immediate");
        return form(values, Set.of(), Map.of());
    }

    /** The form as it was sent, with {@code refusal} next to the field it concerns (services for a plan limit). */
    AccountViews.SubscriptionForm refused(Context ctx, RuntimeException refusal) {
        Map<String, String> values = new LinkedHashMap<>();
        KEPT.forEach(field -> values.put(field, LoginRoutes.param(ctx, field)));
        String field = refusal instanceof InvalidSubscriptionException invalid ? shownAt(invalid.field()) : "services";
        return form(values, new LinkedHashSet<>(ctx.formParams("topics")), Map.of(field, refusal.getMessage()));
    }

    private AccountViews.SubscriptionForm form(
            Map<String, String> values, Set<String> chosen, Map<String, String> problems) {
        return new AccountViews.SubscriptionForm(values, chosen, problems, topics, Labels.all(Severity.class));
    }

    /** The form field a refusal of the request's {@code field} is shown beside; {@code form} for the form as a whole. */
    static String shownAt(String field) {
        return switch (field) {
            case "services", "documents", "topics", "minSeverity", "significance", "mode" -> field;
            case "channel", "channel.type" -> "channel";
            case "channel.address" -> "address";
            case "channel.url", "channel.secret" -> "url";
            default -> "form";
        };
    }

    /** The form as the JSON the API takes. */
    static ObjectNode request(Context ctx) {
        ObjectNode json = JSON.createObjectNode();
        json.set("services", list(ctx.formParam("services")));
        json.set("documents", list(ctx.formParam("documents")));
        ArrayNode topics = json.putArray("topics");
        ctx.formParams("topics").forEach(topics::add);
        String severity = LoginRoutes.param(ctx, "minSeverity");
        if (!severity.isBlank()) {
            json.put("minSeverity", severity);
        }
        json.put(
                "significance",
                Optional.ofNullable(ctx.formParam("significance")).orElse(Labels.of(Significance.SUBSTANTIVE)));
        return channelAndMode(ctx, json);
    }

    /** The form's channel and mode fields put into {@code json}, as the API takes them. */
    static ObjectNode channelAndMode(Context ctx, ObjectNode json) {
        json.put("mode", Optional.ofNullable(ctx.formParam("mode")).orElse("immediate"));
        ObjectNode channel = json.putObject("channel");
        String type = LoginRoutes.param(ctx, "channel");
        channel.put("type", type);
        switch (type) {
            case "email" -> channel.put("address", LoginRoutes.param(ctx, "address"));
            case "webhook" -> {
                channel.put("url", LoginRoutes.param(ctx, "url"));
                channel.put("secret", LoginRoutes.param(ctx, "secret"));
            }
            default -> {}
        }
        return json;
    }

    private static ArrayNode list(String commaSeparated) {
        ArrayNode array = JSON.createArrayNode();
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(array::add);
        }
        return array;
    }
}
