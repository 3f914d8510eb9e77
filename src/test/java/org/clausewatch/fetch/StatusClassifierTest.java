package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.junit.jupiter.api.Test;

class StatusClassifierTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final StatusClassifier classifier = new StatusClassifier(BotChallenges.load());

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        assertThat(StatusClassifier.retryAfter(" 30 ", NOW)).contains(Duration.ofSeconds(30));
        assertThat(StatusClassifier.retryAfter("Sun, 01 Mar 2026 12:02:00 GMT", NOW))
                .contains(Duration.ofMinutes(2));
        assertThat(StatusClassifier.retryAfter("Sun, 01 Mar 2026 11:00:00 GMT", NOW))
                .contains(Duration.ZERO);
        assertThat(StatusClassifier.retryAfter("soon", NOW)).isEmpty();
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        Failure failure = classify(429, Map.of("Retry-After", List.of("45")), "slow down");

        assertThat(failure.failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(45));
        assertThat(failure.message()).contains("https://example.org/tos").contains("429");
    }

    @Test
    void recognisesChallengeMarkersOfSeveralVendors() {
        assertThat(classify(403, Map.of(), "<title>Attention Required! | Cloudflare</title>")
                        .failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
        assertThat(classify(403, Map.of(), "<script src=https://ct.captcha-delivery.com/c.js>")
                        .failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
        assertThat(classify(429, Map.of(), "<div id=\"px-captcha\"></div>").failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
        assertThat(classify(503, Map.of(), "Reference #18.abc https://errors.edgesuite.net/18.abc")
                        .failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
        assertThat(classify(403, Map.of("X-DataDome", List.of("protected")), "").failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
    }

    @Test
    void aRefusalWithGenericCaptchaWordingIsABotChallenge() {
        assertThat(classify(403, Map.of(), "<h1>Are you a robot?</h1><p>Please complete the CAPTCHA to continue.</p>")
                        .failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
        assertThat(classify(403, Map.of(), "<p>To continue, complete the captcha below.</p>")
                        .failureClass())
                .isEqualTo(FailureClass.BOT_CHALLENGE);
        assertThat(classify(403, Map.of(), "<h1>Forbidden</h1><p>You may not read this page.</p>")
                        .failureClass())
                .isEqualTo(FailureClass.FORBIDDEN);
    }

    @Test
    void challengeWordsOnANotFoundPageStayNotFound() {
        assertThat(classify(404, Map.of(), "<title>Just a moment...</title>").failureClass())
                .isEqualTo(FailureClass.NOT_FOUND);
    }

    @Test
    void rejectsMalformedSignatureLineByNumber() {
        assertThatThrownBy(() -> BotChallenges.parse(List.of("# ok", "body cf-chl", "footer x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("footer x");
    }

    private Failure classify(int status, Map<String, List<String>> headers, String body) {
        Reply reply = new Reply(
                URI.create("https://example.org/tos"),
                status,
                Map.of(),
                headers,
                Bytes.of(body.getBytes(StandardCharsets.UTF_8)));
        return classifier.classify(reply, NOW).failure();
    }
}
