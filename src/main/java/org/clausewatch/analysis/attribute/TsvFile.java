package org.clausewatch.analysis.attribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated knowledge file: one entry per line, {@code #} comments and blank lines skipped, every entry
 * with a fixed number of fields; errors name the file and the line.
 */
final class TsvFile {
    /** One entry with the line it came from, so that later checks can still say where a bad value is. */
    record Row(String file, int line, List<String> fields) {
        String field(int index) {
            return fields.get(index);
        }

        InvalidRulesException problem(String what) {
            return new InvalidRulesException(file + " line " + line + ": " + what);
        }
    }

    /** How one knowledge file is parsed into its value. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String file, String text) throws InvalidRulesException;
    }

    private TsvFile() {}

    /**
     * The knowledge file {@code name} beside this class, parsed; a file that does not parse is a broken installation,
     * reported with its file and line.
     */
    static <T> T load(String name, Parser<T> parser) {
        try {
            return parser.parse(name, resource(name));
        } catch (InvalidRulesException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The text of a class-path resource beside this class; a missing resource is a broken installation. */
    static String resource(String name) {
        try (InputStream in = TsvFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    static List<Row> parse(String file, String text, int fieldCount) throws InvalidRulesException {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(row(file, i + 1, line, fieldCount));
        }
        return List.copyOf(rows);
    }

    private static Row row(String file, int line, String text, int fieldCount) throws InvalidRulesException {
        String[] fields = text.split("\t", -1);
        if (fields.length != fieldCount) {
            throw new InvalidRulesException(file + " line " + line + ": expected " + fieldCount
                    + " tab-separated fields, found " + fields.length + " in '" + text + "'");
        }
        List<String> stripped = new ArrayList<>();
        for (String field : fields) {
            if (field.isBlank()) {
                throw new InvalidRulesException(file + " line " + line + ": empty field in '" + text + "'");
            }
            stripped.add(field.strip());
        }
        return new Row(file, line, List.copyOf(stripped));
    }
}
