package org.clausewatch.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads ToS;DR's {@code points.csv} (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
final class TosdrPoints {
    private static final Pattern MARKUP = Pattern.compile("<[^>]{0,200}>");

    private TosdrPoints() {}

    /** The points that quote some text, in file order, with markup removed from the quotes. */
    static List<TosdrPoint> read(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new UnfairTosCorpus.InvalidCorpusException(file + ": no header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            columns.put(rows.get(0).get(i), i);
        }
        for (String needed : List.of("services", "case", "quote_text")) {
            if (!columns.containsKey(needed)) {
                throw new UnfairTosCorpus.InvalidCorpusException(file + ": header lacks column '" + needed + "'");
            }
        }
        List<TosdrPoint> points = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String quote = MARKUP.matcher(cell(row, columns.get("quote_text")))
                    .replaceAll(" ")
                    .strip();
            if (!quote.isEmpty()) {
                points.add(new TosdrPoint(
                        cell(row, columns.get("services")),
                        cell(row, columns.get("case")).strip(),
                        quote));
            }
        }
        return points;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
