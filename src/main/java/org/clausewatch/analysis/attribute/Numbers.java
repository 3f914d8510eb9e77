package org.clausewatch.analysis.attribute;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Numbers as legal text writes them: "30", "thirty", "thirty (30)", "forty-five", "1,000". */
final class Numbers {
    /** The number words the duration and age patterns accept, longest first so that alternation prefers them. */
    static final String WORDS = "(?:one hundred|ninety|sixty|forty-five|forty|thirty|twenty-one|twenty-four|twenty"
            + "|eighteen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three"
            + "|two|one|a|an)";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("eighteen", 18),
            Map.entry("twenty", 20),
            Map.entry("twenty-one", 21),
            Map.entry("twenty-four", 24),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("forty-five", 45),
            Map.entry("sixty", 60),
            Map.entry("ninety", 90),
            Map.entry("one hundred", 100));

    private Numbers() {}

    /** The value of digits or a number word; empty when it is neither. */
    static OptionalInt parse(String number) {
        String plain = number.strip().replace(",", "").toLowerCase(Locale.ROOT);
        if (!plain.isEmpty() && plain.chars().allMatch(Character::isDigit) && plain.length() <= 9) {
            return OptionalInt.of(Integer.parseInt(plain));
        }
        Integer value = VALUES.get(plain);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
