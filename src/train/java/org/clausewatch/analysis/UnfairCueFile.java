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
 * Reads and checks {@code unfair-cues.txt}, the cue list the unfair-clause model is trained with: {@code [KIND]} lines,
 * then one regular expression per line ({@code !} marks a counter cue). A trained model carries its cues inside, so
 * editing this file changes nothing until the model is trained again.
 */
final class UnfairCueFile {
    static final String RESOURCE = "unfair-cues.txt";
    private static final Pattern KIND_LINE = Pattern.compile("\\[([A-Z]+)]");

    private UnfairCueFile() {}

    static Cues load() {
        try (InputStream in = UnfairCueFile.class.getResourceAsStream(RESOURCE)) {
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
        List<Cues.Cue> cues = new ArrayList<>();
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
                cues.add(new Cues.Cue(code, compile(counter ? entry.substring(1) : entry, number), counter));
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
}
