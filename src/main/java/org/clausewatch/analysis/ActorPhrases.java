package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who may do what: for each modal word of a sentence ("may", "reserves", "discretion", …), whether the provider, the
 * user or someone else is its subject and which word follows it once filler is skipped, as named features such as
 * {@code smv:prov:termin} ("we may, at our sole discretion, terminate …"). A termination or a change is unfair when
 * the provider holds the power, and the filler between subject and verb hides that from word n-grams. The word lists
 * are data ({@code actor-phrases.txt}, {@link ActorWords}); the model keeps the phrases it was trained with.
 */
final class ActorPhrases {
    /** The word lists of {@code actor-phrases.txt}, read once. */
    private static final ActorWords WORDS = ActorWords.load();

    private static final int SUBJECT_WINDOW = 4;
    private static final int VERB_WINDOW = 11;
    private static final int STEM = 6;

    private final Map<String, Integer> idOf;
    private final List<String> names;

    /** The features kept, in ascending name order; a feature's id is its position. */
    ActorPhrases(List<String> names) {
        this.names = List.copyOf(names);
        this.idOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0 && names.get(i).compareTo(names.get(i - 1)) <= 0) {
                throw new IllegalArgumentException(
                        "actor features must ascend; '" + names.get(i) + "' is out of order");
            }
            idOf.put(names.get(i), i);
        }
    }

    int size() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    /** The ids of the kept features of a sentence's tokens, ascending and distinct. */
    int[] ids(List<String> tokens) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String name : features(tokens)) {
            Integer id = idOf.get(name);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Per modal word followed by an action word within {@value #VERB_WINDOW} words: {@code smv:SUBJECT[:not]:STEM}
     * (the action's first six letters) and {@code sm:SUBJECT:MODAL[:not]}.
     */
    static List<String> features(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (WORDS.modals().contains(tokens.get(i))) {
                addFeatures(tokens, i, out);
            }
        }
        return out;
    }

    private static void addFeatures(List<String> tokens, int modal, List<String> out) {
        String subject = subject(tokens, modal);
        boolean negated = false;
        for (int a = modal + 1; a < Math.min(tokens.size(), modal + 1 + VERB_WINDOW); a++) {
            String word = tokens.get(a);
            negated |= word.equals("not") || word.equals("n't");
            if (!WORDS.filler().contains(word) && word.length() >= 3) {
                String stem = word.length() > STEM ? word.substring(0, STEM) : word;
                out.add("smv:" + subject + (negated ? ":not:" : ":") + stem);
                out.add("sm:" + subject + ":" + tokens.get(modal) + (negated ? ":not" : ""));
                return;
            }
        }
    }

    private static String subject(List<String> tokens, int modal) {
        for (int b = modal - 1; b >= Math.max(0, modal - SUBJECT_WINDOW); b--) {
            if (WORDS.provider().contains(tokens.get(b))) {
                return "prov";
            }
            if (WORDS.user().contains(tokens.get(b))) {
                return "user";
            }
        }
        return "other";
    }
}
