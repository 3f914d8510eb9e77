package org.clausewatch.version;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clausewatch.common.Memo;

/**
 * Decides whether newly extracted text is a new version of a document, the same version, or not the document at all
 * (a capture anomaly). Pure: the same inputs always give the same decision.
 */
public final class Versioner {
    /** Below this many words a page is short enough for a signature anywhere in it to reveal an error page. */
    static final int SHORT_TEXT_WORDS = 150;
    /** In a longer text, a signature counts only in its first lines: where error pages put their message. */
    static final int LEAD_LINES = 5;

    static final double SHRINK_RATIO = 0.20;
    static final int SHRINK_MIN_PREVIOUS_CHARS = 2_000;
    static final int FRAGMENT_MAX_WORDS = 30;
    static final int FRAGMENT_MIN_PREVIOUS_WORDS = 300;

    private static final Pattern UNDERLINE = Pattern.compile("[=\\-\\s|:]*");

    /**
     * Texts whose normalised form is remembered: each text is decided as the new one and then, against the next
     * capture, as the previous one, and an import normalises its files before deciding on them too.
     */
    private static final int NORMALISED = 32;

    private final Signatures signatures;
    private final Memo<String, String> normalised = new Memo<>(NORMALISED, Normaliser::normalise);

    public Versioner() {
        this(Signatures.load());
    }

    Versioner(Signatures signatures) {
        this.signatures = signatures;
    }

    /** Normalised text: what is compared to decide whether a version is new. */
    public String normalise(String markdown) {
        return normalised.get(markdown);
    }

    public Decision decide(Optional<String> previousMarkdown, String newMarkdown) {
        return decide(previousMarkdown, newMarkdown, List.of());
    }

    /**
     * As {@link #decide(Optional, String)}, knowing the sizes (UTF-8 bytes, oldest first) of the document's versions
     * recorded before the previous one. A previous version far larger than those ({@link Outliers}) was an outlier (a
     * whole legal site captured instead of one policy); a text that shrinks against it is compared with the sizes
     * before it instead, so that one bad capture does not make every later, correct capture a drastic shrink.
     */
    public Decision decide(Optional<String> previousMarkdown, String newMarkdown, List<Long> earlierSizes) {
        Decision decision = decideAgainstPrevious(previousMarkdown, newMarkdown);
        if (decision instanceof Decision.Anomaly anomaly && ShrinkConfirmation.concerns(anomaly)) {
            return Outliers.reconsider(
                    anomaly, previousMarkdown.map(this::normalise).orElseThrow(), normalise(newMarkdown), earlierSizes);
        }
        return decision;
    }

    private Decision decideAgainstPrevious(Optional<String> previousMarkdown, String newMarkdown) {
        String text = normalise(newMarkdown);
        Optional<String> previous = previousMarkdown.map(this::normalise);
        if (previous.isPresent() && previous.get().equals(text)) {
            return new Decision.Unchanged();
        }
        if (text.isEmpty()) {
            return new Decision.Anomaly(Decision.Kind.EMPTY, "the capture has no text");
        }
        Optional<Decision> anomaly = Binary.check(text);
        if (anomaly.isEmpty()) {
            anomaly = signature(text);
        }
        if (anomaly.isEmpty() && previous.isPresent()) {
            anomaly = size(previous.get(), text);
        }
        return anomaly.orElseGet(Decision.NewVersion::new);
    }

    private Optional<Decision> signature(String text) {
        boolean whole = words(text) < SHORT_TEXT_WORDS;
        return signatures
                .find(whole ? text : lead(text))
                .map(match -> new Decision.Anomaly(
                        match.kind(),
                        "the text looks like " + describe(match.kind()) + ": '" + match.matched() + "' "
                                + (whole ? "in a text of " + words(text) + " words" : "in its first lines")));
    }

    private static Optional<Decision> size(String previous, String text) {
        if (previous.length() > SHRINK_MIN_PREVIOUS_CHARS && text.length() < previous.length() * SHRINK_RATIO) {
            return Optional.of(new Decision.Anomaly(
                    Decision.Kind.DRASTIC_SHRINK,
                    String.format(
                            Locale.ROOT,
                            "the text shrank to %d characters, %.0f%% of the previous version's %d",
                            text.length(),
                            100.0 * text.length() / previous.length(),
                            previous.length())));
        }
        int words = words(text);
        int previousWords = words(previous);
        if (words < FRAGMENT_MAX_WORDS && previousWords >= FRAGMENT_MIN_PREVIOUS_WORDS) {
            return Optional.of(new Decision.Anomaly(
                    Decision.Kind.TINY_FRAGMENT,
                    "the text is a fragment of " + words + " words where the previous version had " + previousWords));
        }
        return Optional.empty();
    }

    /** The first lines that carry words, skipping Markdown heading underlines and table rules. */
    static String lead(String text) {
        return text.lines()
                .filter(line -> !UNDERLINE.matcher(line).matches())
                .limit(LEAD_LINES)
                .collect(Collectors.joining("\n"));
    }

    /** Whitespace-separated tokens that hold a letter or digit, so Markdown rules and bullets are not words. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord && Character.isLetterOrDigit(c)) {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    private static String describe(Decision.Kind kind) {
        return switch (kind) {
            case ERROR_PAGE -> "an error page";
            case FORBIDDEN -> "an access-denied page";
            case BOT_CHALLENGE -> "a bot challenge";
            case COOKIE_WALL -> "a cookie wall";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
