package org.clausewatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns ToS;DR points into extra training sentences for the unfair-clause model, following the case-to-kind table
 * {@code tosdr-unfair-cases.tsv}. Their companies are prefixed "tosdr:" so that they never form a validation fold.
 */
final class TosdrUnfairExamples {
    static final String RESOURCE = "tosdr-unfair-cases.tsv";
    private static final String EITHER_FORUM = "J/LAW";
    private static final Pattern COURT = Pattern.compile("court|jurisdiction|venue|tribunal");
    private static final Pattern LAW = Pattern.compile("govern|laws? of|law of|\\blaws?\\b");

    private final Map<String, String> kindsOfCase;

    TosdrUnfairExamples(Map<String, String> kindsOfCase) {
        this.kindsOfCase = Map.copyOf(kindsOfCase);
    }

    static TosdrUnfairExamples load() {
        try (InputStream in = TosdrUnfairExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    static TosdrUnfairExamples parse(BufferedReader reader) throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 2) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'case<TAB>kinds'");
            }
            for (String code : parts[1].split("[,/]")) {
                if (!UnfairKind.codes().contains(code.strip())) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": unknown kind '" + code + "'");
                }
            }
            kinds.put(parts[0].strip(), parts[1].strip());
        }
        return new TosdrUnfairExamples(kinds);
    }

    /** The labelled sentences made from the points whose case the table maps. */
    List<LabelledSentence> examples(List<TosdrPoint> points) {
        List<LabelledSentence> examples = new ArrayList<>();
        for (TosdrPoint point : points) {
            String codes = kindsOfCase.get(point.caseTitle());
            if (codes != null) {
                Set<UnfairKind> kinds = kinds(codes, point.quote());
                if (!kinds.isEmpty()) {
                    examples.add(new LabelledSentence(point.quote(), kinds, "tosdr:" + point.service()));
                }
            }
        }
        return examples;
    }

    private static Set<UnfairKind> kinds(String codes, String quote) {
        Set<UnfairKind> kinds = EnumSet.noneOf(UnfairKind.class);
        if (codes.equals(EITHER_FORUM)) {
            String words = String.join(" ", FeatureHasher.tokens(quote));
            if (COURT.matcher(words).find()) {
                kinds.add(UnfairKind.J);
            }
            if (LAW.matcher(words).find()) {
                kinds.add(UnfairKind.LAW);
            }
            return kinds;
        }
        for (String code : codes.split(",")) {
            kinds.add(UnfairKind.valueOf(code.strip()));
        }
        return kinds;
    }
}
