package org.clausewatch.testing;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.alert.AlertConfig;
import org.clausewatch.alert.DigestSchedule;
import org.clausewatch.alert.RetryPolicy;
import org.clausewatch.alert.SmtpConfig;

/** An alert configuration changed field by field, for tests that need an SMTP server, retries or digests of their own. */
public final class AlertConfigBuilder {
    private Optional<SmtpConfig> smtp;
    private final int defaultServiceLimit;
    private Set<String> webhookAllowHosts;
    private boolean allowPrivateWebhooks;
    private DigestSchedule digests;
    private RetryPolicy retries;
    private final Duration pollEvery;
    private Optional<URI> baseUrl;

    private AlertConfigBuilder(AlertConfig config) {
        this.smtp = config.smtp();
        this.defaultServiceLimit = config.defaultServiceLimit();
        this.webhookAllowHosts = config.webhookAllowHosts();
        this.allowPrivateWebhooks = config.allowPrivateWebhooks();
        this.digests = config.digests();
        this.retries = config.retries();
        this.pollEvery = config.pollEvery();
        this.baseUrl = config.baseUrl();
    }

    /** Starts from the defaults. */
    public static AlertConfigBuilder defaults() {
        return new AlertConfigBuilder(AlertConfig.defaults());
    }

    public AlertConfigBuilder smtp(SmtpConfig value) {
        smtp = Optional.of(value);
        return this;
    }

    public AlertConfigBuilder webhookAllowHosts(Set<String> value) {
        webhookAllowHosts = value;
        return this;
    }

    public AlertConfigBuilder privateWebhooks(boolean value) {
        allowPrivateWebhooks = value;
        return this;
    }

    public AlertConfigBuilder digests(DigestSchedule value) {
        digests = value;
        return this;
    }

    public AlertConfigBuilder retries(RetryPolicy value) {
        retries = value;
        return this;
    }

    public AlertConfigBuilder baseUrl(URI value) {
        baseUrl = Optional.of(value);
        return this;
    }

    public AlertConfig build() {
        return new AlertConfig(
                smtp,
                defaultServiceLimit,
                webhookAllowHosts,
                allowPrivateWebhooks,
                digests,
                retries,
                pollEvery,
                baseUrl);
    }
}
