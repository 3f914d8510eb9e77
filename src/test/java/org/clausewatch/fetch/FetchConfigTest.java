package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchConfigTest {

    @Test
    void defaultsArePoliteAndBounded() {
        FetchConfig config = FetchConfig.defaults();

        assertThat(config.userAgent()).startsWith("ClauseWatch/0.1 (+https://github.com/clausewatch/clausewatch;");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.totalTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxBodyBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(config.maxRedirects()).isEqualTo(5);
        assertThat(config.hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.allowPrivateAddresses()).isFalse();
        assertThat(config.honourRobots()).isTrue();
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.maxRetryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void withersChangeOnlyTheirField() {
        FetchConfig config = FetchConfig.defaults().withHostDelay(Duration.ofMillis(250));

        assertThat(config.hostDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.withHostDelay(FetchConfig.defaults().hostDelay())).isEqualTo(FetchConfig.defaults());
    }

    @Test
    void rejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> FetchConfig.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> FetchConfig.defaults().withTotalTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("totalTimeout")
                .hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> FetchConfig.defaults().withUserAgent(" ")).hasMessageContaining("userAgent");
    }

    @Test
    void findsBrowserFromOverrideOnlyWhenExecutable(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("chrome"), "#!/bin/sh\n");
        assertThat(FetchConfig.installedBrowser(script.toString())).isEmpty();

        assertThat(script.toFile().setExecutable(true)).isTrue();
        assertThat(FetchConfig.installedBrowser(script.toString())).contains(script);
    }
}
