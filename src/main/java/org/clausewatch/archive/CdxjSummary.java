package org.clausewatch.archive;

import java.util.List;

/**
 * What writing a CDXJ index covered: the WARC files read, the lines written, and what could not be indexed (a record
 * torn by an interrupted write, say), each warning naming its file.
 */
public record CdxjSummary(int warcFiles, long lines, List<String> warnings) {
    public CdxjSummary {
        warnings = List.copyOf(warnings);
    }
}
