package org.clausewatch.alert;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewatch.fetch.AddressGuard;

/**
 * The private-address guard of fetching, applied to webhook URLs when a subscription is made and again before
 * every delivery (a name may resolve elsewhere later). Hosts on the allow-list skip the address check.
 */
final class WebhookGuard {
    private final AddressGuard guard;
    private final Set<String> allowedHosts;

    WebhookGuard(boolean allowPrivateAddresses, Set<String> allowedHosts) {
        this.guard = new AddressGuard(allowPrivateAddresses);
        this.allowedHosts =
                allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Throws an {@link IOException} saying why the URL may not be called. */
    void check(URI url) throws IOException {
        if (url.getHost() != null && allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            return;
        }
        guard.check(url);
    }
}
