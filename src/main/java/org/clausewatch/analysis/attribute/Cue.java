package org.clausewatch.analysis.attribute;

import java.util.Locale;
import java.util.Optional;

/** The word lists of {@code lexicon.tsv}; each one is a question the attribute reader asks of a sentence. */
enum Cue {
    LICENCE_GRANT,
    PARTY,
    ASSIGNMENT,
    WARRANTY,
    LICENCE_SCOPE,
    LICENCE_PURPOSE,
    LICENCE_CONDITION,
    USER_DATA,
    NON_USER_DATA,
    GENERIC_DATA,
    POINTER,
    ONWARD_GRANT,
    POSSESSIVE,
    BACK_REFERENCE,
    PROVIDER_USE,
    TRAINING,
    TRAINING_CONDITIONAL,
    SERVICE_IMPROVEMENT,
    NEGATION,
    HYPOTHETICAL,
    CLAUSE_BREAK,
    CONSENT,
    OPT_OUT,
    OPT_OUT_UNAVAILABLE,
    OPT_OUT_EXCEPTION,
    OPT_OUT_ROUTE,
    OPT_OUT_TOPIC,
    OFF_TOPIC,
    USER_RESTRICTION,
    USER_PERMISSION,
    COMPETING,
    RETENTION_CONTEXT,
    NOTICE_CONTEXT,
    ARBITRATION_OPT_OUT_CONTEXT,
    LIABILITY_CONTEXT,
    CAP_BASIS,
    AGE_CONTEXT,
    PARENTAL_CONTEXT,
    SHARING,
    USER_SHARES,
    USER_DUTY,
    RECIPIENT,
    STATEMENT,
    PLACE_ADJECTIVE,
    TRIGGER;

    /** The name used in the file: {@code licence-grant} for {@link #LICENCE_GRANT}. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Cue> fromFileName(String name) {
        for (Cue cue : values()) {
            if (cue.fileName().equals(name)) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /** Lists whose entries name a value (a scope word, a data kind); the others only say "this is present". */
    boolean valued() {
        return switch (this) {
            case PARTY,
                    ASSIGNMENT,
                    TRAINING_CONDITIONAL,
                    LICENCE_SCOPE,
                    LICENCE_PURPOSE,
                    USER_DATA,
                    OPT_OUT_ROUTE,
                    CAP_BASIS,
                    RECIPIENT,
                    STATEMENT,
                    PLACE_ADJECTIVE,
                    TRIGGER -> true;
            default -> false;
        };
    }
}
