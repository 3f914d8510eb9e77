package org.clausewatch.analysis.attribute;

import java.util.List;

/** What a provision says about review, retention, disputes, liability, notice, age and sharing, in plain sentences. */
final class OtherProse {
    private OtherProse() {}

    static void write(Facts facts, List<String> says) {
        String platform = facts.platform();
        if (facts.has("review.human", "yes")) {
            says.add("People working for " + platform + " may review your content or conversations.");
        }
        retention(facts, says);
        disputes(facts, says);
        if (facts.has(Names.LIABILITY_CAP) || facts.has(Names.LIABILITY_CAP_BASIS)) {
            String cap = facts.has(Names.LIABILITY_CAP)
                    ? facts.limits(Names.LIABILITY_CAP)
                    : facts.phrases(Names.LIABILITY_CAP_BASIS);
            says.add(platform + " limits what you can recover from it to " + cap + ".");
        }
        facts.values(Names.NOTICE_DAYS).stream()
                .findFirst()
                .ifPresent(days -> says.add(platform + " gives " + days + " days' notice of changes."));
        facts.values(Names.MINIMUM_AGE).stream()
                .findFirst()
                .ifPresent(age -> says.add("You must be at least " + age + " to use the service."));
        facts.values(Names.PARENTAL_CONSENT_BELOW).stream()
                .findFirst()
                .ifPresent(age -> says.add("Users under " + age + " need a parent's or guardian's consent."));
        sharing(facts, says);
    }

    private static void retention(Facts facts, List<String> says) {
        String platform = facts.platform();
        if (facts.has("retention.indefinite", "yes")) {
            says.add(platform + " may keep the data without a fixed time limit.");
        } else if (facts.has(Names.RETENTION_DAYS)) {
            List<String> periods = facts.values(Names.RETENTION_DAYS).stream()
                    .map(Durations::words)
                    .toList();
            says.add(platform + " keeps the data for " + Facts.join(periods) + ".");
        }
    }

    private static void disputes(Facts facts, List<String> says) {
        if (facts.has("dispute.arbitration", "binding")) {
            says.add("Disputes go to binding arbitration instead of a court.");
        }
        if (facts.has("dispute.classActionWaiver", "yes")) {
            says.add("You give up class or collective actions.");
        }
        facts.values(Names.ARBITRATION_OPT_OUT_DAYS).stream()
                .findFirst()
                .ifPresent(days -> says.add("You can opt out of arbitration within " + days + " days."));
        if (facts.has(Names.VENUE)) {
            says.add("Disputes are heard in " + facts.limits(Names.VENUE) + ".");
        }
        if (facts.has(Names.GOVERNING_LAW)) {
            says.add("The law of " + facts.limits(Names.GOVERNING_LAW) + " governs.");
        }
    }

    private static void sharing(Facts facts, List<String> says) {
        String platform = facts.platform();
        if (facts.has("data.sale", "sells")) {
            says.add(platform + " may sell personal data.");
        } else if (facts.has("data.sale", "does-not-sell")) {
            says.add(platform + " says it does not sell personal data.");
        }
        if (facts.has(Names.RECIPIENTS)) {
            says.add(platform + " may share data with " + facts.phrases(Names.RECIPIENTS) + ".");
        }
    }
}
