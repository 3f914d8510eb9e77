package org.clausewatch.analysis.attribute;

/** Periods read in days, said as people say them: "30 days", "6 months", "2 years". */
final class Durations {
    private Durations() {}

    static String words(String days) {
        int count = Integer.parseInt(days);
        if (count >= 365 && count % 365 == 0) {
            return plural(count / 365, "year");
        }
        if (count >= 30 && count % 30 == 0) {
            return plural(count / 30, "month");
        }
        return plural(count, "day");
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
