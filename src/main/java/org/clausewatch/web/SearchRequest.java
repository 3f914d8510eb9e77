package org.clausewatch.web;

import io.javalin.http.Context;
import java.util.List;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.store.SearchQuery;

/**
 * The search filters of a request, shared by the Search page and {@code /api/v1/search}: service (name or slug),
 * document type, topic of the taxonomy, severity and date range, each validated with a message naming the bad
 * value.
 */
final class SearchRequest {
    /** The severity grades in the order a form offers them. */
    static final List<String> SEVERITIES = Labels.all(Severity.class);

    private SearchRequest() {}

    static SearchQuery query(Context ctx, Catalogue catalogue, String text, int limit, int offset) {
        return new SearchQuery(
                text,
                Params.text(ctx, "service").map(catalogue::service),
                Params.text(ctx, "type"),
                Params.text(ctx, "topic").map(id -> topic(catalogue, id).id()),
                Params.text(ctx, "severity").map(SearchRequest::severity),
                Params.from(ctx, "from"),
                Params.to(ctx, "to"),
                limit,
                offset);
    }

    /** The topic {@code id} of the taxonomy, in any letter case. */
    static Topic topic(Catalogue catalogue, String id) {
        return catalogue
                .findTopic(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "topic must be a topic id of the taxonomy such as A1 or F1, not '" + id + "'"));
    }

    static Severity severity(String value) {
        return Labels.parse(Severity.class, value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "severity must be one of " + String.join(", ", SEVERITIES) + ", not '" + value + "'"));
    }
}
