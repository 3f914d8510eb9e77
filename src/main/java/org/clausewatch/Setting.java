package org.clausewatch;

import java.util.Locale;

/**
 * Every setting ClauseWatch reads; docs/configuration.md describes each. {@code HOST_DELAY_MS} is the key
 * {@code host-delay-ms} in {@code clausewatch.properties}, the environment variable {@code CLAUSEWATCH_HOST_DELAY_MS}
 * and, in the commands that take it, the option {@code --host-delay-ms}.
 */
public enum Setting {
    DATABASE,
    DECLARATIONS,
    ALLOW_PRIVATE_ADDRESSES,
    HOST_DELAY_MS,
    IGNORE_ROBOTS,
    CHROMIUM,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USERNAME,
    SMTP_PASSWORD,
    SMTP_FROM,
    BASE_URL,
    SERVICE_LIMIT,
    WEBHOOK_ALLOW_HOSTS,
    DIGEST_HOUR,
    DIGEST_ZONE,
    DIGEST_WEEKDAY,
    DELIVERY_ATTEMPTS,
    DELIVERY_FIRST_RETRY,
    DELIVERY_POLL,
    TSA_URL,
    TSA_CA_CERTIFICATES,
    TSA_INTERVAL,
    /** How long {@code serve} waits after starting before its first tracking pass. */
    FIRST_PASS_AFTER,
    TRACKING_LEASE,
    METRICS,
    /** {@code serve}'s address and tracking interval, given on its command line only. */
    HOST(false),
    PORT(false),
    TRACK_EVERY(false);

    private final boolean configurable;

    Setting() {
        this(true);
    }

    Setting(boolean configurable) {
        this.configurable = configurable;
    }

    public String property() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String variable() {
        return "CLAUSEWATCH_" + name();
    }

    public String option() {
        return "--" + property();
    }

    /** Whether the environment and the configuration file may set it, not the command line alone. */
    public boolean configurable() {
        return configurable;
    }
}
