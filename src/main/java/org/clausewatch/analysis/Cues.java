package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written phrase cues of {@code unfair-cues.txt}: transparent evidence for each unfair-clause kind, also
 * fed to the model as features so that it learns how far to trust each one. The reader takes them from the model file,
 * which keeps the cues it was trained with; only the trainer reads the cue file ({@code UnfairCueFile}).
 */
final class Cues {
    private final List<Cue> cues;
    /** Skips the cues whose required literals are all absent from a text. */
    private final CueFilter filter;

    /**
     * One cue: the kind it concerns and the pattern, matched against the sentence's lower-case words. A counter cue
     * (a line starting with {@code !}) marks wording that usually makes a clause of that kind fair, such as the
     * user rather than the provider terminating; the model learns its weight, but it is never shown as evidence.
     */
    record Cue(String code, Pattern pattern, boolean counter) {}

    /** A cue found in a sentence: its position in the list and the words it matched. */
    record Hit(int cue, String code, String matched, boolean counter) {}

    Cues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.filter = new CueFilter(this.cues.stream()
                .map(cue -> RequiredLiterals.all(cue.pattern().pattern()))
                .toList());
    }

    int size() {
        return cues.size();
    }

    Cue cue(int index) {
        return cues.get(index);
    }

    /** Every cue found in {@code words} (the sentence's tokens joined by single spaces), in list order. */
    List<Hit> find(String words) {
        List<Hit> hits = new ArrayList<>();
        boolean[] candidates = filter.candidates(words);
        for (int i = 0; i < cues.size(); i++) {
            if (!candidates[i]) {
                continue;
            }
            Matcher matcher = cues.get(i).pattern().matcher(words);
            if (matcher.find()) {
                hits.add(new Hit(
                        i, cues.get(i).code(), matcher.group(), cues.get(i).counter()));
            }
        }
        return hits;
    }
}
