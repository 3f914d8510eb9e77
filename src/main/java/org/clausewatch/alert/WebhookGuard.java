package org.clausewatch.alert;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewatch.fetch.AddressGuard;

/**
 * The private-address guard of fetching, applied to webhook URLs when a subscription is made (with this deployment's
 * setting, which the subscription then keeps) and again before every delivery (a name may resolve elsewhere later)
 * with the subscription's decision. Hosts on the allow-list skip the address check.
 */
final class WebhookGuard {
    private final boolean allowPrivateAddresses;
    private final Set<String> allowedHosts;

    WebhookGuard(boolean allowPrivateAddresses, Set<String> allowedHosts) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowedHosts =
                allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether webhooks made now may be on private addresses: what a new subscription keeps. */
    boolean allowsPrivateAddresses() {
        return allowPrivateAddresses;
    }

    /** Throws an {@link IOException} saying why the URL may not be called, by this deployment's setting. */
    void check(URI url) throws IOException {
        check(url, allowPrivateAddresses);
    }

    /** Throws an {@link IOException} saying why the URL may not be called, by the subscription's decision. */
    void check(URI url, boolean privateAddresses) throws IOException {
        if (url.getHost() != null && allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            return;
        }
        new AddressGuard(privateAddresses).check(url);
    }
}
