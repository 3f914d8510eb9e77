package org.clausewatch.store;

import java.util.Optional;

/** A wording recorded in some provision that has no reading yet: its reading key, its words and the lead-in. */
public record UnreadProvision(String readingKey, String text, Optional<String> context) {}
