package org.clausewatch.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public class DumpSet3 {
    public static void main(String[] args) throws Exception {
        Taxonomy taxonomy = Taxonomy.load();
        TopicCues cues = TopicCues.parse("cues", Files.readString(Path.of(args[0])), TopicCues.topicIds(taxonomy));
        TopicClassifier c = new TopicClassifier(taxonomy, cues, TopicClassifier.readModel(taxonomy));
        String set = AiCheckSet.THIRD;
        System.out.println("== odd\n"
                + AiCheckSet.score(set, AiCheckSet.SECOND_TOPICS, c, i -> i.id() % 2 == 1)
                        .table());
        if (args.length > 1 && args[1].equals("even")) {
            System.out.println("== even\n"
                    + AiCheckSet.score(set, AiCheckSet.SECOND_TOPICS, c, i -> i.id() % 2 == 0)
                            .table());
            return;
        }
        for (AiCheckSet.Item item : AiCheckSet.items(set)) {
            if (item.id() % 2 == 0) continue;
            Set<String> pred = new TreeSet<>();
            Map<String, Double> sc = c.scores(item.excerpt());
            c.classify(item.excerpt()).forEach(l -> pred.add(l.code()));
            for (String t : AiCheckSet.SECOND_TOPICS) {
                boolean g = item.topics().contains(t), p = pred.contains(t);
                if (g != p) {
                    System.out.printf(
                            "%s %s #%d %s score=%.2f | %s%n",
                            g ? "FN" : "FP", t, item.id(), item.service(), sc.get(t), item.excerpt());
                }
            }
        }
    }
}
