package org.clausewatch.change;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.common.Memo;
import org.clausewatch.provision.MarkdownText;

/** The word lists of {@code significance-rules.txt}, checked when loaded so that an analyst's typo fails loudly. */
final class RuleBook {
    static final String RESOURCE = "significance-rules.txt";
    private static final Pattern SECTION_LINE = Pattern.compile("\\[([a-z ]+)]");
    private static final Pattern RENAME = Pattern.compile("(.+?)\\s*=>\\s*(.+)");

    /**
     * Provisions whose wording is remembered: every change compares all the new version's provisions (see
     * {@code Layout}), and consecutive versions share almost all of them.
     */
    private static final int WORDINGS = 10_000;

    /** The sections every rule book has. */
    enum Section {
        DATE_MARKERS,
        MONTHS,
        NUMBERING_WORDS,
        UNITS,
        CONTACT_MARKERS,
        ADDRESS_WORDS,
        PROTECTED_WORDS,
        IGNORED_PHRASES,
        INTERFACE_STRINGS,
        RIGHTS_SCOPE,
        RENAMES
    }

    private final Map<Section, Set<String>> words;
    private final Map<String, String> renames;
    private final Pattern ignored;
    private final Pattern interfaceLink;
    private final Pattern interfaceLine;
    private final Memo<String, String> wordings = new Memo<>(WORDINGS, this::wordingOf);

    RuleBook(Map<Section, Set<String>> words, Map<String, String> renames) {
        this.words = Map.copyOf(words);
        this.renames = Map.copyOf(renames);
        this.ignored = alternatives(words.getOrDefault(Section.IGNORED_PHRASES, Set.of()));
        String strings = quoted(words.getOrDefault(Section.INTERFACE_STRINGS, Set.of()));
        this.interfaceLink = Pattern.compile("\\[\\s*(?:" + strings + ")\\s*]\\([^)\\s]*\\)", Pattern.CASE_INSENSITIVE);
        this.interfaceLine = Pattern.compile("(?m)^[\\s>*+|-]*(?:" + strings + ")[\\s.:|]*$", Pattern.CASE_INSENSITIVE);
    }

    private static String quoted(Set<String> phrases) {
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(phrase));
        }
        return alternatives.toString();
    }

    /** One pattern for all ignored phrases, with the brackets they usually stand in. */
    private static Pattern alternatives(Set<String> phrases) {
        return Pattern.compile("\\(?(?:" + quoted(phrases) + ")\\)?", Pattern.CASE_INSENSITIVE);
    }

    static RuleBook load() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    static RuleBook parse(BufferedReader reader) throws IOException {
        Map<Section, Set<String>> words = new LinkedHashMap<>();
        Map<String, String> renames = new HashMap<>();
        Section section = null;
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Matcher sectionLine = SECTION_LINE.matcher(entry);
            if (sectionLine.matches()) {
                section = section(sectionLine.group(1), number, words.keySet());
                words.put(section, new LinkedHashSet<>());
            } else if (section == null) {
                throw new IllegalStateException(
                        RESOURCE + " line " + number + ": entry '" + entry + "' before any [section]");
            } else if (section == Section.RENAMES) {
                addRename(entry, number, renames);
                words.get(section).add(entry);
            } else {
                words.get(section).add(entry.toLowerCase(Locale.ROOT));
            }
        }
        requireAll(words);
        return new RuleBook(words, renames);
    }

    private static Section section(String name, int number, Set<Section> seen) {
        Section section;
        try {
            section = Section.valueOf(name.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": unknown section '" + name + "'", e);
        }
        if (seen.contains(section)) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": section '" + name + "' appears twice");
        }
        return section;
    }

    private static void addRename(String entry, int number, Map<String, String> renames) {
        Matcher rename = RENAME.matcher(entry);
        if (!rename.matches()) {
            throw new IllegalStateException(
                    RESOURCE + " line " + number + ": rename '" + entry + "' is not of the form 'old => new'");
        }
        String from = key(MarkdownText.words(rename.group(1)));
        String to = key(MarkdownText.words(rename.group(2)));
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
            throw new IllegalStateException(
                    RESOURCE + " line " + number + ": rename '" + entry + "' needs two different names");
        }
        renames.put(from, to);
    }

    private static void requireAll(Map<Section, Set<String>> words) {
        for (Section section : Section.values()) {
            if (words.getOrDefault(section, Set.of()).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": section '"
                        + section.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "' is missing or empty");
            }
        }
    }

    /** Words as one lower-case key, the way renames are looked up. */
    static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    boolean has(Section section, String word) {
        return words.get(section).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text}, in lower case, holds one of the entries of {@code section} as whole words. */
    boolean mentions(Section section, List<String> lowerWords, String lowerText) {
        for (String entry : words.get(section)) {
            if (entry.indexOf(' ') >= 0 ? lowerText.contains(entry) : lowerWords.contains(entry)) {
                return true;
            }
        }
        return false;
    }

    /** The plain text without the phrases that are no part of the document's wording. */
    String withoutIgnoredPhrases(String plain) {
        return ignored.matcher(plain).replaceAll("");
    }

    /**
     * What a provision's Markdown says, as its significance is judged: the plain text without the page's interface
     * strings (a link or a line that is only "Copy link", "Select language"…), without the clause or list number it
     * starts with, and without the phrases added for screen readers. None of these is the document's wording.
     */
    String wording(String markdown) {
        return wordings.get(markdown);
    }

    private String wordingOf(String markdown) {
        String withoutInterface = interfaceLine
                .matcher(interfaceLink.matcher(markdown).replaceAll(""))
                .replaceAll("");
        return withoutIgnoredPhrases(MarkdownText.withoutLeadingNumber(MarkdownText.plain(withoutInterface)));
    }

    boolean isRename(List<String> from, List<String> to) {
        return key(to).equals(renames.get(key(from)));
    }
}
