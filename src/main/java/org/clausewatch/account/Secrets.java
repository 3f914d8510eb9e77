package org.clausewatch.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.clausewatch.common.Sha256;

/**
 * Random secrets (API keys, session ids, feed tokens, one-time passwords) and their stored digests. These are
 * 256 random bits, so a plain SHA-256 is as strong a storage form as a slow KDF and keeps lookups by digest.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new secret with a readable prefix such as {@code cwk_} (API key) or {@code cwf_} (feed token). */
    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String digest(String secret) {
        return Sha256.of(secret).hex();
    }
}
