package org.clausewatch.store;

import java.util.Optional;

/** A wording recorded in some provision that has no reading yet, with the lead-in of one provision that has it. */
public record UnreadProvision(String textKey, String text, Optional<String> context) {}
