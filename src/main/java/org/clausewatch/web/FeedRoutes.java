package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.FEED;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.Links;
import org.clausewatch.browse.Views;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.store.Browsing.ChangeQuery;
import org.clausewatch.store.DocumentRow;

/**
 * Atom feeds of change records, newest first: all services, one service, one document. Substantive changes only,
 * unless {@code ?all=true}. Entry links are absolute, made from the request's own host.
 */
@SuppressWarnings("JavaUtilDate") // Rome's feed model takes java.util.Date; only converted from Instants here.
final class FeedRoutes implements RouteGroup {
    static final int ENTRIES = 50;
    /** Recent changes a topic feed looks through. */
    static final int TOPIC_WINDOW = 2_000;

    private final Catalogue catalogue;

    FeedRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/feeds/changes.atom", FEED, "Changes of every document", this::all),
                Route.get("/feeds/services/{service}/changes.atom", FEED, "Changes of one service", this::service),
                Route.get(
                        "/feeds/services/{service}/{type}/changes.atom",
                        FEED,
                        "Changes of one document",
                        this::document),
                Route.get("/feeds/topics/{id}/changes.atom", FEED, "Changes read as being on one topic", this::topic));
    }

    /**
     * Changes whose records carry the topic, among the most recent {@link #TOPIC_WINDOW} of the chosen significance:
     * the change listing has no topic filter in SQL yet.
     */
    private void topic(Context ctx) throws FeedException {
        Topic topic = catalogue.topic(ctx.pathParam("id"));
        ChangeQuery recent = query(ctx, Optional.empty(), Optional.empty());
        ChangeQuery window = new ChangeQuery(
                recent.service(),
                recent.documentId(),
                recent.significances(),
                recent.from(),
                recent.to(),
                TOPIC_WINDOW,
                0);
        List<Views.ChangeLine> changes = catalogue.changeLines(window).stream()
                .filter(c -> c.change().topics().contains(topic.id()))
                .limit(ENTRIES)
                .toList();
        respond(ctx, "ClauseWatch: " + topic.id() + " " + topic.name(), Links.topic(topic.id()), changes);
    }

    private void all(Context ctx) throws FeedException {
        respond(ctx, "ClauseWatch: changes", "/", query(ctx, Optional.empty(), Optional.empty()));
    }

    private void service(Context ctx) throws FeedException {
        String name = catalogue.service(ctx.pathParam("service"));
        respond(ctx, "ClauseWatch: " + name, Links.service(name), query(ctx, Optional.of(name), Optional.empty()));
    }

    private void document(Context ctx) throws FeedException {
        DocumentRow d = catalogue.document(ctx.pathParam("service"), ctx.pathParam("type"));
        respond(
                ctx,
                "ClauseWatch: " + d.service() + " · " + d.termsType(),
                Links.document(d.service(), d.termsType()),
                query(ctx, Optional.empty(), Optional.of(d.id())));
    }

    private static ChangeQuery query(Context ctx, Optional<String> service, Optional<Long> document) {
        boolean all = "true".equals(ctx.queryParam("all"));
        return new ChangeQuery(
                service,
                document,
                all ? List.of() : List.of(Significance.SUBSTANTIVE),
                Optional.empty(),
                Optional.empty(),
                ENTRIES,
                0);
    }

    private void respond(Context ctx, String title, String page, ChangeQuery query) throws FeedException {
        respond(ctx, title, page, catalogue.changeLines(query));
    }

    private void respond(Context ctx, String title, String page, List<Views.ChangeLine> changes) throws FeedException {
        String base = ctx.scheme() + "://" + ctx.host();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setLink(base + page);
        feed.setUri(base + ctx.path());
        feed.setDescription("Provision-level changes recorded by ClauseWatch");
        feed.setPublishedDate(
                changes.isEmpty()
                        ? new Date(0)
                        : Date.from(changes.get(0).change().toCapturedAt()));
        feed.setEntries(changes.stream().map(c -> entry(base, c)).toList());
        ctx.contentType("application/atom+xml; charset=utf-8").result(new SyndFeedOutput().outputString(feed));
    }

    /**
     * An entry titled with the change's significance and its description the change's summary (what changed in
     * meaning first), then the topics by name, the severity, and why it was not alerted when it is not a change of the
     * terms.
     */
    private static SyndEntry entry(String base, Views.ChangeLine line) {
        var change = line.change();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(change.document().service() + " · " + change.document().termsType() + ": "
                + Labels.of(change.significance()) + " change");
        entry.setLink(base + Links.change(change.id()));
        entry.setUri(base + Links.change(change.id()));
        entry.setPublishedDate(Date.from(change.toCapturedAt()));
        entry.setUpdatedDate(Date.from(change.toCapturedAt()));
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain");
        StringBuilder text = new StringBuilder(
                change.summary().isBlank()
                        ? Show.plural(line.items(), "provision changed", "provisions changed")
                        : change.summary());
        if (!line.topics().isEmpty()) {
            text.append("\nTopics: ")
                    .append(String.join(
                            ", ",
                            line.topics().stream().map(Views.TopicName::name).toList()))
                    .append('.');
        }
        change.severity()
                .ifPresent(s -> text.append("\nSeverity: ").append(Labels.of(s)).append('.'));
        line.notAlerted().ifPresent(why -> text.append('\n').append(why));
        content.setValue(text.toString());
        entry.setDescription(content);
        return entry;
    }
}
