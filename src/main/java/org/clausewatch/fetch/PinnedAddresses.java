package org.clausewatch.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Closes the gap between checking a host's addresses and connecting to it. The address guard approves the addresses
 * a host resolves to; a name server that answers a public address to the check and a private one a moment later
 * (DNS rebinding) would otherwise steer the HTTP client into the network ClauseWatch runs in. Every address the guard
 * approves is pinned here for a short while, and this resolver, installed for the whole JVM through
 * {@code META-INF/services}, answers lookups of a pinned host with exactly the approved addresses. Hosts the guard
 * never checked are resolved as usual.
 */
public final class PinnedAddresses extends InetAddressResolverProvider {
    /** Long enough for the connection that follows a check; each new check pins afresh. */
    static final Duration PIN_FOR = Duration.ofMinutes(2);

    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();

    private record Pin(List<InetAddress> addresses, long expiresAtNanos) {
        boolean expired(long nowNanos) {
            return nowNanos - expiresAtNanos > 0;
        }
    }

    /** Pins {@code addresses} as the only answer for {@code host} for {@link #PIN_FOR}. */
    static void pin(String host, List<InetAddress> addresses) {
        long now = System.nanoTime();
        // pins of hosts not looked up again would otherwise stay for the life of the process
        PINS.values().removeIf(pin -> pin.expired(now));
        PINS.put(key(host), new Pin(List.copyOf(addresses), now + PIN_FOR.toNanos()));
    }

    /** The addresses pinned for {@code host}, if a pin is in force. */
    static Optional<List<InetAddress>> pinned(String host) {
        Pin pin = PINS.get(key(host));
        if (pin == null) {
            return Optional.empty();
        }
        if (pin.expired(System.nanoTime())) {
            PINS.remove(key(host), pin);
            return Optional.empty();
        }
        return Optional.of(pin.addresses());
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                Optional<List<InetAddress>> pinned = pinned(host);
                if (pinned.isEmpty()) {
                    return builtin.lookupByName(host, policy);
                }
                List<InetAddress> allowed = pinned.orElseThrow().stream()
                        .filter(address -> permits(policy, address))
                        .toList();
                if (allowed.isEmpty()) {
                    throw new UnknownHostException(host + ": no pinned address of the requested family");
                }
                return allowed.stream();
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    private static boolean permits(InetAddressResolver.LookupPolicy policy, InetAddress address) {
        int characteristics = policy.characteristics();
        boolean v4 = (characteristics & InetAddressResolver.LookupPolicy.IPV4) != 0;
        boolean v6 = (characteristics & InetAddressResolver.LookupPolicy.IPV6) != 0;
        return (v4 && address instanceof Inet4Address) || (v6 && address instanceof Inet6Address);
    }

    @Override
    public String name() {
        return "ClauseWatch addresses pinned by the address guard";
    }
}
