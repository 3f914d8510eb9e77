package org.clausewatch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.knowledge.InvalidKnowledgeException;
import org.clausewatch.knowledge.KnowledgeFile;

/**
 * The word lists of {@code actor-phrases.txt} that {@link ActorPhrases} reads a sentence's actors with: the words that
 * name the provider and the user, the modal words, and the filler between a modal and its action.
 */
record ActorWords(Set<String> provider, Set<String> user, Set<String> modals, Set<String> filler) {
    static final String RESOURCE = "actor-phrases.txt";
    private static final List<String> SECTIONS = List.of("provider", "user", "modal", "filler");
    private static final Pattern SECTION_LINE = Pattern.compile("\\[([a-z]+)]");
    /** Lower-case letters, with one inner apostrophe for the contraction "n't". */
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");

    ActorWords {
        provider = Set.copyOf(provider);
        user = Set.copyOf(user);
        modals = Set.copyOf(modals);
        filler = Set.copyOf(filler);
    }

    /** The shipped lists; a broken file stops the unfair-clause reader with the file, line and value named. */
    static ActorWords load() {
        try {
            return parse(RESOURCE, KnowledgeFile.resource(ActorWords.class, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code [section]} lines and one word per line; errors name {@code name}, the line and the bad value. */
    static ActorWords parse(String name, String text) throws InvalidKnowledgeException {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        Set<String> current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String entry = lines[i].strip();
            String where = name + " line " + (i + 1);
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Matcher section = SECTION_LINE.matcher(entry);
            if (section.matches()) {
                current = section(sections, section.group(1), where);
            } else if (current == null) {
                throw new InvalidKnowledgeException(where + ": word '" + entry + "' before any [section] line");
            } else {
                add(current, entry, where);
            }
        }
        return of(name, sections);
    }

    private static Set<String> section(Map<String, Set<String>> sections, String section, String where)
            throws InvalidKnowledgeException {
        if (!SECTIONS.contains(section)) {
            throw new InvalidKnowledgeException(
                    where + ": section '" + section + "' is not one of " + String.join(", ", SECTIONS));
        }
        if (sections.containsKey(section)) {
            throw new InvalidKnowledgeException(where + ": section '" + section + "' appears twice");
        }
        Set<String> words = new LinkedHashSet<>();
        sections.put(section, words);
        return words;
    }

    private static void add(Set<String> words, String word, String where) throws InvalidKnowledgeException {
        if (!WORD.matcher(word).matches()) {
            throw new InvalidKnowledgeException(where + ": '" + word + "' is not one lower-case word");
        }
        if (!words.add(word)) {
            throw new InvalidKnowledgeException(where + ": '" + word + "' is listed twice in its section");
        }
    }

    private static ActorWords of(String name, Map<String, Set<String>> sections) throws InvalidKnowledgeException {
        for (String section : SECTIONS) {
            if (sections.getOrDefault(section, Set.of()).isEmpty()) {
                throw new InvalidKnowledgeException(name + ": section '" + section + "' is missing or empty");
            }
        }
        return new ActorWords(
                sections.get("provider"), sections.get("user"), sections.get("modal"), sections.get("filler"));
    }
}
