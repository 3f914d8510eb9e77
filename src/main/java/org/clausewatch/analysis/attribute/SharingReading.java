package org.clausewatch.analysis.attribute;

import java.util.List;

/**
 * Parties that receive data: recipients named in a sentence that shares or discloses, unless the sharing is denied or
 * only pointed to ("we've outlined how we may share data with partners").
 */
final class SharingReading {
    private SharingReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        List<Lexicon.Hit> sharing = sentence.hits(Cue.SHARING);
        if (sharing.isEmpty()
                || sentence.negatedBefore(sharing.get(0).start())
                || sentence.lexicon().any(Cue.POINTER, sentence.text(), sentence.start(), sharing.get(0).end())) {
            return;
        }
        for (Lexicon.Hit hit : sentence.hits(Cue.RECIPIENT)) {
            found.add(sentence.attribute(Names.RECIPIENTS, hit.value(), hit));
        }
    }
}
