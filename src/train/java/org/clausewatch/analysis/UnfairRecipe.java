package org.clausewatch.analysis;

/**
 * The choices of the unfair-clause training recipe that experiments vary: how many different companies must use a
 * hashed n-gram before the model keeps it, and whether each training sentence's own provider names are replaced by a
 * neutral provider word ({@link ProviderNames}). {@link #COMMITTED} is the recipe of the shipped model.
 */
record UnfairRecipe(int minCompanies, boolean maskProviderNames) {
    static final UnfairRecipe COMMITTED = new UnfairRecipe(1, false);

    UnfairRecipe {
        if (minCompanies < 1) {
            throw new IllegalArgumentException("minimum companies per n-gram must be at least 1, not " + minCompanies);
        }
    }
}
