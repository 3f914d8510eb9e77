package org.clausewatch.version;

/**
 * A fact about how a version came to be recorded, shown beside it and kept with it. Every flag a version can carry is
 * here; the store keeps each under its label ({@code technical-upgrade}), so a constant is never renamed. Declared in
 * the order a list of them is shown: how the version came (first, imported, upgraded), then what its text did.
 */
public enum VersionFlag {
    /** The document's first recorded version: no change record leads to it. */
    FIRST_RECORD,
    /** The version came from an imported history, not from a capture of ClauseWatch's own. */
    IMPORTED,
    /** The text differs because the extraction (extractor or declaration) changed, not the document. */
    TECHNICAL_UPGRADE,
    /** The text equals one of the document's recent earlier versions (A → B → A). */
    OSCILLATION,
    /** Recorded although it shrank drastically, because the very same shrink kept coming back ({@link ShrinkConfirmation}). */
    CONFIRMED_SHRINK,
    /**
     * Recorded although it shrank drastically against the previous version, because that version was an outlier, far
     * larger than the versions before it (a bad capture), and against those the text is whole.
     */
    AFTER_OUTLIER
}
