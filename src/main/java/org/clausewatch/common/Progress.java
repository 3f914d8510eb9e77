package org.clausewatch.common;

/**
 * Told how long work advances (an import, a tracking pass, a reading or re-extraction run, a verification), so that
 * a command can show it. Called from the threads doing the work, several at once.
 */
public interface Progress {
    /** Nobody is watching. */
    Progress NONE = new Progress() {
        @Override
        public void begin(long total, String unit) {}

        @Override
        public void advance(long units, String item) {}
    };

    /** The work has {@code total} units of {@code unit} ("documents", "versions"); a negative total is not known. */
    void begin(long total, String unit);

    /** {@code units} more are done, the last of them {@code item} ("ChatGPT / Terms of Service"). */
    void advance(long units, String item);
}
