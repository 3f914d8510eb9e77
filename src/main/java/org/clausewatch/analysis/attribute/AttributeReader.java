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

    private static final System.Logger LOG = System.getLogger(AttributeReader.class.getName());

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
            guarded("licence", passage, found, () -> GrantReading.read(passage.sentences(), found));
        }
        if (triggered.contains("training")) {
            guarded("training", passage, found, () -> TrainingReading.read(passage.sentences(), found));
        }
        guarded("sentence", passage, found, () -> {
            Sentence previous = null;
            for (Sentence sentence : passage.sentences()) {
                read(sentence, previous, triggered, found);
                previous = sentence;
            }
        });
        if (aboutTraining || triggered.contains("training")) {
            guarded("opt-out", passage, found, () -> OptOutReading.read(passage.sentences(), found, aboutTraining));
        }
        return ordered(found);
    }

    /**
     * Runs one reader; if it fails, what it added is dropped and the others still read. A fault in one reader's
     * handling of an unusual wording then costs that provision one reading, logged with where it occurred, instead of
     * failing the whole document's version on every pass (a malformed span did this at reader revision 7).
     */
    static void guarded(String reader, Passage passage, List<Attribute> found, Runnable read) {
        int before = found.size();
        try {
            read.run();
        } catch (RuntimeException e) {
            found.subList(before, found.size()).clear();
            String text = passage.text();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "the {0} reader failed on a provision beginning \"{1}\": {2}",
                    reader,
                    text.substring(0, Math.min(80, text.length())),
                    e.toString());
        }
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
