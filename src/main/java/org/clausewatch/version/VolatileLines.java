package org.clausewatch.version;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that change on every capture ("Page generated on 2026-03-02 09:14 (request id 8f3a9c2e)", a link whose token
 * is new on every request), told from the document's wording by their <em>shape</em>: the line with its changing parts
 * masked. Changing parts are times of day, ISO dates and timestamps, runs of ten digits or more (epoch times), and
 * identifiers (six or more hexadecimal characters mixing digits and letters, UUIDs); in a line that has one of these,
 * written dates ("2 March 2026", "Monday") are masked too. A line that says what a document date is (updated,
 * effective…) is never volatile: that date changes rarely and means something. A line <em>rotates</em> when it is
 * replaced by another line of the same shape. Pure: the texts and the shapes already seen are all it needs.
 */
public final class VolatileLines {
    private static final Pattern IDENTIFIER =
            Pattern.compile("(?i:\\b(?=[0-9a-f-]{6,})(?=[0-9a-f-]*\\d)(?=[0-9a-f-]*[a-f])[0-9a-f]+(?:-[0-9a-f]+)*\\b)");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}"
                    + "(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b|\\b\\d{10,}\\b");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
                    + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                    + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?(?:\\s+\\d{4})?\\b"
                    + "|\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b"
                    + "|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b");
    /** A document's own dates change rarely and mean something: never volatile. */
    private static final Pattern DOCUMENT_DATE = Pattern.compile(
            "(?i)\\b(?:updated|effective|revised|modified|version|dated|published|posted|as of|last changed)\\b");

    private static final String MASK = "…";
    /** Masks side by side ("Monday, 2 March 2026 09:14") are one changing part: its spelling may change too. */
    private static final Pattern MASKS = Pattern.compile("…(?:[\\s,]*…)+");

    private VolatileLines() {}

    /**
     * The lines that rotate from {@code latest} to {@code next}, by shape, and whether every difference between the
     * two texts is such a rotation.
     */
    public record Rotation(Set<String> shapes, boolean only) {
        public Rotation {
            shapes = Set.copyOf(shapes);
        }

        /**
         * Whether the capture makes no version: every difference is a rotation of a line already seen to rotate.
         * The first rotation of a line is a version as usual (there is no telling before), and a real change that
         * comes with a rotation is recorded with it.
         */
        public boolean onlyAmong(Collection<String> seen) {
            return only && !shapes.isEmpty() && seen.containsAll(shapes);
        }

        /** Says which lines rotated, for a log line or a report. */
        public String describe() {
            return "only lines that change on every capture differ: '" + String.join("', '", shapes) + "'";
        }
    }

    /**
     * The volatile lines of one document as an import walks its captures in order: the shapes seen so far, and the
     * rotations met, by capture time, for the caller to record once its versions are recorded.
     */
    public static final class Walk {
        private final Set<String> seen;
        private final Map<Instant, Set<String>> rotations = new LinkedHashMap<>();

        public Walk(Collection<String> seen) {
            this.seen = new LinkedHashSet<>(seen);
        }

        /**
         * Whether the capture at {@code at} makes no version because every difference from the latest version is a
         * rotation of a line seen before; either way, its rotations are seen from now on.
         */
        public boolean onlyRotation(String latest, String next, Instant at) {
            Rotation rotation = between(latest, next);
            boolean only = rotation.onlyAmong(seen);
            seen.addAll(rotation.shapes());
            if (!rotation.shapes().isEmpty()) {
                rotations.put(at, rotation.shapes());
            }
            return only;
        }

        public Map<Instant, Set<String>> rotations() {
            return Collections.unmodifiableMap(rotations);
        }
    }

    /** The rotations between two normalised texts of a document. */
    public static Rotation between(String latest, String next) {
        Set<String> shapes = new LinkedHashSet<>();
        boolean only = true;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(latest.lines().toList(), next.lines().toList()).getDeltas()) {
            if (rotation(delta)) {
                delta.getTarget().getLines().forEach(line -> shapes.add(shape(line)));
            } else {
                only = false;
            }
        }
        return new Rotation(shapes, only);
    }

    private static boolean rotation(AbstractDelta<String> delta) {
        List<String> was = delta.getSource().getLines();
        List<String> now = delta.getTarget().getLines();
        if (delta.getType() != DeltaType.CHANGE || was.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < was.size(); i++) {
            if (!rotates(was.get(i), now.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean rotates(String was, String now) {
        return !was.equals(now)
                && looksVolatile(was)
                && looksVolatile(now)
                && shape(was).equals(shape(now));
    }

    static boolean looksVolatile(String line) {
        return (IDENTIFIER.matcher(line).find() || TIMESTAMP.matcher(line).find())
                && !DOCUMENT_DATE.matcher(line).find();
    }

    /** The line with its changing parts masked. */
    static String shape(String line) {
        String masked = TIMESTAMP.matcher(line.strip()).replaceAll(MASK);
        masked = IDENTIFIER.matcher(masked).replaceAll(MASK);
        masked = WRITTEN_DATE.matcher(masked).replaceAll(MASK);
        return MASKS.matcher(masked).replaceAll(MASK);
    }
}
