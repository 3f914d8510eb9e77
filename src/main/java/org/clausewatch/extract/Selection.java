package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausewatch.common.FailureClass;
import org.clausewatch.source.Selector;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/** Applies a declaration's {@code remove} and {@code select} entries (CSS selectors and ranges) to a parsed page. */
final class Selection {
    private final Document document;
    private final String url;

    Selection(Document document, String url) {
        this.document = document;
        this.url = url;
    }

    void remove(List<Selector> selectors) throws ExtractionException {
        for (Selector selector : selectors) {
            switch (selector) {
                case Selector.Css css -> query(css.query()).remove();
                case Selector.Range range -> removeRange(range);
            }
        }
    }

    private void removeRange(Selector.Range range) throws ExtractionException {
        Element start = first(startQuery(range));
        Element end = first(endQuery(range));
        if (start == null || end == null) {
            return;
        }
        RangeWalk walk = RangeWalk.walk(
                document,
                start,
                range.startBefore().isPresent(),
                end,
                range.endBefore().isPresent());
        walk.inside().forEach(Node::remove);
    }

    /** The selected fragments in document order; the whole body when the declaration selects nothing. */
    List<Element> select(List<Selector> selectors) throws ExtractionException {
        if (selectors.isEmpty()) {
            return List.of(document.body());
        }
        Map<Element, Integer> order = documentOrder();
        List<Element> matched = new ArrayList<>();
        Map<Element, Integer> keys = new HashMap<>();
        for (Selector selector : selectors) {
            switch (selector) {
                case Selector.Css css -> selectCss(css, order, matched, keys);
                case Selector.Range range -> selectRange(range, order, matched, keys);
            }
        }
        return outermost(matched, keys);
    }

    private void selectCss(
            Selector.Css css, Map<Element, Integer> order, List<Element> matched, Map<Element, Integer> keys)
            throws ExtractionException {
        Elements found = query(css.query());
        if (found.isEmpty()) {
            throw nothingMatched(describe(css));
        }
        for (Element element : found) {
            if (!keys.containsKey(element)) {
                matched.add(element);
                keys.put(element, order.get(element));
            }
        }
    }

    private void selectRange(
            Selector.Range range, Map<Element, Integer> order, List<Element> matched, Map<Element, Integer> keys)
            throws ExtractionException {
        Element start = first(startQuery(range));
        Element end = first(endQuery(range));
        if (start == null || end == null) {
            throw nothingMatched(describe(range));
        }
        if (order.get(end) < order.get(start)) {
            throw nothingMatched(describe(range) + " (its end comes before its start)");
        }
        // The range is cut out of a copy so that other selectors still see the whole page.
        Document copy = document.clone();
        Element copyStart = copy.selectFirst(startQuery(range));
        Element copyEnd = copy.selectFirst(endQuery(range));
        RangeWalk walk = RangeWalk.walk(
                copy,
                copyStart,
                range.startBefore().isPresent(),
                copyEnd,
                range.endBefore().isPresent());
        walk.outside().forEach(Node::remove);
        matched.add(copy.body());
        keys.put(copy.body(), order.get(start));
    }

    private static List<Element> outermost(List<Element> matched, Map<Element, Integer> keys) {
        Set<Element> all = new HashSet<>();
        all.addAll(matched);
        return matched.stream()
                .filter(e -> e.parents().stream().noneMatch(all::contains))
                .sorted(Comparator.comparingInt(keys::get))
                .toList();
    }

    private Map<Element, Integer> documentOrder() {
        Map<Element, Integer> order = new HashMap<>();
        Elements all = document.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        return order;
    }

    private Elements query(String css) throws ExtractionException {
        try {
            return document.select(css);
        } catch (org.jsoup.select.Selector.SelectorParseException e) {
            throw new ExtractionException(
                    FailureClass.EXTRACTION_ERROR, url + ": invalid CSS selector '" + css + "': " + e.getMessage(), e);
        }
    }

    private Element first(String css) throws ExtractionException {
        Elements found = query(css);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static String startQuery(Selector.Range range) {
        return range.startBefore().or(range::startAfter).orElseThrow();
    }

    private static String endQuery(Selector.Range range) {
        return range.endBefore().or(range::endAfter).orElseThrow();
    }

    private ExtractionException nothingMatched(String selector) {
        return new ExtractionException(
                FailureClass.SELECTOR_MATCHED_NOTHING, url + ": selector " + selector + " matched nothing");
    }

    static String describe(Selector selector) {
        return switch (selector) {
            case Selector.Css css -> "'" + css.query() + "'";
            case Selector.Range range ->
                "{"
                        + range.startBefore()
                                .map(q -> "startBefore: '" + q + "'")
                                .orElse("")
                        + range.startAfter().map(q -> "startAfter: '" + q + "'").orElse("")
                        + ", "
                        + range.endBefore().map(q -> "endBefore: '" + q + "'").orElse("")
                        + range.endAfter().map(q -> "endAfter: '" + q + "'").orElse("")
                        + "}";
        };
    }
}
