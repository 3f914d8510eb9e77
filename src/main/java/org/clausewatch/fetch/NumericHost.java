package org.clausewatch.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Hosts written as an IPv4 address in one of the forms resolvers accept besides the dotted quad: fewer parts
 * ({@code 127.1}, {@code 2130706433}), octal ({@code 017700000001}, {@code 0177.0.0.1}) or hexadecimal
 * ({@code 0x7f000001}). Read here so that the guard judges the address they name before any lookup, which may or may
 * not understand them.
 */
final class NumericHost {
    private NumericHost() {}

    /** The address {@code host} names in any of those forms; empty for a name. */
    static Optional<InetAddress> parse(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> value = number(parts[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[i] = value.orElseThrow();
        }
        return address(values);
    }

    private static Optional<Long> number(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        try {
            if (p.startsWith("0x")) {
                return p.length() == 2 || p.length() > 10
                        ? Optional.empty()
                        : Optional.of(Long.parseLong(p, 2, p.length(), 16));
            }
            if (p.isEmpty() || p.length() > 12) {
                return Optional.empty();
            }
            return Optional.of(p.length() > 1 && p.startsWith("0") ? Long.parseLong(p, 8) : Long.parseLong(p));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last part fills the bytes the earlier parts leave, as inet_aton reads it. */
    private static Optional<InetAddress> address(long[] values) {
        long result = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xff) {
                return Optional.empty();
            }
            result |= values[i] << (8 * (3 - i));
        }
        long last = values[values.length - 1];
        if (last >= 1L << (8 * (4 - values.length + 1))) {
            return Optional.empty();
        }
        result |= last;
        byte[] bytes = {(byte) (result >>> 24), (byte) (result >>> 16), (byte) (result >>> 8), (byte) result};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
