package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Optional;

/**
 * Training on user data, read sentence by sentence: whether the provider uses the user's data to train models, says it
 * does not, does so only with consent, or only on data the user chooses to give or a setting allows; which data; and
 * the limits stated with it. A statement of how models are trained in general, or on public data only, is not about
 * the user's data; a rule that the user may not train models on the service is a restriction on the user.
 */
final class TrainingReading {
    static final String USES = "uses";
    static final String DOES_NOT_USE = "does-not-use";
    static final String WITH_CONSENT = "with-consent";
    static final String CONDITIONAL = "conditional";
    private static final java.util.regex.Pattern ENABLING = java.util.regex.Pattern.compile(
            "(?:if|when)\\s+you\\s+(?:explicitly\\s+)?(?:enable|turn\\s+on|activate|switch\\s+on)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "never used as training data when privacy mode is enabled": a setting the user turns on stops the training. */
    private static final java.util.regex.Pattern SETTING_ENABLED = java.util.regex.Pattern.compile(
            "\\b(?:if|when|while|once)\\s+(?:the\\s+|your\\s+)?(?:[\\w\"“”'-]+\\s+){0,3}?(?:mode|setting|option|toggle)"
                    + "\\s+is\\s+(?:enabled|on|turned\\s+on|switched\\s+on|active)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "If Keep Activity is off …, Google also does not use your future chats to improve its AI models": a setting the
     * user turns off stops the training, so with it on (as it is unless the user acts) the data trains models.
     */
    private static final java.util.regex.Pattern SETTING_OFF = java.util.regex.Pattern.compile(
            settingIs("(?:off|disabled|turned\\s+off|switched\\s+off)"), java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "If Keep Activity is on, transcripts of your Live chats are used to improve Google services, including AI models":
     * a use that lasts while a setting is on, which the user can turn off.
     */
    private static final java.util.regex.Pattern SETTING_ON = java.util.regex.Pattern.compile(
            settingIs("(?:on|enabled|turned\\s+on|switched\\s+on)"), java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "If you choose to keep Privacy Mode off": the state the user keeps is the default. */
    private static final java.util.regex.Pattern KEEPS_DEFAULT =
            java.util.regex.Pattern.compile("\\b(?:keep|leave)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A sentence that continues the one before: "This is done only when these interests are not overridden …". */
    private static final java.util.regex.Pattern FOLLOW_UP = java.util.regex.Pattern.compile(
            "^\\W*(?:this|that|such|these)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "a trained model", "once the models have been trained": the state of a model, not a use of anyone's data. */
    private static final java.util.regex.Pattern TRAINED_STATE = java.util.regex.Pattern.compile(
            "\\b(?:a|the|any|our|its|their)\\s+(?:[\\w-]+\\s+)?trained\\s+models?\\b"
                    + "|\\bmodels?\\s+(?:have|has)\\s+been\\s+trained\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * How models are taught, not what they are taught on: "principles … to guide the training of the Claude LLMs",
     * "guidance given by people who help train the models", the "Model Principles and Training Methods Explanation"
     * published "to clarify the foundation model's training process".
     */
    private static final java.util.regex.Pattern METHOD =
            java.util.regex.Pattern.compile("(?i:\\bguide\\s+the\\s+training\\b"
                    + "|\\b(?:people|humans|reviewers|trainers|annotators|contractors)\\s+who\\s+help\\s+train\\b"
                    + "|\\b(?:explain|clarify|describe|understand)\\w*\\s+(?:[\\w'’-]+\\s+){0,4}?training\\s+"
                    + "(?:process|methods?)\\b)"
                    // a title in quotes: "Training" with a capital is a name, not a statement
                    + "|[\"“][^\"“”]{0,80}\\bTraining\\b[^\"“”]{0,80}[\"”]");

    /**
     * "by training the model to follow certain principles": teaching a model a behaviour; with none of the user's
     * things named ("your …") and no use stated ("we may use the data … to train our models to follow …"), the
     * sentence speaks of the method, not of whose data it is trained on.
     */
    private static final java.util.regex.Pattern BEHAVIOUR = java.util.regex.Pattern.compile(
            "\\btrain(?:s|ing)?\\s+(?:the|our|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:models?|LLMs?)\\s+to\\s+"
                    + "(?:not\\s+|follow|avoid|refuse|respect|behave|be\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** '"Dataset" refers to a … collection of data samples used to train …': a definition states no use. */
    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
            "^\\W*[\\w’'-]+(?:\\s+[\\w’'-]+){0,4}\\**[\"”]\\**\\s+(?:refers\\s+to|means|shall\\s+mean|is\\s+defined\\s+as)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "may be used for these purposes": a use whose purposes the sentence before names. */
    private static final java.util.regex.Pattern THESE_PURPOSES = java.util.regex.Pattern.compile(
            "\\b(?:used|use|using|processed)\\s+(?:\\w+\\s+){0,2}?for\\s+(?:these|those|such)\\s+purposes\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The first words of an item of a list of purposes: "To improve the Services …", "maintaining and improving our
     * Services …", "Training our models …".
     */
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile(
            "^\\W*(?:to\\s+)?(?:improv|develop|maintain|provid|operat|enhanc|research|conduct|build|creat|train"
                    + "|personali[sz])\\w*\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The provider's own service or models: "our models", "we train", "the Services". */
    private static final java.util.regex.Pattern PROVIDERS_OWN = java.util.regex.Pattern.compile(
            "\\b(?:our|we)\\b|\\bthe\\s+services?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private TrainingReading() {}

    /** "If Keep Activity is {@code state}", "while your … setting is {@code state}": a named setting in a state. */
    private static String settingIs(String state) {
        return "\\b(?:if|when|while|once|as\\s+long\\s+as)\\s+(?:the\\s+|your\\s+)?(?:[\\w\"“”'-]+\\s+){1,3}?(?:is|are)\\s+"
                + state + "\\b";
    }

    /** Reads every sentence, and takes the limits of a sentence that continues a training statement with it. */
    static void read(List<Sentence> sentences, List<Attribute> found) {
        boolean previousTrains = false;
        Sentence previous = null;
        Sentence beforePrevious = null;
        for (Sentence sentence : sentences) {
            int before = found.size();
            read(sentence, found);
            boolean trains = found.subList(before, found.size()).stream()
                    .anyMatch(a -> a.name().equals(Names.TRAINING_USE));
            if (!trains && previous != null) {
                trains = forThesePurposes(previous, sentence, found);
            }
            if (!trains && previousTrains && FOLLOW_UP.matcher(sentence.words()).find()) {
                Conditions.read(sentence, Names.TRAINING_CONDITION, found);
            }
            if (trains && previous != null && sentence.has(Cue.BACK_REFERENCE)) {
                setting(previous, found, before);
                if (beforePrevious != null) {
                    setting(beforePrevious, found, before);
                }
            }
            previousTrains = trains;
            beforePrevious = previous;
            previous = sentence;
        }
    }

    /**
     * "Training our models can involve a number of separate stages … Any of the personal information described in
     * Section 3 may be used for these purposes": the user's data used for the purposes the sentence before names, when
     * that sentence speaks of training.
     */
    private static boolean forThesePurposes(Sentence previous, Sentence sentence, List<Attribute> found) {
        java.util.regex.Matcher purposes =
                THESE_PURPOSES.matcher(sentence.text()).region(sentence.start(), sentence.end());
        if (!purposes.find() || statements(previous).isEmpty()) {
            return false;
        }
        List<Lexicon.Hit> data = userData(sentence);
        if (data.isEmpty() || !aboutUserData(sentence, data, false)) {
            return false;
        }
        boolean denied = sentence.negatedBefore(purposes.start());
        found.add(
                sentence.attribute(Names.TRAINING_USE, denied ? DOES_NOT_USE : USES, sentence.start(), purposes.end()));
        for (Lexicon.Hit hit : data) {
            found.add(sentence.attribute(Names.TRAINING_DATA, hit.value(), hit));
        }
        return true;
    }

    /**
     * "If your settings allow it, we collect … We use this data to improve our AI": the use of "this data" depends on
     * the setting the sentence before names, so an unconditional use becomes conditional on it. "If you choose to keep
     * Privacy Mode off, we collect …" names the default the user keeps: the use stands, with a way to opt out.
     */
    private static void setting(Sentence previous, List<Attribute> found, int from) {
        List<Lexicon.Hit> settings = previous.hits(Cue.TRAINING_CONDITIONAL).stream()
                .filter(hit -> hit.value().equals("setting"))
                .toList();
        if (settings.isEmpty()) {
            return;
        }
        Lexicon.Hit setting = settings.get(0);
        if (KEEPS_DEFAULT
                .matcher(previous.text().substring(setting.start(), setting.end()))
                .find()) {
            boolean uses = found.subList(from, found.size()).stream()
                    .anyMatch(a ->
                            a.name().equals(Names.TRAINING_USE) && a.value().equals(USES));
            if (uses) {
                found.add(previous.attribute(Names.TRAINING_OPT_OUT, "available", setting));
                found.add(previous.attribute(
                        Names.TRAINING_CONDITION,
                        Conditions.normalise(previous.text().substring(setting.start(), setting.end())),
                        setting));
            }
            return;
        }
        for (int i = from; i < found.size(); i++) {
            Attribute use = found.get(i);
            if (use.name().equals(Names.TRAINING_USE) && use.value().equals(USES)) {
                found.set(i, new Attribute(Names.TRAINING_USE, CONDITIONAL, use.evidence(), use.start(), use.end()));
                found.add(previous.attribute(Names.TRAINING_ONLY, "setting", settings.get(0)));
                found.add(previous.attribute(
                        Names.TRAINING_CONDITION,
                        Conditions.normalise(previous.text()
                                .substring(
                                        settings.get(0).start(), settings.get(0).end())),
                        settings.get(0)));
                return;
            }
        }
    }

    static void read(Sentence sentence, List<Attribute> found) {
        List<Lexicon.Hit> trainings = statements(sentence);
        if (trainings.isEmpty()) {
            trainings = promisedImprovement(sentence);
        }
        // A question ("Can we train models …?") states nothing.
        if (trainings.isEmpty() || sentence.words().stripTrailing().endsWith("?")) {
            return;
        }
        Lexicon.Hit training = trainings.get(0);
        int clause = sentence.clauseStart(training.start());
        if (sentence.lexicon().any(Cue.POINTER, sentence.text(), sentence.start(), training.end())) {
            return;
        }
        if (restrictsUser(sentence, training)) {
            found.add(sentence.attribute(Names.TRAINING_RESTRICTION, "prohibited", clause, training.end()));
            return;
        }
        if (sentence.lexicon().any(Cue.USER_PERMISSION, sentence.text(), sentence.start(), training.start())) {
            return;
        }
        List<Lexicon.Hit> data = userData(sentence);
        if (!aboutUserData(sentence, data, sentence.negatedBefore(training.start())) && !listedPurpose(sentence)) {
            return;
        }
        Attribute use = use(sentence, clause, training, data);
        found.add(use);
        stoppedBySetting(sentence, training)
                .or(() -> stoppedBySettingOff(sentence, training))
                .or(() -> whileSettingOn(sentence, training, use))
                .ifPresent(setting -> found.add(sentence.attribute(Names.TRAINING_OPT_OUT, "available", setting)));
        if (use.value().equals(CONDITIONAL)) {
            for (Lexicon.Hit hit : sentence.hits(Cue.TRAINING_CONDITIONAL)) {
                found.add(sentence.attribute(Names.TRAINING_ONLY, hit.value(), hit));
            }
        }
        for (Lexicon.Hit hit : data) {
            found.add(sentence.attribute(Names.TRAINING_DATA, hit.value(), hit));
        }
        Conditions.read(sentence, Names.TRAINING_CONDITION, found);
    }

    /** The training cues of a sentence that speak of training, not of a trained model's state or a defined term. */
    private static List<Lexicon.Hit> statements(Sentence sentence) {
        List<Lexicon.Hit> trainings = sentence.hits(Cue.TRAINING);
        if (trainings.isEmpty()) {
            return trainings;
        }
        if (DEFINITION.matcher(sentence.words()).lookingAt()) {
            return List.of();
        }
        List<int[]> states = new java.util.ArrayList<>();
        spans(TRAINED_STATE, sentence, states);
        spans(METHOD, sentence, states);
        if (!sentence.has(Cue.POSSESSIVE) && !sentence.has(Cue.PROVIDER_USE)) {
            spans(BEHAVIOUR, sentence, states);
        }
        return trainings.stream()
                .filter(hit -> states.stream().noneMatch(s -> hit.start() < s[1] && s[0] < hit.end()))
                .toList();
    }

    private static void spans(java.util.regex.Pattern pattern, Sentence sentence, List<int[]> spans) {
        java.util.regex.Matcher matcher = pattern.matcher(sentence.text()).region(sentence.start(), sentence.end());
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
    }

    /** "We will not use Customer Content to develop or improve the Services, unless Customer explicitly agrees". */
    private static List<Lexicon.Hit> promisedImprovement(Sentence sentence) {
        List<Lexicon.Hit> improvements = sentence.hits(Cue.SERVICE_IMPROVEMENT);
        if (improvements.isEmpty()
                || !sentence.negatedBefore(improvements.get(0).start())
                || !sentence.has(Cue.CONSENT)) {
            return List.of();
        }
        return improvements;
    }

    /**
     * "You may not use Output to train …", a prohibited act in a list ("(ix) … training … of any machine learning
     * model" under "You will not:"), or training of models that compete with the provider.
     */
    private static boolean restrictsUser(Sentence sentence, Lexicon.Hit training) {
        Lexicon lexicon = sentence.lexicon();
        if (lexicon.any(Cue.USER_RESTRICTION, sentence.text(), sentence.start(), training.start())) {
            return true;
        }
        // "You may apply the Inputs and Outputs … to training other models (such as model distillation)" permits
        if (lexicon.any(Cue.USER_PERMISSION, sentence.text(), sentence.start(), training.start())) {
            return false;
        }
        if (sentence.has(Cue.COMPETING)) {
            return true;
        }
        return sentence.lead().filter(lead -> lead.has(Cue.USER_RESTRICTION)).isPresent();
    }

    /**
     * The data a training statement speaks of: the user's (inputs, conversations, "information we collect"), as
     * opposed to public or licensed data only, or no data at all in a description of how models learn.
     */
    private static List<Lexicon.Hit> userData(Sentence sentence) {
        return sentence.hits(Cue.USER_DATA).stream()
                .filter(hit -> !hit.value().equals("public-data"))
                .toList();
    }

    private static boolean aboutUserData(Sentence sentence, List<Lexicon.Hit> data, boolean denied) {
        if (data.isEmpty()) {
            // "Your acceptance … may help train our suggestion engine", "we process data … to develop machine learning
            // technologies": the provider's use of something of the user's, even where no data kind is named; a
            // denial ("we do not train our models on any data accessed from apps") needs only the data it names.
            boolean named = sentence.has(Cue.POSSESSIVE) || sentence.has(Cue.GENERIC_DATA);
            return named && (denied || sentence.has(Cue.PROVIDER_USE)) && !sentence.has(Cue.NON_USER_DATA);
        }
        boolean personalOnly = data.stream().allMatch(hit -> hit.value().equals("personal-data"));
        // "training data … may include personal information", "we do not actively seek out personal information to
        // train our models": personal data found on the web, not the user's data, unless the sentence says whose.
        return !(personalOnly && (sentence.has(Cue.NON_USER_DATA) || denied && !sentence.has(Cue.POSSESSIVE)));
    }

    /**
     * "* To improve the Services and conduct research, including training our models", "* maintaining and improving our
     * Services, including when we train and fine-tune our LLM": an item of a list of purposes whose lead-in ("We use
     * your personal data for the following purposes:") stood in the paragraph before. The item names no data, yet
     * what the list's lead-in uses is the user's: the provider's own training is one of its uses. An item that names
     * data not the user's ("public data") stays unread.
     */
    private static boolean listedPurpose(Sentence sentence) {
        return sentence.orphanItem()
                && PURPOSE.matcher(sentence.words()).lookingAt()
                && PROVIDERS_OWN.matcher(sentence.words()).find()
                && !sentence.has(Cue.USER_DATA)
                && !sentence.has(Cue.NON_USER_DATA);
    }

    private static Attribute use(Sentence sentence, int clause, Lexicon.Hit training, List<Lexicon.Hit> data) {
        Optional<Lexicon.Hit> off = stoppedBySettingOff(sentence, training);
        if (off.isPresent()) {
            return span(sentence, USES, clause, training, off.orElseThrow());
        }
        List<Lexicon.Hit> consents = sentence.hits(Cue.CONSENT);
        // data still used after an opt-out ("even if you opt out, flagged content is used") is an exception to the
        // opt-out, not a condition on the use
        List<Lexicon.Hit> conditions =
                sentence.has(Cue.OPT_OUT_EXCEPTION) ? List.of() : sentence.hits(Cue.TRAINING_CONDITIONAL);
        boolean denied = sentence.negatedBefore(training.start()) || dataDenied(sentence, data);
        if (!conditions.isEmpty() && (denied || consents.isEmpty() || conditions.size() > 1)) {
            Lexicon.Hit condition = conditions.get(0);
            return span(sentence, CONDITIONAL, clause, training, condition);
        }
        if (!consents.isEmpty()) {
            Optional<Lexicon.Hit> setting = stoppedBySetting(sentence, training);
            if (setting.isPresent()) {
                return span(sentence, DOES_NOT_USE, clause, training, setting.orElseThrow());
            }
            return span(sentence, WITH_CONSENT, clause, training, consents.get(0));
        }
        return sentence.attribute(Names.TRAINING_USE, denied ? DOES_NOT_USE : USES, clause, training.end());
    }

    /**
     * "If you enable Privacy Mode, none of your code will ever be trained on", "never used as training data when
     * privacy mode is enabled": what the user turns on stops the training — the provision denies training of the data
     * it names under that setting, and the setting is a way to opt out; not consent ("if you enable X, we may train"
     * is).
     */
    private static Optional<Lexicon.Hit> stoppedBySetting(Sentence sentence, Lexicon.Hit training) {
        if (!sentence.negatedBefore(training.start())) {
            return Optional.empty();
        }
        Optional<Lexicon.Hit> enabling = sentence.hits(Cue.CONSENT).stream()
                .filter(hit -> hit.start() < training.start())
                .filter(hit -> ENABLING.matcher(sentence.text().substring(hit.start(), hit.end()))
                        .lookingAt())
                .findFirst();
        if (enabling.isPresent()) {
            return enabling;
        }
        return sentence.first(SETTING_ENABLED, "setting", sentence.start(), sentence.end());
    }

    /** "… not on your private messages": a denial just before the data it denies, after the training it speaks of. */
    private static final java.util.regex.Pattern NOT_ON = java.util.regex.Pattern.compile(
            "\\bnot\\s+(?:on|from|with|using)?\\s*(?:your|any|the)?\\s*(?:[\\w-]+\\s+){0,2}$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "We train our models on publicly available data and licensed datasets, not on your private messages": every
     * piece of the user's data the sentence names is denied where it is named, so the training it states is not on
     * the user's data.
     */
    private static boolean dataDenied(Sentence sentence, List<Lexicon.Hit> data) {
        return !data.isEmpty()
                && data.stream()
                        .allMatch(hit ->
                                sentence.finds(NOT_ON, Math.max(sentence.start(), hit.start() - 40), hit.start()));
    }

    /** A use that holds while a setting is on, before the training it conditions: the setting is a way to opt out. */
    private static Optional<Lexicon.Hit> whileSettingOn(Sentence sentence, Lexicon.Hit training, Attribute use) {
        if (!use.value().equals(USES)) {
            return Optional.empty();
        }
        return settingBefore(SETTING_ON, sentence, training);
    }

    /** The setting in the given state named before the training cue, as the hit of a setting. */
    private static Optional<Lexicon.Hit> settingBefore(
            java.util.regex.Pattern state, Sentence sentence, Lexicon.Hit training) {
        return sentence.first(state, "setting", sentence.start(), training.start());
    }

    /** A denial that holds once the user turns a setting off: training by default, with a way to opt out. */
    private static Optional<Lexicon.Hit> stoppedBySettingOff(Sentence sentence, Lexicon.Hit training) {
        if (!sentence.negatedBefore(training.start())) {
            return Optional.empty();
        }
        return settingBefore(SETTING_OFF, sentence, training);
    }

    private static Attribute span(
            Sentence sentence, String value, int clause, Lexicon.Hit training, Lexicon.Hit qualifier) {
        int from = Math.min(clause, qualifier.start());
        return sentence.attribute(Names.TRAINING_USE, value, from, Math.max(training.end(), qualifier.end()));
    }
}
