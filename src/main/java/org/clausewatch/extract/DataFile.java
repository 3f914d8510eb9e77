package org.clausewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the extractor's line-oriented data files: one entry a line, blank lines and {@code #} comments skipped. */
final class DataFile {
    /** A meaningful line with its 1-based number, so that a bad entry can be named. */
    record Line(String resource, int number, String text) {
        IllegalStateException problem(String what) {
            return new IllegalStateException(resource + " line " + number + ": " + what + ": '" + text + "'");
        }
    }

    private DataFile() {}

    static List<Line> read(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("extractor data file " + resource + " is missing from the class path");
            }
            return lines(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor data file " + resource, e);
        }
    }

    static List<Line> lines(String resource, String content) {
        List<Line> lines = new ArrayList<>();
        String[] raw = content.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                lines.add(new Line(resource, i + 1, text));
            }
        }
        return lines;
    }
}
