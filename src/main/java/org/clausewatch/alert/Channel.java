package org.clausewatch.alert;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** How a subscription is reached. */
public sealed interface Channel {
    String type();

    /** E-mail to one address. */
    record Email(String address) implements Channel {
        public Email {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String type() {
            return "email";
        }
    }

    /**
     * An HTTPS (or, when allowed, HTTP) endpoint; bodies are signed with the secret. {@code privateAddresses}: whether
     * it may be on a private address, decided once when the subscription was made, so that every process delivering
     * its alerts decides alike.
     */
    record Webhook(URI url, String secret, boolean privateAddresses) implements Channel {
        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }

        /** A webhook as requested, before the deployment decided on private addresses. */
        public Webhook(URI url, String secret) {
            this(url, secret, false);
        }

        @Override
        public String type() {
            return "webhook";
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=(hidden)]";
        }
    }

    /**
     * A private Atom feed at a secret address: {@code token} opens it; empty for a feed as requested, before it has one,
     * and for feeds made before ClauseWatch kept their token (V15), whose address was shown once.
     */
    record Feed(Optional<String> token) implements Channel {
        public Feed {
            Objects.requireNonNull(token, "token");
        }

        /** A feed as requested, before it has its token. */
        public Feed() {
            this(Optional.empty());
        }

        @Override
        public String type() {
            return "feed";
        }

        @Override
        public String toString() {
            return "Feed[token=(hidden)]";
        }
    }
}
