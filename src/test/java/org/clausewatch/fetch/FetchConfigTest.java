package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.clausewatch.testing.FetchConfigBuilder;
import org.junit.jupiter.api.Test;

class FetchConfigTest {
    private static final FetchConfig DEFAULTS = FetchConfig.defaults(Duration.ofSeconds(1), false, Optional.empty());

    @Test
    void defaultsArePoliteAndBounded() {
        assertThat(DEFAULTS.userAgent()).startsWith("ClauseWatch/0.1 (+https://github.com/clausewatch/clausewatch;");
        assertThat(DEFAULTS.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(DEFAULTS.totalTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(DEFAULTS.maxBodyBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(DEFAULTS.maxRedirects()).isEqualTo(5);
        assertThat(DEFAULTS.honourRobots()).isTrue();
        assertThat(DEFAULTS.maxAttempts()).isEqualTo(3);
        assertThat(DEFAULTS.maxRetryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void keepsThePolitenessAndBrowserTheConfigurationChose() {
        FetchConfig config =
                FetchConfig.defaults(Duration.ofMillis(250), true, Optional.of(java.nio.file.Path.of("/x")));

        assertThat(config.hostDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.allowPrivateAddresses()).isTrue();
        assertThat(config.browser()).contains(java.nio.file.Path.of("/x"));
    }

    @Test
    void rejectsBadValuesNamingThem() {
        assertThatThrownBy(
                        () -> FetchConfigBuilder.from(DEFAULTS).maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> FetchConfigBuilder.from(DEFAULTS)
                        .totalTimeout(Duration.ofSeconds(-1))
                        .build())
                .hasMessageContaining("totalTimeout")
                .hasMessageContaining("PT-1S");
        assertThatThrownBy(
                        () -> FetchConfigBuilder.from(DEFAULTS).userAgent(" ").build())
                .hasMessageContaining("userAgent");
        assertThatThrownBy(() -> FetchConfig.defaults(Duration.ofMillis(-1), false, Optional.empty()))
                .hasMessageContaining("hostDelay")
                .hasMessageContaining("PT-0.001S");
    }
}
