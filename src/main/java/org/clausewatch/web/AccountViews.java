package org.clausewatch.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the sign-in and account pages show, one record per template, as plain strings ready to print (jte escapes
 * them). Public because the precompiled templates live in jte's package.
 */
public final class AccountViews {
    private AccountViews() {}

    /**
     * {@code message}: why the form is shown again (wrong password, throttled, expired), or empty; {@code next} the
     * account page to go to once signed in (one that sent a stranger here), or empty.
     */
    public record Login(String csrf, String message, String next) {}

    /** A refusal on an account page (role too low, form expired) with where to go next. */
    public record Refusal(String title, String detail) {}

    /**
     * The signed-in user's own page: password change and API key. {@code newApiKey} is shown once, right after it
     * was made; {@code passwordChangeRequired} while the one-time password from {@code user add} is still in use.
     */
    public record Account(
            String email,
            String role,
            String csrf,
            boolean passwordChangeRequired,
            boolean mayManageSubscriptions,
            Optional<String> newApiKey,
            String message) {}

    /**
     * One subscription in the list, with the provisions it watches one by one; {@code threshold} says which changes
     * it wants ("substantive changes of severity high or above"), {@code feedUrl} is a feed's private address and
     * {@code warnings} what stands in the way of its alerts (an e-mail subscription without an SMTP server).
     */
    public record SubscriptionLine(
            long id,
            String services,
            String documents,
            String topics,
            List<WatchedProvision> watched,
            String threshold,
            String channel,
            Optional<String> feedUrl,
            List<String> warnings,
            String mode) {}

    /**
     * A provision a subscription watches: {@code name} as "ChatGPT · Terms of Use · 2. Content", {@code opening}
     * the first words of its latest wording, {@code link} its page; a lineage no longer recorded keeps its id as
     * name and has no link.
     */
    public record WatchedProvision(String name, String opening, Optional<String> link, boolean current) {}

    /**
     * The page that confirms watching one provision: which provision, the subscriptions of the user that already
     * watch it, and the channel form (e-mail to {@code email} by default).
     */
    public record Watch(
            String email,
            String csrf,
            String lineageId,
            WatchedProvision provision,
            List<Long> watching,
            String message) {}

    /**
     * The subscriptions page: the user's subscriptions, the one just made ({@code created}, shown with its feed address
     * and warnings at the top), and the form for a new one; {@code message} a refusal that concerns no one field.
     */
    public record Subscriptions(
            String email,
            String csrf,
            List<SubscriptionLine> subscriptions,
            Optional<SubscriptionLine> created,
            SubscriptionForm form,
            String message) {}

    /** A topic offered by the form: its id, sent, and its name, shown. */
    public record TopicChoice(String id, String name) {}

    /**
     * The new-subscription form: what was typed, kept when the form is refused, by field name ({@code services},
     * {@code documents}, {@code minSeverity}, {@code significance}, {@code channel}, {@code address}, {@code url},
     * {@code mode}); the topics chosen; the problem next to each field; and the choices offered.
     */
    public record SubscriptionForm(
            Map<String, String> values,
            Set<String> topics,
            Map<String, String> problems,
            List<TopicChoice> topicChoices,
            List<String> severities) {
        public SubscriptionForm {
            values = Map.copyOf(values);
            topics = Set.copyOf(topics);
            problems = Map.copyOf(problems);
            topicChoices = List.copyOf(topicChoices);
            severities = List.copyOf(severities);
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean chosen(String field, String option) {
            return value(field).equals(option);
        }

        public boolean chosenTopic(String id) {
            return topics.contains(id);
        }

        public String problem(String field) {
            return problems.getOrDefault(field, "");
        }

        public boolean invalid(String field) {
            return problems.containsKey(field);
        }

        /** {@code "true"} for a refused field, else null, which leaves the attribute out. */
        public String ariaInvalid(String field) {
            return invalid(field) ? "true" : null;
        }

        /** The id of the refusal shown beside a refused field, else null, which leaves the attribute out. */
        public String describedBy(String field) {
            return invalid(field) ? field + "-problem" : null;
        }
    }

    /** One alert of a subscription's delivery history. */
    public record Delivery(
            long changeId,
            String changeLink,
            String status,
            int attempts,
            String createdAt,
            String dueAt,
            String deliveredAt,
            String lastError,
            String idempotencyKey) {}

    public record Deliveries(SubscriptionLine subscription, String email, String csrf, List<Delivery> deliveries) {}
}
