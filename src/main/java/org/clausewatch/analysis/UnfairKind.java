package org.clausewatch.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * CLAUDETTE's eight kinds of potentially unfair clause, in the fixed output order of ClauseWatch; {@code index}
 * is the label's position in the LexGLUE UNFAIR-ToS data.
 */
enum UnfairKind {
    A("Arbitration", 7),
    CH("Unilateral change", 2),
    CR("Content removal", 3),
    J("Jurisdiction", 6),
    LAW("Choice of law", 5),
    LTD("Limitation of liability", 0),
    TER("Unilateral termination", 1),
    USE("Contract by using", 4);

    private final String title;
    private final int datasetIndex;

    UnfairKind(String title, int datasetIndex) {
        this.title = title;
        this.datasetIndex = datasetIndex;
    }

    public String title() {
        return title;
    }

    int datasetIndex() {
        return datasetIndex;
    }

    /** The kind at {@code index} in the UNFAIR-ToS label list. */
    static UnfairKind ofDatasetIndex(int index) {
        for (UnfairKind kind : values()) {
            if (kind.datasetIndex == index) {
                return kind;
            }
        }
        throw new IllegalArgumentException("UNFAIR-ToS label index " + index + " is not between 0 and 7");
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(UnfairKind::name).toList();
    }
}
