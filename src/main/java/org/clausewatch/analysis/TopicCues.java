package org.clausewatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.clausewatch.knowledge.InvalidKnowledgeException;
import org.clausewatch.knowledge.KnowledgeFile;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;

/**
 * The transparent rules of the topic classifier: phrase cues per topic from {@code topic-cues.txt}, each with the
 * confidence it lends the topic on its own, and counter cues ({@code !FACTOR REGEX}): wording that usually means the
 * trained model's words mislead (a licence granted <em>to</em> the user speaks of "licence" and "rights" as a licence
 * to user content does), so the model's probability for that topic, and weak cues that only add to it, are multiplied
 * by the factor. Counter cues never lower a cue that decides on its own and are never shown as evidence. Matched
 * against a provision's lower-case words joined by spaces.
 */
final class TopicCues {
    static final String RESOURCE = "topic-cues.txt";
    private static final Pattern TOPIC_LINE = Pattern.compile("\\[([A-Z][0-9]{1,2})]");
    private static final Pattern CUE_LINE = Pattern.compile("(\\S+)\\s+(\\S.*)");

    /**
     * One cue: the topic it speaks for, its confidence and its expression; for a counter cue, {@code confidence} is
     * the factor applied to the model's probability.
     */
    record Cue(String topic, double confidence, Pattern pattern, boolean counter) {
        Cue(String topic, double confidence, Pattern pattern) {
            this(topic, confidence, pattern, false);
        }
    }

    /** A cue found in a provision, with the words it matched. */
    record Hit(Cue cue, String matched) {}

    private final List<Cue> cues;
    /** Skips the cues whose required literals are all absent from a text. */
    private final CueFilter filter;

    TopicCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.filter = new CueFilter(this.cues.stream()
                .map(cue -> RequiredLiterals.all(cue.pattern().pattern()))
                .toList());
    }

    /** The shipped cues, checked against the topic ids of {@code taxonomy}. */
    static TopicCues load(Taxonomy taxonomy) throws IOException {
        return parse(RESOURCE, KnowledgeFile.resource(TopicCues.class, RESOURCE), topicIds(taxonomy));
    }

    static Set<String> topicIds(Taxonomy taxonomy) {
        return Set.copyOf(taxonomy.topics().stream().map(Topic::id).toList());
    }

    /** Reads cue lines; errors name {@code name}, the line number and the bad value. */
    static TopicCues parse(String name, String text, Set<String> topics) throws InvalidKnowledgeException {
        List<Cue> cues = new ArrayList<>();
        String topic = null;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            for (int number = 1; (line = reader.readLine()) != null; number++) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                Matcher topicLine = TOPIC_LINE.matcher(entry);
                if (topicLine.matches()) {
                    topic = known(name, number, topicLine.group(1), topics);
                } else if (topic == null) {
                    throw new InvalidKnowledgeException(name + " line " + number + ": cue before any [TOPIC] line");
                } else {
                    cues.add(cue(name, number, topic, entry));
                }
            }
        } catch (InvalidKnowledgeException e) {
            throw e;
        } catch (IOException e) {
            throw new InvalidKnowledgeException(name + ": cannot read: " + e.getMessage(), e);
        }
        return new TopicCues(cues);
    }

    private static String known(String name, int number, String topic, Set<String> topics)
            throws InvalidKnowledgeException {
        if (!topics.contains(topic)) {
            throw new InvalidKnowledgeException(
                    name + " line " + number + ": topic '" + topic + "' is not in the taxonomy");
        }
        return topic;
    }

    private static Cue cue(String name, int number, String topic, String entry) throws InvalidKnowledgeException {
        Matcher parts = CUE_LINE.matcher(entry);
        if (!parts.matches()) {
            throw new InvalidKnowledgeException(
                    name + " line " + number + ": expected 'CONFIDENCE REGEX' or '!FACTOR REGEX', got '" + entry + "'");
        }
        String value = parts.group(1);
        boolean counter = value.startsWith("!");
        double weight = counter
                ? number(name, number, "factor", value.substring(1), false)
                : number(name, number, "confidence", value, true);
        return new Cue(topic, weight, compile(name, number, parts.group(2)), counter);
    }

    /** A number in (0, 1], or in (0, 1) when {@code oneAllowed} is false (a counter factor of 1 would do nothing). */
    private static double number(String name, int number, String what, String value, boolean oneAllowed)
            throws InvalidKnowledgeException {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed > 0 && (parsed < 1 || (oneAllowed && parsed == 1))) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the bad value
        }
        throw new InvalidKnowledgeException(name + " line " + number + ": " + what + " '" + value
                + "' is not a number in (0, 1" + (oneAllowed ? "]" : ")"));
    }

    private static Pattern compile(String name, int number, String regex) throws InvalidKnowledgeException {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidKnowledgeException(
                    name + " line " + number + ": malformed regular expression '" + regex + "': " + e.getDescription(),
                    e);
        }
    }

    int size() {
        return cues.size();
    }

    List<Cue> cues() {
        return cues;
    }

    /** Every cue found in {@code words} (lower-case words joined by single spaces), in file order. */
    List<Hit> find(String words) {
        List<Hit> hits = new ArrayList<>();
        boolean[] candidates = filter.candidates(words);
        for (int i = 0; i < cues.size(); i++) {
            if (candidates[i]) {
                Matcher matcher = cues.get(i).pattern().matcher(words);
                if (matcher.find()) {
                    hits.add(new Hit(cues.get(i), matcher.group()));
                }
            }
        }
        return hits;
    }
}
