package org.clausewatch.analysis.attribute;

import java.util.List;

/** What a provision says about training AI models: on whose data, on which terms, and how a user opts out. */
final class TrainingProse {
    private TrainingProse() {}

    static void write(Facts facts, List<String> says) {
        stance(facts, says);
        optOut(facts, says);
        if (facts.has(Names.TRAINING_RESTRICTION)) {
            says.add("You may not use " + facts.platform() + "'s service or its output to train AI models"
                    + " (a rule on you, not a use of your data).");
        }
    }

    private static void stance(Facts facts, List<String> says) {
        List<String> stances = facts.values(Names.TRAINING_USE);
        if (stances.isEmpty()) {
            return;
        }
        String platform = facts.platform();
        String data = facts.has(Names.TRAINING_DATA) ? facts.phrases(Names.TRAINING_DATA) : "your data";
        if (stances.contains(TrainingReading.USES)) {
            says.add(platform + " uses " + data + " to train its AI models.");
        } else if (stances.contains(TrainingReading.CONDITIONAL)) {
            says.add(conditional(facts, data));
        } else if (stances.contains(TrainingReading.WITH_CONSENT)) {
            says.add(platform + " trains its AI models on " + data + " only if you agree.");
        }
        if (stances.contains(TrainingReading.DOES_NOT_USE)) {
            String also = stances.size() > 1
                    ? "It also says it does not use some data"
                    : platform + " says it does not use " + data;
            says.add(also + " to train its AI models.");
        }
        // a limit already said of the licence that states the training is not said twice
        facts.values(Names.TRAINING_CONDITION).stream()
                .filter(limit -> !facts.has(Names.LICENCE_CONDITION, limit))
                .forEach(limit -> says.add(Conditions.sentence(limit)));
    }

    private static String conditional(Facts facts, String data) {
        String platform = facts.platform();
        if (facts.has(Names.TRAINING_ONLY, "setting")) {
            return "Whether " + platform + " trains its AI models on " + data + " depends on a setting.";
        }
        if (facts.has(Names.TRAINING_ONLY, "limited-data")) {
            return platform + " trains its AI models on some of your data only, such as flagged or reported content.";
        }
        return platform + " trains its AI models only on data you choose to give it, such as feedback or reports.";
    }

    private static void optOut(Facts facts, List<String> says) {
        List<String> optOuts = facts.values(Names.TRAINING_OPT_OUT);
        boolean uses = facts.has(Names.TRAINING_USE, TrainingReading.USES);
        if (optOuts.contains("not-available")) {
            says.add("It says you cannot opt out.");
        } else if (optOuts.contains("has-exceptions")) {
            says.add("You can opt out, but some of your data is still used after you do.");
        } else if (optOuts.contains("available")) {
            String route =
                    facts.has(Names.TRAINING_OPT_OUT_ROUTE) ? " " + facts.phrases(Names.TRAINING_OPT_OUT_ROUTE) : "";
            says.add("You can opt out" + route + ".");
        } else if (uses) {
            says.add("This provision names no way to opt out.");
        }
    }
}
