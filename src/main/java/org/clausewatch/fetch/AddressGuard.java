package org.clausewatch.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewatch.common.FailureClass;

/**
 * Refuses URLs that are not http(s) or whose host resolves to a loopback, private, link-local, shared or
 * multicast address, so that a declaration or a webhook cannot make ClauseWatch probe the network it runs in.
 */
public final class AddressGuard {
    static final String HOW_TO_ALLOW = "run with --allow-private-addresses to fetch from private networks";

    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    /** How the guard looks a host up; the JVM's resolver outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public AddressGuard(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, InetAddress::getAllByName);
    }

    AddressGuard(boolean allowPrivateAddresses, Resolver resolver) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /**
     * Resolves the URL's host and throws unless every address it resolves to may be contacted. The approved addresses
     * are pinned ({@link PinnedAddresses}), so the connection that follows goes to them and not to whatever the
     * host's name server answers next.
     *
     * @throws UnknownHostException when the host does not resolve
     * @throws BlockedAddressException when the scheme or an address is refused
     */
    public void check(URI url) throws BlockedAddressException, UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BlockedAddressException(
                    url, FailureClass.UNSUPPORTED_CONTENT, "unsupported scheme '" + scheme + "' in " + url);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            // java.net.URI finds no host in some numeric forms (127.1, 0x7f.1): say what they name all the same.
            Optional<String> named = authorityHost(url);
            if (named.isPresent() && !allowPrivateAddresses) {
                refuseLocalNames(url, named.orElseThrow());
            }
            throw new BlockedAddressException(url, FailureClass.BLOCKED_ADDRESS, "no host in " + url);
        }
        if (allowPrivateAddresses) {
            resolver.resolve(host);
            return;
        }
        refuseLocalNames(url, host);
        InetAddress[] addresses = resolver.resolve(host);
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw blocked(url, address.getHostAddress() + " is a private or local address");
            }
        }
        PinnedAddresses.pin(host, List.of(addresses));
    }

    /**
     * Refuses, before any lookup, the names that mean this machine however a resolver treats them: {@code localhost}
     * with or without its final dot and its subdomains, and IPv4 addresses written as one number, in octal or in hex.
     */
    private static void refuseLocalNames(URI url, String host) throws BlockedAddressException {
        String name = host.toLowerCase(Locale.ROOT);
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            throw blocked(url, host + " names this machine, a private or local address");
        }
        Optional<InetAddress> numeric = NumericHost.parse(bare);
        if (numeric.isPresent() && !isPublic(numeric.orElseThrow())) {
            String address = numeric.orElseThrow().getHostAddress();
            String named = address.equals(bare) ? address + " is" : host + " is " + address + ",";
            throw blocked(url, named + " a private or local address");
        }
    }

    /** The host part of the URL's authority, without user information and port, when it has one. */
    private static Optional<String> authorityHost(URI url) {
        String authority = url.getRawAuthority();
        if (authority == null) {
            return Optional.empty();
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }

    /** Whether an address lies outside every loopback, private, link-local, shared and multicast range. */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6 && embeddedIpv4(v6) != null) {
            return isPublic(embeddedIpv4(v6));
        }
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? isPublicIpv4(bytes) : isPublicIpv6(bytes);
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean thisNetwork = first == 0;
        boolean sharedCgnat = first == 100 && (second & 0xc0) == 64;
        boolean broadcast = first == 255;
        return !thisNetwork && !sharedCgnat && !broadcast;
    }

    private static boolean isPublicIpv6(byte[] b) {
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
        boolean siteLocal = (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0;
        return !uniqueLocal && !siteLocal;
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d) IPv6 address, or null. */
    private static InetAddress embeddedIpv4(Inet6Address address) {
        if (!address.isIPv4CompatibleAddress()) {
            return null;
        }
        byte[] b = address.getAddress();
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static BlockedAddressException blocked(URI url, String why) {
        return new BlockedAddressException(
                url, FailureClass.BLOCKED_ADDRESS, "refused " + url + ": " + why + "; " + HOW_TO_ALLOW);
    }
}
