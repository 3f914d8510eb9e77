package org.clausewatch.testing;

import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Taxonomy;

/** The taxonomy and regulation references shipped with ClauseWatch, loaded once for a test JVM, as the root loads them. */
public final class Knowledge {
    public static final Taxonomy TAXONOMY = Taxonomy.load();
    public static final Regulations REGULATIONS = Regulations.load(TAXONOMY);

    private Knowledge() {}
}
