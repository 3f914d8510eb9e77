package org.clausewatch.analysis.attribute;

import java.util.List;

/**
 * Training on user data: whether the provider uses it (or denies using it, or needs consent), which data, and how
 * a user opts out. Negation is read per clause, so "we do not use your content to train" is "does-not-use".
 */
final class TrainingReading {
    static final String USES = "uses";
    static final String DOES_NOT_USE = "does-not-use";
    static final String WITH_CONSENT = "with-consent";

    private TrainingReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        List<Lexicon.Hit> trainings = sentence.hits(Cue.TRAINING);
        // A question ("Can we train models …?") states nothing; a user's permission ("you may use Outputs … for
        // training other models") is about the user's training, not the provider's.
        if (trainings.isEmpty() || sentence.text().charAt(sentence.end() - 1) == '?') {
            return;
        }
        Lexicon.Hit training = trainings.get(0);
        int clause = sentence.clauseStart(training.start());
        if (sentence.has(Cue.COMPETING) || restrictsUser(sentence, clause, training.start())) {
            found.add(sentence.attribute(Names.TRAINING_RESTRICTION, "prohibited", clause, training.end()));
            return;
        }
        if (!sentence.lexicon()
                .hits(Cue.USER_PERMISSION, sentence.text(), clause, training.start())
                .isEmpty()) {
            return;
        }
        List<Lexicon.Hit> data = sentence.hits(Cue.USER_DATA);
        if (data.stream().allMatch(hit -> hit.value().equals("public-data"))) {
            return;
        }
        found.add(use(sentence, clause, training));
        for (Lexicon.Hit hit : data) {
            found.add(sentence.attribute(Names.TRAINING_DATA, hit.value(), hit));
        }
    }

    private static boolean restrictsUser(Sentence sentence, int clause, int training) {
        return !sentence.lexicon()
                .hits(Cue.USER_RESTRICTION, sentence.text(), clause, training)
                .isEmpty();
    }

    private static Attribute use(Sentence sentence, int clause, Lexicon.Hit training) {
        List<Lexicon.Hit> consents = sentence.hits(Cue.CONSENT);
        if (!consents.isEmpty()) {
            Lexicon.Hit consent = consents.get(0);
            int from = Math.min(clause, consent.start());
            return sentence.attribute(Names.TRAINING_USE, WITH_CONSENT, from, Math.max(training.end(), consent.end()));
        }
        String value = sentence.negatedBefore(training.start()) ? DOES_NOT_USE : USES;
        return sentence.attribute(Names.TRAINING_USE, value, clause, training.end());
    }

    /**
     * Opt-out language anywhere in a provision about training: available, stated as unavailable, or with
     * exceptions ("even if you opt out, we will …"), and the route it names (settings, a form, e-mail).
     */
    static void readOptOut(List<Sentence> sentences, List<Attribute> found, boolean aboutTraining) {
        boolean training = aboutTraining
                || found.stream()
                        .anyMatch(a -> a.name().equals(Names.TRAINING_USE)
                                && !a.value().equals(DOES_NOT_USE));
        if (!training) {
            return;
        }
        for (Sentence sentence : sentences) {
            optOut(sentence, found);
        }
    }

    private static void optOut(Sentence sentence, List<Attribute> found) {
        List<Lexicon.Hit> exceptions = sentence.hits(Cue.OPT_OUT_EXCEPTION);
        List<Lexicon.Hit> unavailable = sentence.hits(Cue.OPT_OUT_UNAVAILABLE);
        exceptions.forEach(hit -> found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "has-exceptions", hit)));
        unavailable.forEach(hit -> found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "not-available", hit)));
        if (!unavailable.isEmpty()) {
            return;
        }
        for (Lexicon.Hit hit : sentence.hits(Cue.OPT_OUT)) {
            if (exceptions.stream().noneMatch(e -> e.start() <= hit.start() && hit.end() <= e.end())) {
                found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "available", hit));
                for (Lexicon.Hit route : sentence.hits(Cue.OPT_OUT_ROUTE)) {
                    found.add(sentence.attribute(Names.TRAINING_OPT_OUT_ROUTE, route.value(), route));
                }
                return;
            }
        }
    }
}
