package org.clausewatch.common;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string: copies on the way in and on the way out, so values built from it stay values. */
public final class Bytes {
    private static final Bytes EMPTY = new Bytes(new byte[0]);
    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    public static Bytes of(byte[] data) {
        return new Bytes(data.clone());
    }

    public static Bytes empty() {
        return EMPTY;
    }

    /** Takes ownership of the array without copying; only for callers that drop their reference at once. */
    public static Bytes wrap(byte[] data) {
        return new Bytes(data);
    }

    public byte[] toArray() {
        return data.clone();
    }

    public InputStream stream() {
        return new ByteArrayInputStream(data);
    }

    public int size() {
        return data.length;
    }

    public boolean isEmpty() {
        return data.length == 0;
    }

    public String decode(Charset charset) {
        return new String(data, charset);
    }

    public Sha256 sha256() {
        return Sha256.of(data);
    }

    /** The first {@code n} bytes (or all of them when shorter). */
    public Bytes prefix(int n) {
        return n >= data.length ? this : new Bytes(Arrays.copyOf(data, n));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes bytes && Arrays.equals(data, bytes.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Bytes[" + data.length + ": " + HexFormat.of().formatHex(data, 0, Math.min(8, data.length)) + "…]";
    }
}
