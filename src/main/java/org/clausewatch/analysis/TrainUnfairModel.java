package org.clausewatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * The one reproducible command that trains the committed unfair-clause model: reads UNFAIR-ToS from the corpus,
 * trains on the training split only, writes the model file, reloads it and prints its validation scores.
 * Arguments: {@code [corpus folder] [model file]}, by default {@code ../shared/corpus} and the resource path.
 */
public final class TrainUnfairModel {
    static final String DEFAULT_CORPUS = "../shared/corpus";
    static final String DEFAULT_MODEL = "src/main/resources/org/clausewatch/analysis/" + UnfairClauseClassifier.MODEL;

    private TrainUnfairModel() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : DEFAULT_CORPUS);
        Path model = Path.of(args.length > 1 ? args[1] : DEFAULT_MODEL);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        UnfairScores scores = train(corpus, model, out::println);
        out.print(scores.table());
    }

    /** Trains, writes {@code model}, and returns the reloaded model's scores on the validation split. */
    public static UnfairScores train(Path corpus, Path model, java.util.function.Consumer<String> log)
            throws IOException {
        Path folder = corpus.resolve("labelled/unfair-tos");
        List<LabelledSentence> train = UnfairTosCorpus.read(folder.resolve("train.jsonl"));
        UnfairModel trained = new UnfairTrainer(log).train(train);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (OutputStream target = Files.newOutputStream(model)) {
            trained.write(target);
        }
        log.accept("wrote " + model + " (" + Files.size(model) + " bytes)");
        UnfairModel reloaded;
        try (InputStream source = Files.newInputStream(model)) {
            reloaded = UnfairModel.read(source, model.toString());
        }
        return evaluate(new UnfairClauseClassifier(reloaded), UnfairTosCorpus.read(folder.resolve("validation.jsonl")));
    }

    /** Scores {@code classifier} on labelled sentences. */
    public static UnfairScores evaluate(UnfairClauseClassifier classifier, List<LabelledSentence> sentences) {
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
