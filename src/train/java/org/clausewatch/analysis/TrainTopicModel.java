package org.clausewatch.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;

/**
 * The one reproducible command that trains the committed topic model: reads ToS;DR points (mapped to topics by
 * {@code tosdr-topics.tsv}) and UNFAIR-ToS training sentences (mapped by {@code unfair-topics.tsv}) from the
 * corpus, trains on the training services only, scores the held-out services, and writes the model file with its
 * provenance and those figures inside. Arguments: {@code [corpus folder] [model file]}.
 */
public final class TrainTopicModel {
    static final String DEFAULT_CORPUS = "../shared/corpus";
    static final String DEFAULT_MODEL = "src/main/resources/org/clausewatch/analysis/" + TopicClassifier.MODEL;
    static final String COMMAND =
            "mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp "
                    + "target/test-classes:target/classes:$(cat target/cp.txt) org.clausewatch.analysis.TrainTopicModel";

    private TrainTopicModel() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : DEFAULT_CORPUS);
        Path model = Path.of(args.length > 1 ? args[1] : DEFAULT_MODEL);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(train(corpus, model, out::println));
    }

    /** Trains, writes {@code model}, and returns the provenance written into it (including held-out figures). */
    static String train(Path corpus, Path model, Consumer<String> log) throws IOException {
        Taxonomy taxonomy = Taxonomy.load();
        TopicCorpus data = TopicCorpus.read(corpus, taxonomy);
        log.accept(data.summary());
        List<String> ids = taxonomy.topics().stream().map(Topic::id).toList();
        TopicModel trained = new TopicTrainer(log).train(data.training(), ids, "");
        // Score the model as it will be read back (weights quantised), then store it with its figures.
        TopicModel reloaded = reload(trained, taxonomy);
        TopicCues cues = TopicCues.load(taxonomy);
        String figures = heldOutFigures(new TopicClassifier(taxonomy, cues, reloaded), data.heldOut());
        String provenance = provenance(data, reloaded, figures);
        TopicModel committed = reloaded.withProvenance(provenance);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (OutputStream target = Files.newOutputStream(model)) {
            committed.write(target);
        }
        log.accept("wrote " + model + " (" + Files.size(model) + " bytes)");
        return provenance;
    }

    private static TopicModel reload(TopicModel model, Taxonomy taxonomy) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return TopicModel.read(
                new ByteArrayInputStream(bytes.toByteArray()), "trained model", TopicCues.topicIds(taxonomy));
    }

    private static String heldOutFigures(TopicClassifier classifier, List<TopicExample> heldOut) {
        Set<String> present = new TreeSet<>(TopicClassifier.TAXONOMY_ORDER);
        heldOut.forEach(example -> present.addAll(example.topics()));
        List<String> topics = List.copyOf(present);
        TopicScores combined = new TopicScores(topics);
        for (TopicExample example : heldOut) {
            Set<String> predicted = new HashSet<>();
            classifier.classify(example.text()).forEach(label -> predicted.add(label.code()));
            combined.add(example.topics(), predicted);
        }
        return combined.table();
    }

    private static String provenance(TopicCorpus data, TopicModel model, String figures) {
        return "ClauseWatch topic model (" + TopicModel.MAGIC + " format " + TopicModel.FORMAT + ")\n"
                + "Datasets: ToS;DR points, January 2021 snapshot (tosdr.org), licence CC BY-SA 3.0 -- this model is"
                + " a derived work and is distributed under CC BY-SA 3.0 with attribution to ToS;DR;"
                + " LexGLUE UNFAIR-ToS training split (Chalkidis et al. 2022; CLAUDETTE, Lippi et al. 2019),"
                + " licence CC BY 4.0.\n"
                + "Mappings: tosdr-topics.tsv (ToS;DR case -> topics), unfair-topics.tsv (UNFAIR-ToS kind ->"
                + " topics).\n"
                + "Examples: " + data.summary() + ".\n"
                + "Modelled topics: " + String.join(" ", model.topics()) + " (others: cues only).\n"
                + "Settings: hashed word 1-3-grams and character 3-5-grams kept when in >= "
                + TopicTrainer.MIN_DOCUMENTS + " examples; linear SVM cost " + TopicTrainer.COST + ", positive boost "
                + TopicTrainer.POSITIVE_BOOST + ", seed " + TopicTrainer.SEED + "; logistic calibration on "
                + TopicTrainer.FOLDS + "-fold out-of-fold margins (folds by service).\n"
                + "Command: " + COMMAND + " [corpus folder] [model file]\n"
                + "Held-out ToS;DR services (one in " + TopicCorpus.HELD_OUT_ONE_IN
                + " by name hash), cues and model combined:\n" + figures;
    }
}
