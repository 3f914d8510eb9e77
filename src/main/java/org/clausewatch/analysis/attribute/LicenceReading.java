package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Licence grants: who receives the licence, to what, with which scope words, for which purposes and conditions. */
final class LicenceReading {
    private LicenceReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        if (!sentence.has(Cue.LICENCE_GRANT)) {
            return;
        }
        Optional<Lexicon.Hit> grantee =
                sentence.hits(Cue.LICENCE_GRANTEE).stream().findFirst();
        grantee.ifPresent(hit -> found.add(sentence.attribute(Names.LICENCE_GRANTEE, hit.value(), hit)));
        // A licence the provider grants the user (to use the software) is not a licence to the user's content;
        // its scope words would otherwise read as if the user had given them away.
        if (grantee.isPresent() && grantee.get().value().equals("user")) {
            return;
        }
        // "You have all rights, licences and permissions" mentions licences without granting one: without a
        // grantee or a scope word there is no licence to describe.
        if (grantee.isEmpty() && !sentence.has(Cue.LICENCE_SCOPE)) {
            return;
        }
        add(sentence, Cue.LICENCE_SCOPE, Names.LICENCE_SCOPE, found);
        add(sentence, Cue.LICENCE_PURPOSE, Names.LICENCE_PURPOSE, found);
        add(sentence, Cue.USER_DATA, Names.LICENCE_SUBJECT, found);
        for (Lexicon.Hit hit : sentence.hits(Cue.LICENCE_CONDITION)) {
            String phrase = sentence.text().substring(hit.start(), hit.end());
            found.add(sentence.attribute(Names.LICENCE_CONDITION, normalise(phrase), hit));
        }
    }

    private static void add(Sentence sentence, Cue cue, String name, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(cue)) {
            found.add(sentence.attribute(name, hit.value(), hit));
        }
    }

    private static String normalise(String phrase) {
        return phrase.toLowerCase(Locale.ROOT)
                .replaceAll("[“”\"]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
