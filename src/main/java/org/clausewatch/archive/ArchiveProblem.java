package org.clausewatch.archive;

/** Something wrong found when re-reading the archive: the file, the record offset and what is wrong there. */
public record ArchiveProblem(String warcFile, long offset, String message) {
    @Override
    public String toString() {
        return warcFile + " offset " + offset + ": " + message;
    }
}
