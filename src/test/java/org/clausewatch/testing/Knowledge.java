package org.clausewatch.testing;

import org.clausewatch.analysis.Regulations;
import org.clausewatch.analysis.Taxonomy;

/** The taxonomy and regulation references shipped with ClauseWatch, loaded once for a test JVM, as the root loads them. */
public final class Knowledge {
    public static final Taxonomy TAXONOMY = Taxonomy.load();
    public static final Regulations REGULATIONS = Regulations.load(TAXONOMY);

    private Knowledge() {}
}
