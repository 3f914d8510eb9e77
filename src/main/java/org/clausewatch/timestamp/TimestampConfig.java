package org.clausewatch.timestamp;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where to ask for timestamp tokens (none: nothing leaves the machine), the certificates of the authorities trusted
 * to sign them (none: a token's signature is checked against the certificate it carries, which proves integrity but
 * not who signed), and the least time between two requests.
 */
public record TimestampConfig(Optional<URI> authority, List<X509Certificate> trusted, Duration interval) {
    public TimestampConfig {
        trusted = List.copyOf(trusted);
        if (interval.isNegative()) {
            throw new IllegalArgumentException("timestamp interval must not be negative, not " + interval);
        }
    }

    public static TimestampConfig none() {
        return new TimestampConfig(Optional.empty(), List.of(), Duration.ofMinutes(15));
    }
}
