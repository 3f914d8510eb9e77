package org.clausewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.alert.AlertConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key from the command line, then the environment, then clausewatch.properties, then the default. */
class SettingsTest {
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path data;

    private Settings resolve(Map<Setting, String> options, Map<String, String> environment) throws IOException {
        return Settings.resolve(data, options, environment);
    }

    private void file(String... lines) throws IOException {
        Files.writeString(data.resolve(Settings.FILE), String.join("\n", lines) + "\n");
    }

    private Path executable(String name) throws IOException {
        Path script = Files.writeString(data.resolve(name), "#!/bin/sh\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    @Test
    void nothingConfiguredGivesTheDocumentedDefaults() throws IOException {
        Settings settings = resolve(Map.of(), Map.of());

        assertThat(settings.storage().database()).isEqualTo("sqlite:" + data.resolve("clausewatch.db"));
        assertThat(settings.storage().warcDir()).isEqualTo(data.resolve("warcs"));
        assertThat(settings.tracking().declarations()).isEqualTo(Path.of("declarations"));
        assertThat(settings.tracking().fetch().hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.tracking().fetch().allowPrivateAddresses()).isFalse();
        assertThat(settings.tracking().fetch().browser())
                .isEqualTo(Files.isExecutable(DEBIAN_CHROMIUM) ? Optional.of(DEBIAN_CHROMIUM) : Optional.empty());
        assertThat(settings.tracking().ignoreRobots()).isFalse();
        assertThat(settings.alerts()).isEqualTo(AlertConfig.defaults());
        assertThat(settings.serving())
                .isEqualTo(new Settings.Serving(
                        "127.0.0.1", 8080, Duration.ofHours(6), Duration.ofMinutes(1), Optional.empty()));
    }

    @Test
    void refusesAnUnknownKeyInThePropertiesFileNamingItAndTheKnownKeys() throws IOException {
        file("smtp-host=smtp.example.org", "smtp-hots=smtp.example.org", "digest-our=9");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(data.resolve(Settings.FILE) + ": unknown keys digest-our, smtp-hots; ")
                .hasMessageContaining("the known keys are allow-private-addresses, base-url, chromium,")
                .hasMessageContaining(" smtp-host,");
    }

    @Test
    void refusesAnUnknownClauseWatchVariableNamingItAndLeavesOtherVariablesAlone() throws IOException {
        assertThat(resolve(Map.of(), Map.of("PATH", "/usr/bin", "SMTP_HOTS", "x")))
                .isNotNull();

        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_SMTP_HOTS", "smtp.example.org")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment: unknown variable CLAUSEWATCH_SMTP_HOTS; the known variables are ")
                .hasMessageContaining("CLAUSEWATCH_SMTP_HOST,");
    }

    @Test
    void serveAddressAndScheduleAreGivenOnTheCommandLineOnly() throws IOException {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_PORT", "9090")))
                .hasMessageContaining("unknown variable CLAUSEWATCH_PORT");
        file("track-every=PT1H");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of())).hasMessageContaining("unknown key track-every");

        Files.delete(data.resolve(Settings.FILE));
        assertThat(resolve(Map.of(Setting.PORT, "0", Setting.HOST, "0.0.0.0", Setting.TRACK_EVERY, "PT30M"), Map.of())
                        .serving())
                .isEqualTo(new Settings.Serving(
                        "0.0.0.0", 0, Duration.ofMinutes(30), Duration.ofMinutes(1), Optional.empty()));
    }

    @Test
    void anAlertKeyComesFromTheEnvironmentBeforeTheFileAndFromTheFileBeforeTheDefault() throws IOException {
        assertThat(resolve(Map.of(), Map.of()).alerts().digests().hour()).isEqualTo(8);

        file("digest-hour=9", "smtp-host=file.example.org");
        assertThat(resolve(Map.of(), Map.of()).alerts().digests().hour()).isEqualTo(9);

        AlertConfig alerts = resolve(
                        Map.of(), Map.of("CLAUSEWATCH_DIGEST_HOUR", "10", "CLAUSEWATCH_SMTP_HOST", "env.example.org"))
                .alerts();
        assertThat(alerts.digests().hour()).isEqualTo(10);
        assertThat(alerts.smtp().orElseThrow().host()).isEqualTo("env.example.org");
        assertThat(alerts.smtp().orElseThrow().from()).isEqualTo("clausewatch@env.example.org");
        assertThat(alerts.smtp().orElseThrow().port()).isEqualTo(587);
    }

    @Test
    void aChromiumKeyComesFromTheEnvironmentBeforeTheFile() throws IOException {
        Path fromFile = executable("chromium-from-file");
        Path fromEnvironment = executable("chromium-from-environment");
        file("chromium=" + fromFile);

        assertThat(resolve(Map.of(), Map.of()).tracking().fetch().browser()).contains(fromFile);
        assertThat(resolve(Map.of(), Map.of("CLAUSEWATCH_CHROMIUM", fromEnvironment.toString()))
                        .tracking()
                        .fetch()
                        .browser())
                .contains(fromEnvironment);
        assertThat(resolve(Map.of(), Map.of("CLAUSEWATCH_CHROMIUM", " "))
                        .tracking()
                        .fetch()
                        .browser())
                .as("a blank variable sets nothing")
                .contains(fromFile);
    }

    @Test
    void refusesAConfiguredChromiumThatCannotBeRun() throws IOException {
        Path script = Files.writeString(data.resolve("chromium"), "#!/bin/sh\n");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_CHROMIUM", script.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chromium '" + script + "' (from CLAUSEWATCH_CHROMIUM) is not an executable file");
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentAndTheFile() throws IOException {
        file("host-delay-ms=7", "allow-private-addresses=false", "database=sqlite:/from/file.db");
        Map<String, String> environment =
                Map.of("CLAUSEWATCH_HOST_DELAY_MS", "6", "CLAUSEWATCH_DATABASE", "sqlite:/from/environment.db");

        Settings fromEnvironment = resolve(Map.of(), environment);
        Settings fromOptions = resolve(
                Map.of(
                        Setting.HOST_DELAY_MS,
                        "5",
                        Setting.ALLOW_PRIVATE_ADDRESSES,
                        "true",
                        Setting.DATABASE,
                        "sqlite:/x.db"),
                environment);

        assertThat(fromEnvironment.tracking().fetch().hostDelay()).isEqualTo(Duration.ofMillis(6));
        assertThat(fromEnvironment.tracking().fetch().allowPrivateAddresses()).isFalse();
        assertThat(fromEnvironment.storage().database()).isEqualTo("sqlite:/from/environment.db");
        assertThat(fromOptions.tracking().fetch().hostDelay()).isEqualTo(Duration.ofMillis(5));
        assertThat(fromOptions.tracking().fetch().allowPrivateAddresses()).isTrue();
        assertThat(fromOptions.alerts().allowPrivateWebhooks()).isTrue();
        assertThat(fromOptions.storage().database()).isEqualTo("sqlite:/x.db");
    }

    @Test
    void refusesABadValueNamingTheKeyTheValueAndWhereItWasSet() throws IOException {
        file("digest-hour=25");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digest-hour '25' (from " + data.resolve(Settings.FILE) + ") must be 0 to 23");

        Files.delete(data.resolve(Settings.FILE));
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_IGNORE_ROBOTS", "ture")))
                .hasMessage("ignore-robots 'ture' (from CLAUSEWATCH_IGNORE_ROBOTS) is not true or false");
        assertThatThrownBy(() -> resolve(Map.of(Setting.TRACK_EVERY, "PT0S"), Map.of()))
                .hasMessage("track-every 'PT0S' (from --track-every) must be positive");
        assertThatThrownBy(() ->
                        resolve(Map.of(), Map.of("CLAUSEWATCH_SMTP_HOST", "h", "CLAUSEWATCH_SMTP_SECURITY", "ssl")))
                .hasMessage("smtp-security 'ssl' (from CLAUSEWATCH_SMTP_SECURITY) is not one of none, starttls, tls");
        assertThatThrownBy(() -> resolve(Map.of(Setting.HOST_DELAY_MS, "-1"), Map.of()))
                .hasMessage("host-delay-ms '-1' (from --host-delay-ms) must be at least 0");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_BASE_URL", "clausewatch.example.org")))
                .hasMessageContaining("base-url 'clausewatch.example.org'")
                .hasMessageContaining("is not an absolute URL");
    }

    @Test
    void theConfigurationPageListsEveryKeyWithItsVariable() throws IOException {
        String page = Files.readString(Path.of("docs/configuration.md"));

        for (Setting key : Setting.values()) {
            String row = page.lines()
                    .filter(line -> line.startsWith("| `" + key.property() + "` "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("docs/configuration.md has no row for " + key.property()));
            assertThat(row)
                    .as(key.property())
                    .contains(key.configurable() ? "`" + key.variable() + "`" : "`" + key.option() + "`");
        }
    }

    @Test
    void noTimestampAuthorityUnlessOneIsConfigured() throws IOException {
        assertThat(resolve(Map.of(), Map.of()).timestamping().authority()).isEmpty();

        file("tsa-url=https://tsa.example.org/tsr", "tsa-interval=PT5M");
        Settings settings = resolve(Map.of(), Map.of());

        assertThat(settings.timestamping().authority()).contains(java.net.URI.create("https://tsa.example.org/tsr"));
        assertThat(settings.timestamping().interval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesATimestampAuthorityThatIsNotHttpAndCertificatesThatDoNotParse() throws IOException {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_TSA_URL", "ftp://tsa.example.org/")))
                .hasMessage("tsa-url 'ftp://tsa.example.org/' (from CLAUSEWATCH_TSA_URL) is not an http or https URL");
        Path garbage = Files.writeString(data.resolve("ca.pem"), "not a certificate\n");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CLAUSEWATCH_TSA_CA_CERTIFICATES", garbage.toString())))
                .hasMessageStartingWith("tsa-ca-certificates '" + garbage + "' (from CLAUSEWATCH_TSA_CA_CERTIFICATES) "
                        + "could not be read: " + garbage + ": not X.509 certificates in PEM");
    }
}
