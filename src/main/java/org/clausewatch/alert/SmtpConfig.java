package org.clausewatch.alert;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** How to reach the SMTP server that sends alert e-mail. */
public record SmtpConfig(
        String host, int port, Security security, Optional<String> username, Optional<String> password, String from) {
    /** Plain (loopback relays only), STARTTLS upgrade (port 587) or TLS from the first byte (port 465). */
    public enum Security {
        NONE,
        STARTTLS,
        TLS;

        static Security parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "smtp-security '" + value + "' is not one of none, starttls, tls", e);
            }
        }
    }

    public SmtpConfig {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smtp-port must be 1 to 65535, not " + port);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
    }

    @Override
    public String toString() {
        return "SmtpConfig[" + host + ":" + port + ", " + security + ", user " + username.orElse("(none)") + "]";
    }
}
