package org.clausewatch.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.change.RuleBook.Section;

/**
 * Decides the significance of one provision's change. Each word-level difference must be explained by a minor rule
 * (spelling, typo, rename, date, numbering, contact details) for the change to be minor; one unexplained difference
 * makes it substantive, because a reader must then look. Differences outside the words are cosmetic.
 */
final class Classifier {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NUMBERING =
            Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*|[ivxlc]{1,6}|[a-z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_NUMBER = Pattern.compile(
            "(?:[0-3]?\\d(?:st|nd|rd|th)?|(?:19|20)\\d\\d|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})",
            Pattern.CASE_INSENSITIVE);
    /**
     * An address, the scheme of one left as text by a broken link ("(mailto:[privacy@x.ai](…))"), or a query parameter
     * of one shown as text ("?hl=en-US").
     */
    private static final Pattern WEB = Pattern.compile(
            ".+@.+|https?://.*|(?:[\\w-]+\\.)+[a-z]{2,}(?:/.*)?|mailto|https?|tel|[\\w-]+=[\\w.%-]*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PHONE_PART = Pattern.compile("\\+?\\d+(?:[-.]\\d+)*");
    private static final int ADDRESS_REACH = 6;

    private final RuleBook rules;

    Classifier(RuleBook rules) {
        this.rules = rules;
    }

    /** A significance and the reason for it. */
    record Verdict(Significance significance, String reason) {}

    Verdict modified(WordChange change, Set<String> consistentRenames) {
        if (change.deltas.isEmpty()) {
            return new Verdict(Significance.COSMETIC, "link targets, formatting or punctuation");
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (Diffs.Delta delta : change.deltas) {
            String reason = minorReason(delta, change, consistentRenames);
            if (reason == null) {
                return new Verdict(Significance.SUBSTANTIVE, "wording");
            }
            reasons.add(reason);
        }
        return new Verdict(Significance.MINOR, String.join(", ", reasons));
    }

    /** A provision that appeared or went: substantive unless it holds no words, or only a date line. */
    Verdict standalone(List<String> words, String lowerText) {
        if (words.isEmpty()) {
            return new Verdict(Significance.COSMETIC, "no words");
        }
        List<String> lower = WordChange.lower(words);
        boolean dateLine = lower.stream().allMatch(w -> isDateWord(w) || rules.has(Section.DATE_MARKERS, w))
                && rules.mentions(Section.DATE_MARKERS, lower, lowerText);
        return dateLine ? new Verdict(Significance.MINOR, "date") : new Verdict(Significance.SUBSTANTIVE, "wording");
    }

    private String minorReason(Diffs.Delta delta, WordChange change, Set<String> consistentRenames) {
        if (isSpelling(delta)) {
            return "spelling or capitalisation";
        }
        if (isTypo(delta)) {
            return "typo";
        }
        if ((rules.isRename(delta.deleted(), delta.inserted())
                        || consistentRenames.contains(renameKey(delta.deleted(), delta.inserted())))
                && !scopesRights(change)) {
            return "brand rename";
        }
        if (isDate(delta, change)) {
            return "date";
        }
        if (isNumbering(delta, change)) {
            return "numbering";
        }
        return isContact(delta, change) ? "contact details" : null;
    }

    /**
     * Whether the provision, before or after, is about training, licences, data use or fees: there a name swapped for
     * another ("Pro or Student plans") changes who or what is covered, and is never taken for a rename of the brand.
     */
    boolean scopesRights(WordChange change) {
        return rules.mentions(Section.RIGHTS_SCOPE, WordChange.lower(change.before), change.beforeLower)
                || rules.mentions(Section.RIGHTS_SCOPE, WordChange.lower(change.after), change.afterLower);
    }

    static String renameKey(List<String> from, List<String> to) {
        return RuleBook.key(from) + " => " + RuleBook.key(to);
    }

    private static boolean isSpelling(Diffs.Delta delta) {
        String deleted = squeezed(delta.deleted());
        return !deleted.isEmpty() && deleted.equals(squeezed(delta.inserted()));
    }

    private static String squeezed(List<String> words) {
        return String.join("", words).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private boolean isTypo(Diffs.Delta delta) {
        if (delta.deleted().size() != 1 || delta.inserted().size() != 1) {
            return false;
        }
        String from = delta.deleted().get(0).toLowerCase(Locale.ROOT);
        String to = delta.inserted().get(0).toLowerCase(Locale.ROOT);
        int length = Math.min(from.length(), to.length());
        if (length < 4
                || !from.chars().allMatch(Character::isLetter)
                || !to.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (rules.has(Section.PROTECTED_WORDS, from) || rules.has(Section.PROTECTED_WORDS, to)) {
            return false;
        }
        return EditDistance.between(from, to) <= (length >= 8 ? 2 : 1);
    }

    private boolean isDate(Diffs.Delta delta, WordChange change) {
        List<String> words = delta.all();
        return !words.isEmpty()
                && words.stream().allMatch(this::isDateToken)
                && !followedByUnit(delta, change)
                && (mentionsDateMarker(change.before, change.beforeLower)
                        || mentionsDateMarker(change.after, change.afterLower));
    }

    private boolean mentionsDateMarker(List<String> words, String lowerText) {
        return rules.mentions(Section.DATE_MARKERS, WordChange.lower(words), lowerText);
    }

    /** A date's parts, or the word that says what the date is ("Effective" becoming "Updated"). "May" is a month
     * only with its capital: "may" is a permission. */
    private boolean isDateToken(String word) {
        return DATE_NUMBER.matcher(word).matches()
                || rules.has(Section.DATE_MARKERS, word)
                || (rules.has(Section.MONTHS, word) && (!word.equals("may")));
    }

    private boolean isDateWord(String lower) {
        return DATE_NUMBER.matcher(lower).matches() || rules.has(Section.MONTHS, lower);
    }

    private boolean isNumbering(Diffs.Delta delta, WordChange change) {
        if (delta.deleted().isEmpty()
                || delta.inserted().isEmpty()
                || !delta.all().stream().allMatch(w -> NUMBERING.matcher(w).matches())) {
            return false;
        }
        boolean leading = delta.beforeAt() == 0 || delta.afterAt() == 0;
        boolean referenced =
                delta.afterAt() > 0 && rules.has(Section.NUMBERING_WORDS, change.after.get(delta.afterAt() - 1));
        return (leading || referenced) && !followedByUnit(delta, change);
    }

    private boolean followedByUnit(Diffs.Delta delta, WordChange change) {
        int next = delta.afterAt() + delta.inserted().size();
        return next < change.after.size() && rules.has(Section.UNITS, change.after.get(next));
    }

    private boolean isContact(Diffs.Delta delta, WordChange change) {
        List<String> words = delta.all();
        if (words.stream().allMatch(w -> WEB.matcher(w).matches())) {
            return true;
        }
        List<String> lowerAfter = WordChange.lower(change.after);
        boolean contactText = rules.mentions(Section.CONTACT_MARKERS, lowerAfter, change.afterLower)
                || rules.mentions(Section.CONTACT_MARKERS, WordChange.lower(change.before), change.beforeLower);
        if (followedByUnit(delta, change)) {
            return false;
        }
        if (contactText
                && words.stream()
                        .allMatch(w -> WEB.matcher(w).matches()
                                || PHONE_PART.matcher(w).matches())) {
            return true;
        }
        return nearAddressWord(delta, lowerAfter)
                && words.stream().allMatch(w -> NUMBER.matcher(w).matches() || isAddressToken(w));
    }

    private boolean isAddressToken(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                || Character.isDigit(word.codePointAt(0))
                || rules.has(Section.ADDRESS_WORDS, word);
    }

    private boolean nearAddressWord(Diffs.Delta delta, List<String> lowerAfter) {
        int from = Math.max(0, delta.afterAt() - ADDRESS_REACH);
        int to = Math.min(lowerAfter.size(), delta.afterAt() + delta.inserted().size() + ADDRESS_REACH);
        for (String word : lowerAfter.subList(from, to)) {
            if (rules.has(Section.ADDRESS_WORDS, word)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised one-to-three-word names replaced by another, the candidates for a document-wide rename. */
    List<String> renameCandidates(WordChange change) {
        List<String> candidates = new ArrayList<>();
        for (Diffs.Delta delta : change.deltas) {
            if (isNameSwap(delta)) {
                candidates.add(renameKey(delta.deleted(), delta.inserted()));
            }
        }
        return candidates;
    }

    private boolean isNameSwap(Diffs.Delta delta) {
        return between(delta.deleted().size(), 1, 3)
                && between(delta.inserted().size(), 1, 3)
                && delta.all().stream().allMatch(this::isPlainName);
    }

    private boolean isPlainName(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                && !rules.has(Section.MONTHS, word)
                && !rules.has(Section.PROTECTED_WORDS, word);
    }

    private static boolean between(int value, int low, int high) {
        return value >= low && value <= high;
    }
}
