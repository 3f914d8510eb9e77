package org.clausewatch.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.common.Labels;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentMoveRow;

/** The JSON shapes of change records and their items, as {@link JsonShapes} gives them out. */
final class ChangeShapes {
    private ChangeShapes() {}

    /** A change record without its items: {@code itemCount} says how many it has. */
    static Map<String, Object> head(Views.ChangeLine line) {
        Map<String, Object> node = head(line.change(), line.topics());
        node.put("itemCount", line.items());
        return node;
    }

    /**
     * A change record with every item in detail, and {@code notAlerted}, why no subscriber was alerted, when the change
     * is not one of the terms.
     */
    static Map<String, Object> change(Views.ChangeDetail detail) {
        Map<String, Object> node = head(detail.change(), detail.topics());
        detail.notAlerted().ifPresent(why -> node.put("notAlerted", why));
        node.put("items", detail.items().stream().map(ChangeShapes::item).toList());
        return node;
    }

    private static Map<String, Object> head(ChangeRow c, List<Views.TopicName> topics) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", c.id());
        node.put("document", JsonShapes.documentRef(c.document()));
        node.put("from", Map.of("versionId", c.fromVersionId(), "capturedAt", JsonShapes.time(c.fromCapturedAt())));
        node.put("to", Map.of("versionId", c.toVersionId(), "capturedAt", JsonShapes.time(c.toCapturedAt())));
        node.put("significance", Labels.of(c.significance()));
        node.put("flags", Labels.sorted(c.flags()));
        node.put("summary", c.summary());
        topics(node, topics);
        c.severity().ifPresent(s -> node.put("severity", Labels.of(s)));
        node.put("url", Links.change(c.id()));
        return node;
    }

    /** A change item: kind, lineageId, path, before, after, redline, significance, summary. */
    static Map<String, Object> item(ChangeItemRow i) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", Labels.of(i.kind()));
        node.put("lineageId", i.lineageId());
        node.put("path", i.path());
        i.before().ifPresent(b -> node.put("before", b));
        i.after().ifPresent(a -> node.put("after", a));
        if (!i.redline().isEmpty()) {
            node.put(
                    "redline",
                    i.redline().stream()
                            .map(r -> Map.of("op", Labels.of(r.op()), "text", r.text()))
                            .toList());
        }
        node.put("significance", Labels.of(i.significance()));
        node.put("summary", i.summary());
        return node;
    }

    /** A change item and what it is about: the document it moved from or to, topics, severity, attribute changes. */
    private static Map<String, Object> item(Views.ItemDetail detail) {
        Map<String, Object> node = item(detail.item());
        detail.documentMove().ifPresent(move -> otherDocument(node, detail.item(), move));
        topics(node, detail.topics());
        node.put("severity", JsonShapes.severity(detail.severity()));
        detail.attributeChanges().ifPresent(a -> node.put("attributeChanges", attributeChanges(a)));
        return node;
    }

    /** {@code topics}: the ids, as filters take them; {@code topicNames}: the same topics by name, in that order. */
    private static void topics(Map<String, Object> node, List<Views.TopicName> topics) {
        node.put("topics", topics.stream().map(Views.TopicName::id).toList());
        node.put("topicNames", topics.stream().map(Views.TopicName::name).toList());
    }

    private static void otherDocument(Map<String, Object> node, ChangeItemRow item, DocumentMoveRow move) {
        if (move.toLineage().equals(item.lineageId())) {
            node.put("movedFrom", Map.of("termsType", move.fromTermsType(), "lineageId", move.fromLineage()));
        } else {
            node.put("movedTo", Map.of("termsType", move.toTermsType(), "lineageId", move.toLineage()));
        }
    }

    private static Map<String, Object> attributeChanges(ChangeAnalysis analysis) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("summary", analysis.summary());
        node.put("severityBefore", JsonShapes.severity(analysis.severityBefore()));
        node.put("severityAfter", JsonShapes.severity(analysis.severityAfter()));
        node.put(
                "deltas",
                analysis.deltas().stream()
                        .map(d -> Map.of(
                                "attribute",
                                d.name(),
                                "before",
                                d.before(),
                                "after",
                                d.after(),
                                "sentence",
                                d.sentence()))
                        .toList());
        return node;
    }
}
