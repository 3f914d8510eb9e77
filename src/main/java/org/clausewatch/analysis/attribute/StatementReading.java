package org.clausewatch.analysis.attribute;

import java.util.List;

/**
 * Yes/no statements of the lexicon (human review, binding arbitration, output ownership, sale of data): the affirmed
 * value, or the negated one when the clause denies it; a negated statement quotes its clause from the start.
 */
final class StatementReading {
    private StatementReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(Cue.STATEMENT)) {
            Lexicon.Statement statement = Lexicon.Statement.of(hit.value());
            if (statement.name().equals("review.human") && usersOwnReview(sentence, hit)) {
                continue;
            }
            if (sentence.negatedBefore(hit.start()) || negatedInside(sentence, hit)) {
                if (!statement.negated().isEmpty()) {
                    int clause = Math.min(sentence.clauseStart(hit.start()), hit.start());
                    found.add(sentence.attribute(statement.name(), statement.negated(), clause, hit.end()));
                }
            } else {
                found.add(sentence.attribute(statement.name(), statement.affirmed(), hit));
            }
        }
    }

    /** "You must evaluate the accuracy of Output, including by using human review": the review is the user's duty. */
    private static boolean usersOwnReview(Sentence sentence, Lexicon.Hit hit) {
        return sentence.lexicon().any(Cue.USER_DUTY, sentence.text(), sentence.start(), hit.start());
    }

    /** "we do not sell" matched as a whole: the negation sits inside the matched words. */
    private static boolean negatedInside(Sentence sentence, Lexicon.Hit hit) {
        return !sentence.lexicon()
                .hits(Cue.NEGATION, sentence.text(), hit.start(), hit.end())
                .isEmpty();
    }
}
