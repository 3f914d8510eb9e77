package org.clausewatch.timestamp;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a timestamp token says and what of it holds: the time it states (none when unreadable), its signer's subject,
 * whether the signer chains to a trusted certificate (false also when none is configured), the certificates it
 * carries, and every problem found. A token with no problems is valid; trust in its signer is reported apart.
 */
public record TokenFacts(
        Optional<Instant> time,
        String signer,
        boolean signerTrusted,
        List<X509Certificate> certificates,
        List<String> problems) {
    public TokenFacts {
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
    }

    static TokenFacts unreadable(String problem) {
        return new TokenFacts(Optional.empty(), "", false, List.of(), List.of(problem));
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
