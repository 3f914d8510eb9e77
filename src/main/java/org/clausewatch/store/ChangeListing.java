package org.clausewatch.store;

import java.util.List;
import org.clausewatch.common.Labels;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** SQL for listing change records newest first with filters, without their items. */
final class ChangeListing {
    private static final String SELECT = "SELECT " + Changes.HEAD_COLUMNS + ", "
            + "(SELECT COUNT(*) FROM change_items i WHERE i.change_id = c.id) AS items " + Changes.FROM;

    private ChangeListing() {}

    static List<Browsing.ChangeSummary> list(Handle handle, Browsing.ChangeQuery query) {
        String sql = SELECT + where(query) + "ORDER BY c.captured_at DESC, c.id DESC LIMIT :limit OFFSET :offset";
        Query statement = bind(handle.createQuery(sql), query)
                .bind("limit", query.limit())
                .bind("offset", query.offset());
        return statement
                .map((rs, ctx) -> new Browsing.ChangeSummary(Changes.HEAD.map(rs, ctx), rs.getInt("items")))
                .list();
    }

    static int count(Handle handle, Browsing.ChangeQuery query) {
        String sql = "SELECT COUNT(*) FROM changes c JOIN documents d ON d.id = c.document_id " + where(query);
        return bind(handle.createQuery(sql), query).mapTo(Integer.class).one();
    }

    private static String where(Browsing.ChangeQuery query) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        query.service().ifPresent(s -> where.append("AND d.service = :service "));
        query.documentId().ifPresent(id -> where.append("AND c.document_id = :document "));
        if (!query.significances().isEmpty()) {
            where.append("AND c.significance IN (<significances>) ");
        }
        query.from().ifPresent(at -> where.append("AND c.captured_at >= :from "));
        query.to().ifPresent(at -> where.append("AND c.captured_at <= :to "));
        return where.toString();
    }

    private static Query bind(Query statement, Browsing.ChangeQuery query) {
        query.service().ifPresent(s -> statement.bind("service", s));
        query.documentId().ifPresent(id -> statement.bind("document", id));
        if (!query.significances().isEmpty()) {
            statement.bindList(
                    "significances",
                    query.significances().stream().map(Labels::of).toList());
        }
        query.from().ifPresent(at -> statement.bind("from", at.toEpochMilli()));
        query.to().ifPresent(at -> statement.bind("to", at.toEpochMilli()));
        return statement;
    }
}
