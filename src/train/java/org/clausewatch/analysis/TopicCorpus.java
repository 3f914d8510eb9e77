package org.clausewatch.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.knowledge.Taxonomy;

/**
 * The topic-labelled examples drawn from the shared corpus: ToS;DR points of mapped cases (split by service into
 * training and held-out services) and UNFAIR-ToS training sentences that carry a kind mapped to a topic.
 */
final class TopicCorpus {
    /** One service in this many is held out of training (by the service name's Java hash, so the split is fixed). */
    static final int HELD_OUT_ONE_IN = 5;

    private final List<TopicExample> training = new ArrayList<>();
    private final List<TopicExample> heldOut = new ArrayList<>();
    private int tosdrTraining;
    private int unfairTraining;

    private TopicCorpus() {}

    static TopicCorpus read(Path corpus, Taxonomy taxonomy) throws IOException {
        TopicCorpus data = new TopicCorpus();
        CaseTopics cases = CaseTopics.load(CaseTopics.TOSDR, taxonomy);
        for (TosdrPoint point : TosdrPoints.read(corpus.resolve("labelled/tosdr-points/points.csv"))) {
            Optional<List<String>> topics = cases.topics(point.caseTitle());
            if (topics.isPresent()) {
                TopicExample example = new TopicExample(point.quote(), Set.copyOf(topics.get()), point.service());
                if (heldOut(point.service())) {
                    data.heldOut.add(example);
                } else {
                    data.training.add(example);
                    data.tosdrTraining++;
                }
            }
        }
        CaseTopics kinds = CaseTopics.load(CaseTopics.UNFAIR, taxonomy);
        for (LabelledSentence sentence : UnfairTosCorpus.read(corpus.resolve("labelled/unfair-tos/train.jsonl"))) {
            Set<String> topics = new LinkedHashSet<>();
            sentence.kinds().forEach(kind -> kinds.topics(kind.name()).ifPresent(topics::addAll));
            if (!topics.isEmpty()) {
                data.training.add(new TopicExample(sentence.text(), topics, "unfair-tos:" + sentence.company()));
                data.unfairTraining++;
            }
        }
        return data;
    }

    static boolean heldOut(String service) {
        return Math.floorMod(service.hashCode(), HELD_OUT_ONE_IN) == 0;
    }

    List<TopicExample> training() {
        return List.copyOf(training);
    }

    List<TopicExample> heldOut() {
        return List.copyOf(heldOut);
    }

    String summary() {
        long services = heldOut.stream().map(TopicExample::service).distinct().count();
        return tosdrTraining + " ToS;DR points and " + unfairTraining + " UNFAIR-ToS sentences for training; "
                + heldOut.size() + " ToS;DR points of " + services + " held-out services for evaluation";
    }
}
