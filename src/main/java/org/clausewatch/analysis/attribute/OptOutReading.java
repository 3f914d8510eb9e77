package org.clausewatch.analysis.attribute;

import java.util.List;

/**
 * The opt-out from training, read only where it is about training: in a sentence that speaks of training, or, in a
 * provision that states a training use, in a sentence about that use ("you can opt out of this use"). An opt-out from
 * marketing e-mails or advertising in the same section says nothing about training.
 */
final class OptOutReading {
    private OptOutReading() {}

    /**
     * Reads the opt-out of a provision; {@code aboutTraining} when its topic is training although no sentence names a
     * training use ("The opt-out right described in this section applies solely to …"). An opt-out from training
     * implies training by default: it is read as a training use where the provision states none.
     */
    static void read(List<Sentence> sentences, List<Attribute> found, boolean aboutTraining) {
        boolean used = found.stream().anyMatch(a -> a.name().equals(Names.TRAINING_USE));
        boolean uses = found.stream()
                .anyMatch(a -> a.name().equals(Names.TRAINING_USE) && !a.value().equals(TrainingReading.DOES_NOT_USE));
        // a provision that only denies training has no opt-out to read outside its training sentences
        boolean training = uses || aboutTraining && !used;
        Sentence previous = null;
        for (Sentence sentence : sentences) {
            boolean here = sentence.has(Cue.TRAINING);
            // "We use your chats to improve our models. You can turn this off in Settings."
            boolean follows = previous != null && previous.has(Cue.TRAINING);
            previous = sentence;
            if (here || training && !sentence.has(Cue.OFF_TOPIC)) {
                int before = found.size();
                read(sentence, training || here, follows, found);
                if (!used && found.size() > before) {
                    Attribute optOut = found.get(before);
                    found.add(new Attribute(
                            Names.TRAINING_USE, TrainingReading.USES, optOut.evidence(), optOut.start(), optOut.end()));
                    used = true;
                }
            }
        }
    }

    private static void read(Sentence sentence, boolean training, boolean follows, List<Attribute> found) {
        List<Lexicon.Hit> exceptions = sentence.hits(Cue.OPT_OUT_EXCEPTION);
        List<Lexicon.Hit> unavailable = sentence.hits(Cue.OPT_OUT_UNAVAILABLE);
        exceptions.forEach(hit -> found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "has-exceptions", hit)));
        if (!exceptions.isEmpty()) {
            Conditions.read(sentence, Names.TRAINING_CONDITION, found);
        }
        unavailable.forEach(hit -> found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "not-available", hit)));
        if (!unavailable.isEmpty() || !training) {
            return;
        }
        for (Lexicon.Hit hit : sentence.hits(Cue.OPT_OUT)) {
            if (exceptions.stream().noneMatch(e -> e.start() <= hit.start() && hit.end() <= e.end())
                    && (follows || sentence.has(Cue.TRAINING) || sentence.has(Cue.OPT_OUT_TOPIC))) {
                found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "available", hit));
                Conditions.read(sentence, Names.TRAINING_CONDITION, found);
                for (Lexicon.Hit route : sentence.hits(Cue.OPT_OUT_ROUTE)) {
                    found.add(sentence.attribute(Names.TRAINING_OPT_OUT_ROUTE, route.value(), route));
                }
                return;
            }
        }
    }
}
