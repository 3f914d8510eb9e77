package org.clausewatch.analysis;

import java.util.Set;

/** One labelled training or evaluation text of the topic model, with the service (or company) it comes from. */
record TopicExample(String text, Set<String> topics, String service) {
    TopicExample {
        topics = Set.copyOf(topics);
    }
}
