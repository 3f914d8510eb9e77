package org.clausewatch.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.clausewatch.browse.Mementos;
import org.clausewatch.browse.Mementos.Memento;

/**
 * The URIs and link values of RFC 7089 for ClauseWatch's captures. The original resource (URI-R) is the URL as
 * tracked; its TimeGate and TimeMap put that URL after a fixed prefix, as web archives do; a memento (URI-M) is the
 * capture's sandboxed raw bytes. Links are root-relative, so they stay right behind a proxy that terminates TLS.
 */
final class MementoLinks {
    static final String TIMEGATE = "/memento/timegate/";
    static final String TIMEMAP = "/memento/timemap/link/";
    static final String LINK_FORMAT = "application/link-format";

    /** IMF-fixdate (RFC 9110): the day always two digits, which {@link DateTimeFormatter#RFC_1123_DATE_TIME} is not. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MementoLinks() {}

    static String memento(long captureId) {
        return "/captures/" + captureId + "/raw";
    }

    static String httpDate(Instant at) {
        return HTTP_DATE.format(at);
    }

    /** An {@code Accept-Datetime} value (an HTTP date); the message names it when it is not one. */
    static Instant acceptDatetime(String value) {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Accept-Datetime '" + value + "' is not an HTTP date such as 'Tue, 03 Mar 2026 10:00:00 GMT'", e);
        }
    }

    /**
     * The {@code Link} header of a TimeGate's redirect or of a memento: the original, the TimeGate (a memento only;
     * a TimeGate does not name itself), the TimeMap, and the first, previous, selected, next and last mementos, one
     * entry per memento with its relations together ({@code rel="first memento"}).
     */
    static String header(Mementos mementos, int selected, boolean withTimegate) {
        List<String> links = new ArrayList<>();
        links.add(original(mementos));
        if (withTimegate) {
            links.add(timegate(mementos));
        }
        links.add(timemap(mementos));
        int last = mementos.list().size() - 1;
        TreeSet<Integer> shown = new TreeSet<>(List.of(0, selected, last));
        if (selected > 0) {
            shown.add(selected - 1);
        }
        if (selected < last) {
            shown.add(selected + 1);
        }
        for (int i : shown) {
            links.add(memento(mementos, i, relations(i, selected, last)));
        }
        return String.join(", ", links);
    }

    /** A TimeMap in link format (RFC 6690): original, the TimeMap itself, the TimeGate, then every memento. */
    static String timeMap(Mementos mementos) {
        List<String> links = new ArrayList<>();
        links.add(original(mementos));
        links.add("<" + TIMEMAP + mementos.original() + ">; rel=\"self\"; type=\"" + LINK_FORMAT + "\"; from=\""
                + httpDate(mementos.first().datetime()) + "\"; until=\""
                + httpDate(mementos.last().datetime()) + "\"");
        links.add(timegate(mementos));
        int last = mementos.list().size() - 1;
        for (int i = 0; i <= last; i++) {
            String rel = (i == 0 ? "first " : "") + (i == last ? "last " : "") + "memento";
            links.add(memento(mementos, i, rel));
        }
        return String.join(",\n", links) + "\n";
    }

    private static String relations(int i, int selected, int last) {
        StringBuilder rel = new StringBuilder();
        if (i == 0) {
            rel.append("first ");
        }
        if (i == selected - 1) {
            rel.append("prev ");
        }
        if (i == selected + 1) {
            rel.append("next ");
        }
        if (i == last) {
            rel.append("last ");
        }
        return rel.append("memento").toString();
    }

    private static String original(Mementos mementos) {
        return "<" + mementos.original() + ">; rel=\"original\"";
    }

    private static String timegate(Mementos mementos) {
        return "<" + TIMEGATE + mementos.original() + ">; rel=\"timegate\"";
    }

    private static String timemap(Mementos mementos) {
        return "<" + TIMEMAP + mementos.original() + ">; rel=\"timemap\"; type=\"" + LINK_FORMAT + "\"";
    }

    private static String memento(Mementos mementos, int i, String rel) {
        Memento memento = mementos.list().get(i);
        return "<" + memento(memento.captureId()) + ">; rel=\"" + rel + "\"; datetime=\"" + httpDate(memento.datetime())
                + "\"";
    }
}
