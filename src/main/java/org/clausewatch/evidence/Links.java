package org.clausewatch.evidence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Custody links as pack files: {@code custody/link-<seq>.txt} holds the text whose SHA-256 is the link's hash. */
final class Links {
    private static final Pattern PATH = Pattern.compile("custody/link-([0-9]{1,18})\\.txt");

    /** The fields of a link's text, one a line, in this order (see docs/storage.md, Custody chain). */
    record Link(
            long seq,
            String previous,
            long captureId,
            String url,
            long fetchedAtMillis,
            String payloadSha256,
            String warcFile,
            String recordId,
            boolean revisit) {}

    private Links() {}

    static String path(long seq) {
        return "custody/link-" + seq + ".txt";
    }

    static Optional<Long> seqOf(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The link in {@code text}; a text of another shape is an {@link IllegalArgumentException} saying so. */
    static Link parse(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        if (lines.size() != 11) {
            throw new IllegalArgumentException("has " + lines.size() + " lines, not the 11 fields of a link");
        }
        try {
            return new Link(
                    Long.parseLong(lines.get(0)),
                    lines.get(1),
                    Long.parseLong(lines.get(2)),
                    lines.get(3),
                    Long.parseLong(lines.get(4)),
                    lines.get(5),
                    lines.get(6),
                    lines.get(9),
                    Boolean.parseBoolean(lines.get(10)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("has a field that is not a number: " + e.getMessage(), e);
        }
    }
}
