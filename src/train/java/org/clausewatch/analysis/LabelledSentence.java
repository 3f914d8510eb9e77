package org.clausewatch.analysis;

import java.util.Set;

/** One UNFAIR-ToS sentence with its gold kinds and the company whose terms it comes from. */
record LabelledSentence(String text, Set<UnfairKind> kinds, String company) {
    LabelledSentence {
        kinds = Set.copyOf(kinds);
    }
}
