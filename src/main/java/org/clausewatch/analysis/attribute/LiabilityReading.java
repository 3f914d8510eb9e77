package org.clausewatch.analysis.attribute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Liability caps: amounts with their currency in a sentence about liability, and what the cap is measured by. */
final class LiabilityReading {
    private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)";
    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(US\\s?\\$|U\\.S\\.\\s?\\$|\\$|€|£|\\bUSD\\s?|\\bEUR\\s?|\\bGBP\\s?)\\s?" + AMOUNT + "(?![\\d,])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AFTER = Pattern.compile(
            "\\b" + AMOUNT + "\\s?(USD|EUR|GBP|(?:US |U\\.S\\. )?dollars|euros?|pounds(?: sterling)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private LiabilityReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        if (!sentence.has(Cue.LIABILITY_CONTEXT)) {
            return;
        }
        amounts(sentence, SYMBOL_FIRST, 1, 2, found);
        amounts(sentence, WORD_AFTER, 2, 1, found);
        for (Lexicon.Hit hit : sentence.hits(Cue.CAP_BASIS)) {
            found.add(sentence.attribute(Names.LIABILITY_CAP_BASIS, hit.value(), hit));
        }
    }

    private static void amounts(Sentence sentence, Pattern pattern, int currency, int amount, List<Attribute> found) {
        Matcher matcher = pattern.matcher(sentence.text()).region(sentence.start(), sentence.end());
        while (matcher.find()) {
            String value = number(matcher.group(amount)) + " " + currency(matcher.group(currency));
            found.add(sentence.attribute(Names.LIABILITY_CAP, value, matcher.start(), matcher.end()));
        }
    }

    private static String number(String amount) {
        return new BigDecimal(amount.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    private static String currency(String sign) {
        String plain = sign.strip().toLowerCase(Locale.ROOT);
        if (plain.contains("$") || plain.contains("usd") || plain.contains("dollar")) {
            return "USD";
        }
        if (plain.contains("€") || plain.contains("eur")) {
            return "EUR";
        }
        return "GBP";
    }
}
