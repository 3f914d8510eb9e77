package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every attribute of a provision's plain text, sentence by sentence, in a fixed order. A reader runs only when
 * one of its {@code trigger} words (lexicon.tsv) appears in the provision, which spares most provisions most of the
 * word lists.
 */
final class AttributeReader {
    /** The readers that trigger lines of the lexicon may name. */
    static final List<String> READERS =
            List.of("licence", "training", "duration", "liability", "age", "place", "sharing", "statement");

    private final Lexicon lexicon;

    AttributeReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The passage of a provision's Markdown, with the lead-in a list item continues. */
    Passage passage(String markdown, Optional<String> context) {
        return Passage.of(lexicon, markdown, context);
    }

    List<Attribute> read(Passage passage, boolean aboutTraining) {
        List<Attribute> found = new ArrayList<>();
        Set<String> triggered = lexicon.triggered(passage.text());
        if (triggered.contains("licence")) {
            GrantReading.read(passage.sentences(), found);
        }
        if (triggered.contains("training")) {
            TrainingReading.read(passage.sentences(), found);
        }
        Sentence previous = null;
        for (Sentence sentence : passage.sentences()) {
            read(sentence, previous, triggered, found);
            previous = sentence;
        }
        if (aboutTraining || triggered.contains("training")) {
            OptOutReading.read(passage.sentences(), found, aboutTraining);
        }
        return ordered(found);
    }

    private static void read(Sentence sentence, Sentence previous, Set<String> triggered, List<Attribute> found) {
        if (triggered.contains("duration")) {
            DurationReading.read(sentence, previous, found);
        }
        if (triggered.contains("liability")) {
            LiabilityReading.read(sentence, found);
        }
        if (triggered.contains("age")) {
            AgeReading.read(sentence, found);
        }
        if (triggered.contains("place")) {
            PlaceReading.read(sentence, found);
        }
        if (triggered.contains("sharing")) {
            SharingReading.read(sentence, found);
        }
        if (triggered.contains("statement")) {
            StatementReading.read(sentence, found);
        }
    }

    /** One attribute per name and value (the first evidence wins), listed by name order, then text order. */
    private static List<Attribute> ordered(List<Attribute> found) {
        Set<String> seen = new HashSet<>();
        List<Attribute> unique = new ArrayList<>();
        for (Attribute attribute : found) {
            if (seen.add(attribute.name() + "\u0000" + attribute.value())) {
                unique.add(attribute);
            }
        }
        unique.sort(Comparator.comparingInt((Attribute a) -> Names.rank(a.name()))
                .thenComparingInt(Attribute::start)
                .thenComparing(Attribute::value));
        return List.copyOf(unique);
    }
}
