package org.clausewatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The hand-written phrase cues of {@code unfair-cues.txt}: transparent evidence for each unfair-clause kind, also
 * fed to the model as features so that it learns how far to trust each one.
 */
final class Cues {
    static final String RESOURCE = "unfair-cues.txt";
    private static final Pattern KIND_LINE = Pattern.compile("\\[([A-Z]+)]");

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

    static Cues load() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), Set.of(codes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    private static String[] codes() {
        return UnfairKind.codes().toArray(String[]::new);
    }

    static Cues parse(BufferedReader reader, Set<String> knownCodes) throws IOException {
        List<Cue> cues = new ArrayList<>();
        String code = null;
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Matcher kindLine = KIND_LINE.matcher(entry);
            if (kindLine.matches()) {
                code = kindLine.group(1);
                if (!knownCodes.contains(code)) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": unknown kind '" + code + "'");
                }
            } else if (code == null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": cue before any [KIND] line");
            } else {
                boolean counter = entry.startsWith("!");
                cues.add(new Cue(code, compile(counter ? entry.substring(1) : entry, number), counter));
            }
        }
        return new Cues(cues);
    }

    private static Pattern compile(String regex, int number) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(
                    RESOURCE + " line " + number + ": malformed regular expression '" + regex + "'", e);
        }
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
