package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads every attribute of a provision's plain text, sentence by sentence, in a fixed order. */
final class AttributeReader {
    private final Lexicon lexicon;

    AttributeReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Attribute> read(String plain, boolean aboutTraining) {
        List<Attribute> found = new ArrayList<>();
        List<Sentence> sentences = Sentences.of(plain).stream()
                .map(span -> new Sentence(lexicon, plain, span.start(), span.end()))
                .toList();
        for (Sentence sentence : sentences) {
            LicenceReading.read(sentence, found);
            TrainingReading.read(sentence, found);
            DurationReading.read(sentence, found);
            LiabilityReading.read(sentence, found);
            AgeReading.read(sentence, found);
            PlaceReading.read(sentence, found);
            SharingReading.read(sentence, found);
            StatementReading.read(sentence, found);
        }
        TrainingReading.readOptOut(sentences, found, aboutTraining);
        return ordered(found);
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
