package org.clausewatch.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.analysis.LabelledTopicTexts;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.testing.Corpus;

/**
 * For ten provisions of the study half, the peer of another service each similarity picks among the paragraphs of the
 * corpus's latest versions that the reader gives a check-set topic: by reading (a shared topic required; half the
 * Jaccard overlap of the read attribute values, half the TF-IDF cosine of the words), by the encoder's cosine alone,
 * and by reading with the encoder's cosine for the wording. The same wording at another service is no peer. Written to {@code target/encoder-peers-<encoder>.md} to be judged by reading. Paragraphs that are the same
 * provision as an item of the unstudied half are left out of the pool, so that none is shown.
 */
final class PeerComparison {
    private static final int QUERIES = 10;
    private static final int SHOWN_CHARACTERS = 400;

    private final SentenceEncoder encoder;
    private final List<ReadingCheckSet.Item> study;
    private final List<EncodedText> studyEncoded;
    private final EncoderData data = new EncoderData();

    /** One provision with what the similarities need: its words, read attributes, topics and embedding. */
    private record Candidate(
            String service,
            String text,
            Map<String, Double> words,
            Set<String> attributes,
            Set<String> topics,
            float[] embedding) {}

    PeerComparison(SentenceEncoder encoder, List<ReadingCheckSet.Item> study, List<EncodedText> studyEncoded) {
        this.encoder = encoder;
        this.study = List.copyOf(study);
        this.studyEncoded = List.copyOf(studyEncoded);
    }

    void run(Path cache) throws IOException {
        List<Set<String>> unstudied = ReadingCheckSet.half(ReadingCheckSet.items(), ReadingCheckSet.UNSTUDIED).stream()
                .map(item -> EncoderData.words(item.text()))
                .toList();
        List<LabelledTopicTexts.Paragraph> pool = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (LabelledTopicTexts.Paragraph paragraph : LabelledTopicTexts.latestParagraphs(Corpus.ota())) {
            Analysis analysis = data.analysis(paragraph.text());
            Set<String> words = EncoderData.words(paragraph.text());
            if (!checkSetTopics(analysis).isEmpty() && unstudied.stream().noneMatch(u -> EncoderData.same(words, u))) {
                pool.add(paragraph);
                analyses.add(analysis);
            }
        }
        List<String> plain =
                pool.stream().map(p -> MarkdownText.plain(p.text())).toList();
        List<float[]> vectors = encoder.embedAll(plain, cache);
        Map<String, Double> idf = idf(plain);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            candidates.add(candidate(pool.get(i).service(), plain.get(i), analyses.get(i), vectors.get(i), idf));
        }
        StringBuilder out = new StringBuilder(
                String.format(Locale.ROOT, "# Peers, %s: %d paragraphs in the pool%n", encoder.id, candidates.size()));
        for (int i : queries()) {
            ReadingCheckSet.Item item = study.get(i);
            float[] embedding = toFloats(studyEncoded.get(i).embedding());
            Candidate query = candidate(
                    item.service(), MarkdownText.plain(item.text()), data.analysis(item.text()), embedding, idf);
            out.append(section(query, item.id(), candidates));
        }
        Path file = Path.of("target/encoder-peers-" + encoder.id + ".md");
        Files.writeString(file, out);
        System.out.println("peers written to " + file);
    }

    /** The first {@link #QUERIES} study items with labelled check-set topics, one per service, in id order. */
    private List<Integer> queries() {
        List<Integer> chosen = new ArrayList<>();
        Set<String> services = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < study.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> study.get(i).id()));
        for (int i : order) {
            ReadingCheckSet.Item item = study.get(i);
            if (chosen.size() < QUERIES && !item.labels().topics().isEmpty() && services.add(item.service())) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private static String section(Candidate query, String id, List<Candidate> pool) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%n## %s (%s; topics %s)%n%s%n%n",
                id,
                query.service(),
                query.topics(),
                cut(query.text())));
        for (Similarity similarity : Similarity.values()) {
            Candidate peer = best(query, pool, similarity);
            out.append(
                    peer == null
                            ? String.format(Locale.ROOT, "- %s: none%n", similarity.label)
                            : String.format(
                                    Locale.ROOT,
                                    "- %s (%.2f): **%s** %s%n",
                                    similarity.label,
                                    similarity.score(query, peer),
                                    peer.service(),
                                    cut(peer.text())));
        }
        return out.toString();
    }

    /** The similarities compared; the reading ones require a shared check-set topic. */
    private enum Similarity {
        READING("by reading (attributes + TF-IDF words)", true),
        ENCODER("by encoder cosine alone", false),
        READING_ENCODER("by reading with the encoder for the wording", true);

        final String label;
        final boolean sameTopic;

        Similarity(String label, boolean sameTopic) {
            this.label = label;
            this.sameTopic = sameTopic;
        }

        double score(Candidate a, Candidate b) {
            return switch (this) {
                case READING -> 0.5 * attributeOverlap(a, b) + 0.5 * sparseCosine(a.words(), b.words());
                case ENCODER -> cosine(a.embedding(), b.embedding());
                case READING_ENCODER -> 0.5 * attributeOverlap(a, b) + 0.5 * cosine(a.embedding(), b.embedding());
            };
        }
    }

    /** The most similar candidate of another service that is not the same wording (a duplicate is no peer). */
    private static Candidate best(Candidate query, List<Candidate> pool, Similarity similarity) {
        Set<String> queryWords = EncoderData.words(query.text());
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate candidate : pool) {
            if (candidate.service().equals(query.service())
                    || similarity.sameTopic && java.util.Collections.disjoint(candidate.topics(), query.topics())) {
                continue;
            }
            double score = similarity.score(query, candidate);
            if (score > bestScore && !EncoderData.same(queryWords, EncoderData.words(candidate.text()))) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static double attributeOverlap(Candidate a, Candidate b) {
        Set<String> common = new HashSet<>(a.attributes());
        common.retainAll(b.attributes());
        int union = a.attributes().size() + b.attributes().size() - common.size();
        return union == 0 ? 0 : common.size() / (double) union;
    }

    private static Candidate candidate(
            String service, String plain, Analysis analysis, float[] embedding, Map<String, Double> idf) {
        Set<String> attributes = new TreeSet<>();
        analysis.attributeMap().forEach((name, values) -> values.forEach(v -> attributes.add(name + "=" + v)));
        Map<String, Double> words = new HashMap<>();
        for (String word : plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word, idf.getOrDefault(word, 0.0), Double::sum);
            }
        }
        return new Candidate(service, plain, words, attributes, checkSetTopics(analysis), embedding);
    }

    private static Set<String> checkSetTopics(Analysis analysis) {
        Set<String> topics = new TreeSet<>(analysis.topics());
        topics.retainAll(ReadingScores.TOPICS);
        return topics;
    }

    private static Map<String, Double> idf(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        texts.forEach(text -> EncoderData.words(text).forEach(word -> counts.merge(word, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        counts.forEach((word, n) -> idf.put(word, Math.log((1.0 + texts.size()) / (1 + n)) + 1));
        return idf;
    }

    private static double sparseCosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = Math.sqrt(squares(a) * squares(b));
        return norms == 0 ? 0 : dot / norms;
    }

    private static double squares(Map<String, Double> vector) {
        return vector.values().stream().mapToDouble(v -> v * v).sum();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    private static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SHOWN_CHARACTERS ? flat : flat.substring(0, SHOWN_CHARACTERS) + " …";
    }
}
