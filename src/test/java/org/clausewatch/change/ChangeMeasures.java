package org.clausewatch.change;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.provision.Provision;
import org.clausewatch.provision.Segmenter;

/**
 * The four measures of issue 17 for one pair of consecutive captures, computed from word-level differences of their
 * texts and checked against the change record ClauseWatch made for the later one.
 *
 * <p>A text is read as <em>units</em>: the provisions ClauseWatch's segmenter finds, with each heading that starts a
 * new section as a unit of its own. A unit's words are the words of its plain text ({@link MarkdownText#plain}: link
 * targets, emphasis and Markdown syntax gone), lower-cased. Units are compared first (so a provision that moved whole
 * is not a change of words: the same unit deleted in one place and inserted in another cancels out), then the words of
 * the units that differ. A <em>content word</em> is a word with a letter that is not a stop word ({@link #STOP_WORDS});
 * numbers and punctuation are not content words.
 */
final class ChangeMeasures {
    /** At least this many content words changed: a change a reader must see, which must be substantive. */
    static final int SUBSTANTIAL = 5;
    /** At most this many content words changed: a small change, which must be located at its provisions. */
    static final int SMALL = 30;
    /** How many captures before the previous one a flip-back is looked for in. */
    static final int FLIP_WINDOW = 10;

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "into", "onto", "about", "over", "under", "than", "then", "so", "if", "is", "are", "was", "were",
            "be", "been", "being", "am", "it", "its", "it's", "this", "that", "these", "those", "there", "here", "we",
            "us", "our", "ours", "you", "your", "yours", "they", "them", "their", "he", "she", "his", "her", "i", "me",
            "my", "do", "does", "did", "has", "have", "had", "which", "who", "whom", "what", "when", "where", "how",
            "also", "such", "other", "any", "each", "etc", "e", "g", "s", "t");

    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[ivxlc]{1,6}|[a-z])[.)]\\s+|^\\d{1,3}(?:\\.\\d{1,3})+\\s+",
            Pattern.CASE_INSENSITIVE);

    /** Web and e-mail addresses shown as text: where to go, not what the document says. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.[a-z]{2,}\\S*|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|ai|co|gov|edu)\\b\\S*");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Segmenter segmenter = new Segmenter();

    /** One unit of a text: a provision's plain words, or a heading's. */
    record Unit(boolean heading, String words) {}

    /** A text read as units, and its words without numbering as a reader compares them. */
    record Reading(List<Unit> units, List<String> formFree) {}

    /** What changed between two texts: content words changed, and the units that hold changed words. */
    record Difference(int contentWords, Set<String> changedBefore, Set<String> changedAfter) {}

    Reading read(String markdown) {
        List<Unit> units = new ArrayList<>();
        List<String> formFree = new ArrayList<>();
        List<String> path = List.of();
        for (Provision provision : segmenter.segment(markdown)) {
            int common = 0;
            while (common < path.size()
                    && common < provision.path().size()
                    && path.get(common).equals(provision.path().get(common))) {
                common++;
            }
            for (String heading :
                    provision.path().subList(common, provision.path().size())) {
                add(heading, true, units, formFree);
            }
            path = provision.path();
            add(provision.text(), false, units, formFree);
        }
        return new Reading(units, formFree);
    }

    private static void add(String markdown, boolean heading, List<Unit> units, List<String> formFree) {
        String plain = MarkdownText.plain(markdown);
        units.add(new Unit(heading, words(plain)));
        formFree.addAll(tokens(LEADING_NUMBER.matcher(plain).replaceFirst("")));
    }

    /** The lower-cased words of plain text, joined by single spaces. */
    static String words(String plain) {
        return String.join(" ", tokens(plain.toLowerCase(Locale.ROOT)));
    }

    /**
     * Runs of letters and digits: an apostrophe, a hyphen or a dot splits a word, so "entity’s" and "entity's", or a
     * web address with one path segment less, differ by what a reader sees differ and not by a whole token.
     */
    static List<String> tokens(String plain) {
        return List.of(NON_WORD.split(ADDRESS.matcher(plain).replaceAll(" "))).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }

    static boolean isContentWord(String lowerWord) {
        return lowerWord.chars().anyMatch(Character::isLetter) && !STOP_WORDS.contains(lowerWord);
    }

    Difference between(Reading before, Reading after) {
        List<String> from = before.units().stream().map(ChangeMeasures::key).toList();
        List<String> to = after.units().stream().map(ChangeMeasures::key).toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(from, to).getDeltas();
        Map<String, Integer> movedOut = movedUnits(deltas);
        Map<String, Integer> movedIn = new HashMap<>(movedOut);
        List<List<String>> deleted = new ArrayList<>();
        List<List<String>> inserted = new ArrayList<>();
        int atLeast = 0;
        for (AbstractDelta<String> delta : deltas) {
            deleted.add(withoutMoved(delta.getSource().getLines(), movedOut));
            inserted.add(withoutMoved(delta.getTarget().getLines(), movedIn));
            atLeast += bagDifference(deleted.getLast(), inserted.getLast());
        }
        if (atLeast > SMALL) {
            return new Difference(atLeast, Set.of(), Set.of()); // large: no word diff needed to know it
        }
        int content = 0;
        Set<String> changedBefore = new HashSet<>();
        Set<String> changedAfter = new HashSet<>();
        for (int d = 0; d < deleted.size(); d++) {
            content += wordDifference(deleted.get(d), inserted.get(d), changedBefore, changedAfter);
        }
        return new Difference(content, changedBefore, changedAfter);
    }

    /**
     * The content words of one side that the other lacks, counted as a multiset: never more than the word-level
     * difference, and cheap, so a large rewrite is known to be large without running the word diff on it.
     */
    private static int bagDifference(List<String> deleted, List<String> inserted) {
        Map<String, Integer> balance = new HashMap<>();
        deleted.forEach(u -> contentWords(u).forEach(w -> balance.merge(w, 1, Integer::sum)));
        inserted.forEach(u -> contentWords(u).forEach(w -> balance.merge(w, -1, Integer::sum)));
        return balance.values().stream().mapToInt(Math::abs).sum();
    }

    private static List<String> contentWords(String unit) {
        List<String> words = new ArrayList<>();
        spread(List.of(unit), words, new ArrayList<>());
        return words.stream().filter(ChangeMeasures::isContentWord).toList();
    }

    private static String key(Unit unit) {
        return (unit.heading() ? "# " : "") + unit.words();
    }

    /** Units deleted in one place and inserted in another, with how many times: moves, not changes of words. */
    private static Map<String, Integer> movedUnits(List<AbstractDelta<String>> deltas) {
        Map<String, Integer> deleted = new HashMap<>();
        for (AbstractDelta<String> delta : deltas) {
            delta.getSource().getLines().forEach(u -> deleted.merge(u, 1, Integer::sum));
        }
        Map<String, Integer> moved = new HashMap<>();
        for (AbstractDelta<String> delta : deltas) {
            for (String unit : delta.getTarget().getLines()) {
                if (deleted.getOrDefault(unit, 0) > moved.getOrDefault(unit, 0)) {
                    moved.merge(unit, 1, Integer::sum);
                }
            }
        }
        return moved;
    }

    private static List<String> withoutMoved(List<String> units, Map<String, Integer> moved) {
        List<String> kept = new ArrayList<>();
        for (String unit : units) {
            Integer left = moved.get(unit);
            if (left != null && left > 0) {
                moved.put(unit, left - 1);
            } else {
                kept.add(unit);
            }
        }
        return kept;
    }

    /**
     * Content words that differ between the deleted and inserted units of one region, and the units (provisions
     * only, by their words) that hold any changed word.
     */
    private static int wordDifference(
            List<String> deleted, List<String> inserted, Set<String> changedBefore, Set<String> changedAfter) {
        List<String> fromWords = new ArrayList<>();
        List<Integer> fromUnit = new ArrayList<>();
        spread(deleted, fromWords, fromUnit);
        List<String> toWords = new ArrayList<>();
        List<Integer> toUnit = new ArrayList<>();
        spread(inserted, toWords, toUnit);
        int content = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(fromWords, toWords).getDeltas()) {
            int at = delta.getSource().getPosition();
            for (int i = 0; i < delta.getSource().size(); i++) {
                content += isContentWord(fromWords.get(at + i)) ? 1 : 0;
                mark(deleted.get(fromUnit.get(at + i)), changedBefore);
            }
            at = delta.getTarget().getPosition();
            for (int i = 0; i < delta.getTarget().size(); i++) {
                content += isContentWord(toWords.get(at + i)) ? 1 : 0;
                mark(inserted.get(toUnit.get(at + i)), changedAfter);
            }
        }
        return content;
    }

    private static void spread(List<String> units, List<String> words, List<Integer> unitOfWord) {
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            String text = unit.startsWith("# ") ? unit.substring(2) : unit;
            for (String word : text.isEmpty() ? new String[0] : text.split(" ")) {
                words.add(word);
                unitOfWord.add(u);
            }
        }
    }

    private static void mark(String unit, Set<String> changed) {
        if (!unit.startsWith("# ")) {
            changed.add(unit);
        }
    }

    /**
     * Whether {@code change} locates {@code difference}: every provision holding a changed word is an item of the
     * record (by its words before or after), and every item that reports a change of words (its words differ and it
     * is not cosmetic) is such a provision.
     */
    static boolean located(Difference difference, Optional<ChangeRecord> change) {
        if (change.isEmpty()) {
            return false;
        }
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (ChangeItem item : change.orElseThrow().items()) {
            Optional<String> was = item.before().map(t -> words(MarkdownText.plain(t)));
            Optional<String> now = item.after().map(t -> words(MarkdownText.plain(t)));
            was.ifPresent(before::add);
            now.ifPresent(after::add);
            if (was.equals(now) || item.significance() == Significance.COSMETIC) {
                continue; // reports no change of words: covers its provision, and is never unrelated
            }
            boolean related = was.filter(difference.changedBefore()::contains).isPresent()
                    || now.filter(difference.changedAfter()::contains).isPresent()
                    || was.filter(String::isEmpty).isPresent()
                    || now.filter(String::isEmpty).isPresent();
            if (!related) {
                return false;
            }
        }
        return before.containsAll(difference.changedBefore()) && after.containsAll(difference.changedAfter());
    }
}
