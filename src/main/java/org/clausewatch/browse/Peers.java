package org.clausewatch.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.analysis.attribute.Attribute;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.TopicProvisionRow;

/**
 * How the services watched handle one topic, worked out once per topic from every service's current provisions on it
 * and their analyses: the stance each provision is counted under ({@code comparisons.tsv}), each service's stance,
 * the sentence that counts them, and for any provision the other services' provisions most like it by reading.
 */
final class Peers {
    /** Other services shown under a provision. */
    static final int MOST = 8;

    /** How much the attribute profile counts against the wording when provisions are compared. */
    static final double ATTRIBUTES = 0.6;

    /** A shared stance counts as this many shared attributes: it is what the comparison is about. */
    static final int STANCE_WEIGHT = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Words too common in governance documents to say two provisions are alike. */
    private static final Set<String> COMMON = Set.of(
            "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "may", "of",
            "on", "or", "our", "that", "the", "this", "to", "we", "will", "with", "you", "your");

    /**
     * A provision of a service with what it is compared by: its analysis for that service, its stance on the topic,
     * its attribute profile and its words; {@code confidence} is how confidently it is on the topic.
     */
    record Candidate(
            String service,
            String termsType,
            ProvisionRow provision,
            double confidence,
            Views.ProvisionAnalysis analysis,
            Optional<String> stance,
            Set<String> profile,
            Set<String> words) {
        Views.Peer peer() {
            return new Views.Peer(
                    service,
                    termsType,
                    provision,
                    analysis.severity(),
                    Optional.of(analysis.analysis().explanation().summary()),
                    stance);
        }
    }

    private final Views.TopicRef topic;
    private final List<Candidate> candidates;
    private final Views.Comparison comparison;

    /** The comparison on {@code topic} of {@code candidates} (highest severity first) among {@code watched} services. */
    Peers(Views.TopicRef topic, List<Candidate> candidates, int watched) {
        this.topic = topic;
        this.candidates = List.copyOf(candidates);
        List<Views.Peer> services = byService(this.candidates);
        List<Views.Stance> stances = stances(services);
        this.comparison = new Views.Comparison(
                topic, watched, services, stances, ComparisonLine.of(topic, watched, services, stances), List.of());
    }

    /** A current provision on the topic as a candidate, its attribute profile and words worked out once. */
    static Candidate candidate(TopicProvisionRow row, Views.ProvisionAnalysis analysis, Optional<String> stance) {
        return candidate(row.service(), row.termsType(), row.provision(), row.confidence(), analysis, stance);
    }

    /** Any provision of {@code service} as a candidate. */
    static Candidate candidate(
            String service,
            String termsType,
            ProvisionRow provision,
            double confidence,
            Views.ProvisionAnalysis analysis,
            Optional<String> stance) {
        return new Candidate(
                service,
                termsType,
                provision,
                confidence,
                analysis,
                stance,
                profile(analysis, stance),
                words(provision.text()));
    }

    /** How the services compare on the topic, with no peers. */
    Views.Comparison comparison() {
        return comparison;
    }

    /**
     * The comparison with the peers of {@code self}: for each service other than its own, the provision most
     * like it (same attributes and stance first, then the same words), most similar first, at most
     * {@link #MOST}. A wording identical to this one or to a peer already chosen is passed over.
     */
    Views.Comparison around(Candidate self) {
        Map<String, Scored> best = new LinkedHashMap<>();
        Set<String> wordings = new HashSet<>(Set.of(self.provision().key()));
        List<Scored> scored = candidates.stream()
                .filter(c -> !c.service().equals(self.service()))
                .map(c -> new Scored(c, similarity(self, c)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .toList();
        for (Scored s : scored) {
            if (!best.containsKey(s.candidate().service())
                    && wordings.add(s.candidate().provision().key())) {
                best.put(s.candidate().service(), s);
            }
        }
        List<Views.Peer> peers = best.values().stream()
                .limit(MOST)
                .map(s -> s.candidate().peer())
                .toList();
        return new Views.Comparison(
                topic,
                comparison.servicesWatched(),
                comparison.services(),
                comparison.stances(),
                comparison.line(),
                peers);
    }

    private record Scored(Candidate candidate, double score) {}

    /** Weighted Jaccard of the attribute profiles and Jaccard of the words, blended. */
    static double similarity(Candidate a, Candidate b) {
        return ATTRIBUTES * weightedJaccard(a.profile(), b.profile())
                + (1 - ATTRIBUTES) * jaccard(a.words(), b.words());
    }

    /**
     * Each service once, by the provision that gives its stance: of its provisions with a stance the most severe (then
     * the one most confidently on the topic); a service none of whose provisions takes a stance by its most severe.
     */
    private static List<Views.Peer> byService(List<Candidate> candidates) {
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        Comparator<Candidate> better = Comparator.comparing(
                        (Candidate c) -> c.stance().isPresent())
                .thenComparingInt(c -> Analyses.rank(c.analysis().severity()))
                .thenComparingDouble(c -> c.confidence());
        for (Candidate c : candidates) {
            chosen.merge(c.service(), c, (held, next) -> better.compare(next, held) > 0 ? next : held);
        }
        return chosen.values().stream()
                .sorted(Comparator.comparing((Candidate c) -> c.service().toLowerCase(Locale.ROOT)))
                .map(Candidate::peer)
                .toList();
    }

    /** The stances taken, each with its services, most services first. */
    private static List<Views.Stance> stances(List<Views.Peer> services) {
        Map<String, List<String>> byStance = new LinkedHashMap<>();
        for (Views.Peer p : services) {
            p.stance()
                    .ifPresent(s ->
                            byStance.computeIfAbsent(s, k -> new ArrayList<>()).add(p.service()));
        }
        return byStance.entrySet().stream()
                .map(e -> new Views.Stance(e.getKey(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt((Views.Stance s) -> s.services().size())
                        .reversed()
                        .thenComparing(Views.Stance::stance))
                .toList();
    }

    /** The provision's attributes as {@code name=value} pairs, and its stance as one more. */
    private static Set<String> profile(Views.ProvisionAnalysis analysis, Optional<String> stance) {
        Set<String> pairs = new HashSet<>();
        for (Attribute attribute : analysis.analysis().attributes()) {
            pairs.add(attribute.name() + "=" + attribute.value().toLowerCase(Locale.ROOT));
        }
        stance.ifPresent(s -> pairs.add("stance=" + s));
        return Set.copyOf(pairs);
    }

    private static Set<String> words(String markdown) {
        Set<String> words = new HashSet<>();
        var matcher = WORD.matcher(MarkdownText.plain(markdown).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!COMMON.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return Set.copyOf(words);
    }

    private static double weightedJaccard(Set<String> a, Set<String> b) {
        double shared = 0;
        double all = 0;
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        for (String pair : union) {
            int weight = pair.startsWith("stance=") ? STANCE_WEIGHT : 1;
            all += weight;
            if (a.contains(pair) && b.contains(pair)) {
                shared += weight;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
