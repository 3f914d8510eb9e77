package org.clausewatch.common;

import java.util.Objects;
import java.util.Optional;

/** What one tracking pass did for one document. */
public record DocumentOutcome(
        String service, String termsType, Outcome outcome, Optional<Long> versionId, Optional<Failure> failure) {
    public DocumentOutcome {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(termsType, "termsType");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The three outcomes users see; their labels are the JSON values. */
    public enum Outcome {
        NEW_VERSION("new-version"),
        UNCHANGED("unchanged"),
        FAILED("failed");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static DocumentOutcome newVersion(String service, String termsType, long versionId) {
        return new DocumentOutcome(service, termsType, Outcome.NEW_VERSION, Optional.of(versionId), Optional.empty());
    }

    public static DocumentOutcome unchanged(String service, String termsType, long versionId) {
        return new DocumentOutcome(service, termsType, Outcome.UNCHANGED, Optional.of(versionId), Optional.empty());
    }

    public static DocumentOutcome failed(String service, String termsType, Failure failure) {
        return new DocumentOutcome(service, termsType, Outcome.FAILED, Optional.empty(), Optional.of(failure));
    }
}
