package org.clausewatch.archive;

/**
 * Something wrong found when re-reading the archive: the file, the record offset and what is wrong there.
 * {@code interruptedWrite} marks a file that cannot be read past some record, as a process killed while
 * appending leaves it; the records before it are intact, and the torn one was never indexed.
 */
public record ArchiveProblem(String warcFile, long offset, String message, boolean interruptedWrite) {
    @Override
    public String toString() {
        return warcFile + " offset " + offset + ": " + message;
    }
}
