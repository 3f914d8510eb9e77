package org.clausewatch.alert;

import java.util.Objects;
import java.util.Optional;
import org.clausewatch.knowledge.Taxonomy;

/**
 * The names a subscription may use: topic ids of the taxonomy, and the services ClauseWatch knows of. A subscription
 * naming a service nothing is declared or recorded of would never alert, so it is refused rather than kept.
 */
public record Vocabulary(Taxonomy taxonomy, Services services) {
    public Vocabulary {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(services, "services");
    }

    /** The services a subscription may name. */
    @FunctionalInterface
    public interface Services {
        /**
         * The service {@code name} stands for, spelt as ClauseWatch spells it ({@code chatgpt} is {@code ChatGPT}), or
         * empty when no such service is known. Names are matched without regard to case, as alerts match them.
         */
        Optional<String> spelling(String name);
    }
}
