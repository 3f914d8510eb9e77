package org.clausewatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names by which each training company's terms call the provider ({@code provider-names.txt}), and the masking
 * that replaces them by the neutral provider word {@value #PROVIDER}, so that "skype may terminate" teaches what
 * "company may terminate" teaches. Only training text is masked: at run time the provider's name is unknown.
 */
final class ProviderNames {
    static final String RESOURCE = "provider-names.txt";
    static final String PROVIDER = "company";

    /** Per company, its names as word lists, longest first so that "linden lab" is replaced before "linden". */
    private final Map<String, List<List<String>>> namesOf;

    ProviderNames(Map<String, List<List<String>>> namesOf) {
        this.namesOf = new TreeMap<>();
        namesOf.forEach((company, names) -> this.namesOf.put(company, longestFirst(names)));
    }

    private static List<List<String>> longestFirst(List<List<String>> names) {
        List<List<String>> sorted =
                new ArrayList<>(names.stream().map(List::copyOf).toList());
        sorted.sort(Comparator.comparingInt((List<String> name) -> name.size()).reversed());
        return List.copyOf(sorted);
    }

    static ProviderNames load() {
        try (InputStream in = ProviderNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    static ProviderNames parse(BufferedReader reader) throws IOException {
        Map<String, List<List<String>>> namesOf = new TreeMap<>();
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(
                        RESOURCE + " line " + number + ": expected 'Company: name, …', got '" + entry + "'");
            }
            String company = entry.substring(0, colon).strip();
            if (namesOf.put(company, names(entry.substring(colon + 1), number)) != null) {
                throw new IllegalStateException(
                        RESOURCE + " line " + number + ": company '" + company + "' is listed twice");
            }
        }
        return new ProviderNames(namesOf);
    }

    private static List<List<String>> names(String list, int number) {
        List<List<String>> names = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            List<String> words = FeatureHasher.tokens(name);
            if (words.isEmpty() || !String.join(" ", words).equals(name.strip())) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": name '" + name.strip()
                        + "' is not lower-case words separated by single spaces");
            }
            names.add(words);
        }
        return names;
    }

    /** The sentence with every name of its own company replaced by {@value #PROVIDER}; unchanged if it has none. */
    LabelledSentence mask(LabelledSentence sentence) {
        List<List<String>> names = namesOf.get(sentence.company());
        if (names == null) {
            throw new IllegalArgumentException(
                    "company '" + sentence.company() + "' has no provider names in " + RESOURCE);
        }
        List<String> tokens = FeatureHasher.tokens(sentence.text());
        List<String> masked = mask(tokens, names);
        return masked.equals(tokens)
                ? sentence
                : new LabelledSentence(String.join(" ", masked), sentence.kinds(), sentence.company());
    }

    private static List<String> mask(List<String> tokens, List<List<String>> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int length = matchAt(tokens, i, names);
            out.add(length > 0 ? PROVIDER : tokens.get(i));
            i += Math.max(length, 1);
        }
        return out;
    }

    /** The number of words of the first name found at {@code at}, or 0. */
    private static int matchAt(List<String> tokens, int at, List<List<String>> names) {
        for (List<String> name : names) {
            if (at + name.size() <= tokens.size()
                    && tokens.subList(at, at + name.size()).equals(name)) {
                return name.size();
            }
        }
        return 0;
    }

    /** The companies listed, for checking that every training company has its names. */
    List<String> companies() {
        return List.copyOf(namesOf.keySet());
    }
}
