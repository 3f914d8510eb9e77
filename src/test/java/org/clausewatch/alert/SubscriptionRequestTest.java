package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SubscriptionRequestTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The services known here, as ClauseWatch spells them. */
    private static final List<String> KNOWN = List.of("ChatGPT", "Claude", "Claude.ai");

    private static final Vocabulary VOCABULARY = new Vocabulary(
            AlertFixture.TAXONOMY,
            name -> KNOWN.stream()
                    .filter(known -> known.equalsIgnoreCase(name.trim()))
                    .findFirst());

    private static SubscriptionRequest parse(String json) {
        return SubscriptionRequest.parse(JSON.readTree(json), VOCABULARY);
    }

    private static void refused(String json, String field, String detail) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOfSatisfying(
                        InvalidSubscriptionException.class,
                        e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(detail);
    }

    @Test
    void watchedProvisionsAreLineageIds() {
        SubscriptionRequest request = parse("""
                {"services": ["ChatGPT"], "lineages": ["40da059a1851-2"], "channel": {"type": "feed"}}
                """);
        assertThat(request.filter().lineages()).containsExactly("40da059a1851-2");
        refused("""
                {"services": ["ChatGPT"], "lineages": ["../x"], "channel": {"type": "feed"}}
                """, "lineages", "is not a provision lineage id");
        SubscriptionRequest alone = parse("""
                {"lineages": ["40da059a1851-2"], "channel": {"type": "feed"}}
                """);
        assertThat(alone.filter().services()).isEmpty();
        refused("""
                {"channel": {"type": "feed"}}
                """, "services", "name at least one service, or provisions by their lineages");
    }

    @Test
    void refusesUnknownServicesNamingEachAndKeepsKnownOnesAsClauseWatchSpellsThem() {
        refused(
                "{\"services\": [\"ChatGPT\", \"Chat GPT\", \"Nope\"], \"channel\": {\"type\": \"feed\"}}",
                "services",
                "'Chat GPT', 'Nope' are not services ClauseWatch knows");
        refused(
                "{\"services\": [\"Bard\"], \"channel\": {\"type\": \"feed\"}}",
                "services",
                "'Bard' is not a service ClauseWatch knows");

        SubscriptionRequest request =
                parse("{\"services\": [\"chatgpt\", \" CLAUDE.AI \", \"ChatGPT\"], \"channel\": {\"type\": \"feed\"}}");

        assertThat(request.filter().services()).containsExactlyInAnyOrder("ChatGPT", "Claude.ai");
    }

    @Test
    void readsEveryFieldOfTheIssuesFormat() {
        SubscriptionRequest request = parse("""
                {"services": ["ChatGPT", "Claude"], "documents": ["Terms of Service"], "topics": ["F1"],
                 "minSeverity": "high", "significance": "minor", "mode": "weekly",
                 "channel": {"type": "webhook", "url": "https://hooks.example.org/cw", "secret": "0123456789abcdef"}}
                """);

        assertThat(request.filter().services()).containsExactlyInAnyOrder("ChatGPT", "Claude");
        assertThat(request.filter().documents()).containsExactly("Terms of Service");
        assertThat(request.filter().topics()).containsExactly("F1");
        assertThat(request.filter().minSeverity()).contains(Severity.HIGH);
        assertThat(request.filter().minorToo()).isTrue();
        assertThat(request.mode()).isEqualTo(Mode.WEEKLY);
        assertThat(request.channel())
                .isEqualTo(new Channel.Webhook(URI.create("https://hooks.example.org/cw"), "0123456789abcdef"));
    }

    @Test
    void defaultsToSubstantiveImmediateAlertsOnAnyTopicAndSeverity() {
        SubscriptionRequest request =
                parse("{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"email\", \"address\": \"a@b.org\"}}");
        assertThat(request.filter().minorToo()).isFalse();
        assertThat(request.filter().minSeverity()).isEqualTo(Optional.empty());
        assertThat(request.mode()).isEqualTo(Mode.IMMEDIATE);
    }

    @Test
    void namesTheFieldAndTheBadValue() {
        String feed = ", \"channel\": {\"type\": \"feed\"}}";
        refused("{\"channel\": {\"type\": \"feed\"}}", "services", "at least one service");
        refused("{\"services\": \"ChatGPT\"" + feed, "services", "array");
        refused("{\"services\": [\"ChatGPT\"], \"minSeverity\": \"severe\"" + feed, "minSeverity", "'severe'");
        refused("{\"services\": [\"ChatGPT\"], \"topics\": [\"F99\"]" + feed, "topics", "'F99'");
        refused("{\"services\": [\"ChatGPT\"], \"mode\": \"hourly\"" + feed, "mode", "'hourly'");
        refused("{\"services\": [\"ChatGPT\"], \"mode\": \"daily\"" + feed, "mode", "feed");
        refused("{\"services\": [\"ChatGPT\"], \"servces\": []" + feed, "servces", "unknown field");
        refused("{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"sms\"}}", "channel.type", "'sms'");
        refused(
                "{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"email\", \"address\": \"nobody\"}}",
                "channel.address",
                "'nobody'");
        refused(
                "{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"webhook\", \"url\": \"ftp://x.org/\", "
                        + "\"secret\": \"0123456789abcdef\"}}",
                "channel.url",
                "'ftp://x.org/'");
        refused(
                "{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"webhook\", \"url\": \"https://x.org/\", "
                        + "\"secret\": \"short\"}}",
                "channel.secret",
                "at least 16");
    }
}
