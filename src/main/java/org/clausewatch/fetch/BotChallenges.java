package org.clausewatch.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausewatch.common.Bytes;

/**
 * Recognises anti-bot interstitials by the signatures in {@code bot-challenges.txt}, kept as data so that
 * an analyst can add one without touching Java.
 */
final class BotChallenges {
    static final String RESOURCE = "bot-challenges.txt";
    private static final int BODY_WINDOW = 64 * 1024;

    private final List<String> bodyMarkers;
    private final List<HeaderMarker> headerMarkers;

    private record HeaderMarker(String name, String valuePart) {}

    private BotChallenges(List<String> bodyMarkers, List<HeaderMarker> headerMarkers) {
        this.bodyMarkers = List.copyOf(bodyMarkers);
        this.headerMarkers = List.copyOf(headerMarkers);
    }

    static BotChallenges load() {
        try (InputStream in = BotChallenges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /** Parses signature lines; a malformed line is a packaging error and fails loudly with its number. */
    static BotChallenges parse(List<String> lines) {
        List<String> bodies = new ArrayList<>();
        List<HeaderMarker> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            String kind = parts[0];
            if (kind.equals("body") && parts.length > 1) {
                bodies.add(line.substring(4).strip().toLowerCase(Locale.ROOT));
            } else if (kind.equals("header") && parts.length > 1) {
                String value = parts.length > 2 ? parts[2].toLowerCase(Locale.ROOT) : "";
                headers.add(new HeaderMarker(parts[1], value));
            } else {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": expected 'body <text>' or 'header <name> [<text>]': '" + line + "'");
            }
        }
        return new BotChallenges(bodies, headers);
    }

    boolean matchesHeaders(Reply reply) {
        return headerMarkers.stream()
                .anyMatch(marker -> reply.header(marker.name())
                        .map(value -> value.toLowerCase(Locale.ROOT).contains(marker.valuePart()))
                        .orElse(false));
    }

    boolean matchesBody(Bytes body) {
        String page =
                body.prefix(BODY_WINDOW).decode(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return bodyMarkers.stream().anyMatch(page::contains);
    }
}
