package org.clausewatch.analysis.attribute;

import java.util.List;

/**
 * Parties that receive data: recipients named after a verb that shares or discloses, in the same clause, unless the
 * sharing is denied, done by the user ("you can then share them publicly"), or only pointed to ("we've outlined how we
 * may share data with partners").
 */
final class SharingReading {
    private SharingReading() {}

    /** How far after the verb a recipient may stand: "we may share your information with our affiliates". */
    private static final int REACH = 160;

    static void read(Sentence sentence, List<Attribute> found) {
        for (Lexicon.Hit sharing : sentence.hits(Cue.SHARING)) {
            if (sentence.negatedBefore(sharing.start())
                    || sentence.lexicon()
                            .any(Cue.USER_SHARES, sentence.text(), sentence.clauseStart(sharing.start()), sharing.end())
                    || sentence.lexicon().any(Cue.POINTER, sentence.text(), sentence.start(), sharing.end())) {
                continue;
            }
            int end = Math.min(sentence.clauseEnd(sharing.end()), sharing.end() + REACH);
            for (Lexicon.Hit hit : sentence.lexicon().hits(Cue.RECIPIENT, sentence.text(), sharing.end(), end)) {
                found.add(sentence.attribute(Names.RECIPIENTS, hit.value(), hit));
            }
        }
    }
}
