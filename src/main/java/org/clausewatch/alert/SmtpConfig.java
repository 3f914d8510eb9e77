package org.clausewatch.alert;

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

        /** The port the mode is served on unless configured otherwise. */
        public int defaultPort() {
            return switch (this) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
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
