package org.clausewatch.knowledge;

import java.time.LocalDate;

/** An article of a law or framework that a topic is potentially relevant to, with the date it applies from. */
public record RegulationReference(
        String id, String instrument, String article, String requirement, LocalDate inForce, String jurisdiction) {}
