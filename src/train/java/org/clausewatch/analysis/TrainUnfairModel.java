package org.clausewatch.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one reproducible command that trains the committed unfair-clause model. It first trains on the training split
 * alone and scores that model, written and reloaded, on the validation split it never saw: the reported validation
 * figure. Then, the method being fixed, it trains the same way on both splits (40 companies instead of 30) and
 * writes that model, which is the one ClauseWatch ships: unseen companies are better served by more companies.
 * Arguments: {@code [corpus folder] [model file] [--train-only]}, by default {@code ../shared/corpus} and the
 * resource path; {@code --train-only} writes the training-split model instead.
 *
 * <p>Experiments: {@code --cross-validate} (training split) or {@code --cross-validate-all} (both splits) only prints
 * the cross-validated figure and writes nothing; {@code --min-companies N} and {@code --mask-provider-names} vary the
 * recipe ({@link UnfairRecipe}).
 */
public final class TrainUnfairModel {
    static final String DEFAULT_CORPUS = "../shared/corpus";
    static final String DEFAULT_MODEL = "src/main/resources/org/clausewatch/analysis/" + UnfairClauseClassifier.MODEL;
    static final String TRAIN_ONLY = "--train-only";
    static final String CROSS_VALIDATE = "--cross-validate";
    static final String CROSS_VALIDATE_ALL = "--cross-validate-all";
    static final String MIN_COMPANIES = "--min-companies";
    static final String MASK_PROVIDER_NAMES = "--mask-provider-names";
    private static final List<String> FLAGS =
            List.of(TRAIN_ONLY, CROSS_VALIDATE, CROSS_VALIDATE_ALL, MASK_PROVIDER_NAMES);

    private TrainUnfairModel() {}

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>(List.of(args));
        UnfairRecipe recipe = recipe(positional);
        List<String> flags = new ArrayList<>();
        for (String arg : List.copyOf(positional)) {
            if (arg.startsWith("--")) {
                if (!FLAGS.contains(arg)) {
                    throw new IllegalArgumentException("unknown option '" + arg + "' (known: "
                            + String.join(", ", FLAGS) + ", " + MIN_COMPANIES + " N)");
                }
                flags.add(arg);
                positional.remove(arg);
            }
        }
        Path corpus = Path.of(!positional.isEmpty() ? positional.get(0) : DEFAULT_CORPUS);
        Path model = Path.of(positional.size() > 1 ? positional.get(1) : DEFAULT_MODEL);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (flags.contains(CROSS_VALIDATE) || flags.contains(CROSS_VALIDATE_ALL)) {
            crossValidate(corpus, recipe, flags.contains(CROSS_VALIDATE_ALL), out::println);
            return;
        }
        if (!recipe.equals(UnfairRecipe.COMMITTED)) {
            throw new IllegalArgumentException("a recipe other than the committed one (" + recipe
                    + ") is for experiments: add " + CROSS_VALIDATE + " or " + CROSS_VALIDATE_ALL);
        }
        UnfairScores scores = flags.contains(TRAIN_ONLY)
                ? trainOnly(corpus, model, out::println)
                : train(corpus, model, out::println);
        out.println("validation split, model trained on the training split only:");
        out.print(scores.table());
    }

    /** The recipe the arguments ask for, removing its options from {@code args}. */
    private static UnfairRecipe recipe(List<String> args) {
        int minCompanies = UnfairRecipe.COMMITTED.minCompanies();
        int at = args.indexOf(MIN_COMPANIES);
        if (at >= 0) {
            if (at + 1 >= args.size() || !args.get(at + 1).matches("\\d{1,3}")) {
                throw new IllegalArgumentException(MIN_COMPANIES + " needs a number, got "
                        + (at + 1 < args.size() ? "'" + args.get(at + 1) + "'" : "nothing"));
            }
            minCompanies = Integer.parseInt(args.get(at + 1));
            args.subList(at, at + 2).clear();
        }
        boolean mask = args.remove(MASK_PROVIDER_NAMES) || UnfairRecipe.COMMITTED.maskProviderNames();
        return new UnfairRecipe(minCompanies, mask);
    }

    /**
     * Prints the cross-validated figure of {@code recipe} on the training split (30 companies), or on both splits
     * (40 companies), and writes nothing: how recipe experiments are judged without looking at validation.
     */
    static void crossValidate(Path corpus, UnfairRecipe recipe, boolean bothSplits, Consumer<String> log)
            throws IOException {
        Splits splits = Splits.read(corpus);
        List<LabelledSentence> sentences = new ArrayList<>(splits.train());
        if (bothSplits) {
            sentences.addAll(splits.validation());
        }
        new UnfairTrainer(log, recipe).train(sentences);
    }

    /**
     * Trains on the training split, scores that model on validation, then trains on both splits and writes that
     * model to {@code model}. Returns the validation scores of the training-split model, which never saw validation.
     */
    static UnfairScores train(Path corpus, Path model, Consumer<String> log) throws IOException {
        Splits splits = Splits.read(corpus);
        log.accept("== training split only (" + companies(splits.train()) + " companies), scored on validation");
        UnfairScores scores = validate(new UnfairTrainer(log).train(splits.train()), splits.validation());
        List<LabelledSentence> both = new ArrayList<>(splits.train());
        both.addAll(splits.validation());
        log.accept("== training and validation splits (" + companies(both) + " companies): the committed model");
        write(new UnfairTrainer(log).train(both), model, log);
        return scores;
    }

    /** Trains on the training split only, writes that model and returns its validation scores. */
    static UnfairScores trainOnly(Path corpus, Path model, Consumer<String> log) throws IOException {
        Splits splits = Splits.read(corpus);
        UnfairModel trained = new UnfairTrainer(log).train(splits.train());
        write(trained, model, log);
        return validate(trained, splits.validation());
    }

    /** The two labelled splits of UNFAIR-ToS in the corpus. */
    private record Splits(List<LabelledSentence> train, List<LabelledSentence> validation) {
        static Splits read(Path corpus) throws IOException {
            Path folder = corpus.resolve("labelled/unfair-tos");
            return new Splits(
                    UnfairTosCorpus.read(folder.resolve("train.jsonl")),
                    UnfairTosCorpus.read(folder.resolve("validation.jsonl")));
        }
    }

    private static long companies(List<LabelledSentence> sentences) {
        return sentences.stream().map(LabelledSentence::company).distinct().count();
    }

    private static void write(UnfairModel trained, Path model, Consumer<String> log) throws IOException {
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (OutputStream target = Files.newOutputStream(model)) {
            trained.write(target);
        }
        log.accept("wrote " + model + " (" + Files.size(model) + " bytes)");
    }

    /** Scores the model as it would be read back from its file (weights quantised), not as it sits in memory. */
    private static UnfairScores validate(UnfairModel trained, List<LabelledSentence> validation) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.write(bytes);
        UnfairModel reloaded;
        try (InputStream source = new ByteArrayInputStream(bytes.toByteArray())) {
            reloaded = UnfairModel.read(source, "the training-split model");
        }
        return evaluate(new UnfairClauseClassifier(reloaded), validation);
    }

    /** Scores {@code classifier} on labelled sentences. */
    static UnfairScores evaluate(UnfairClauseClassifier classifier, List<LabelledSentence> sentences) {
        UnfairScores scores = new UnfairScores();
        for (LabelledSentence sentence : sentences) {
            List<UnfairKind> predicted = classifier.kinds(sentence.text());
            scores.add(
                    sentence.kinds(),
                    predicted.isEmpty() ? EnumSet.noneOf(UnfairKind.class) : EnumSet.copyOf(predicted));
        }
        return scores;
    }
}
