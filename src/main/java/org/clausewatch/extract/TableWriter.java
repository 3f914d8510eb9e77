package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Writes GFM pipe tables. Pipe tables hold one line per row, so block content in a cell is joined with
 * {@code <br>}, a spanned cell is followed by empty cells, and a table inside a cell is written as its cells' text.
 */
final class TableWriter {
    private final MarkdownWriter writer;
    private int depth;

    TableWriter(MarkdownWriter writer) {
        this.writer = writer;
    }

    List<Block> write(Element table) {
        if (depth > 0) {
            return flattened(table);
        }
        depth++;
        try {
            return render(table);
        } finally {
            depth--;
        }
    }

    private List<Block> flattened(Element table) {
        List<Block> blocks = new ArrayList<>();
        for (Element row : rows(table)) {
            for (Element cell : cells(row)) {
                blocks.addAll(writer.children(cell));
            }
        }
        return blocks;
    }

    private List<Block> render(Element table) {
        List<Block> out = new ArrayList<>();
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            out.addAll(writer.children(caption));
        }
        List<Element> rows = rows(table);
        List<List<String>> cells = new ArrayList<>();
        for (Element row : rows) {
            cells.add(rowText(row));
        }
        int columns = cells.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0 || cells.stream().flatMap(List::stream).allMatch(String::isEmpty)) {
            return out;
        }
        out.add(new Block(Block.Kind.TABLE, lines(cells, columns, isHeader(rows.getFirst()))));
        return out;
    }

    private static String lines(List<List<String>> cells, int columns, boolean header) {
        List<String> lines = new ArrayList<>();
        // GFM needs a header row; a table without one gets an empty header rather than promoting data.
        lines.add(header ? line(cells.getFirst(), columns) : line(List.of(), columns));
        lines.add(line(Collections.nCopies(columns, "---"), columns));
        for (List<String> row : header ? cells.subList(1, cells.size()) : cells) {
            lines.add(line(row, columns));
        }
        return String.join("\n", lines);
    }

    private static String line(List<String> row, int columns) {
        List<String> padded = new ArrayList<>(row);
        while (padded.size() < columns) {
            padded.add("");
        }
        StringBuilder line = new StringBuilder("|");
        for (String cell : padded) {
            line.append(cell.isEmpty() ? " |" : " " + cell + " |");
        }
        return line.toString();
    }

    private List<String> rowText(Element row) {
        List<String> texts = new ArrayList<>();
        for (Element cell : cells(row)) {
            texts.add(cellText(cell));
            int span = Math.min(colspan(cell), 100);
            for (int i = 1; i < span; i++) {
                texts.add("");
            }
        }
        return texts;
    }

    private String cellText(Element cell) {
        String joined = MarkdownWriter.join(writer.children(cell), "<br>");
        return joined.replace("\\\n", "<br>").replace("\n", "<br>").replace("|", "\\|");
    }

    private static boolean isHeader(Element row) {
        List<Element> cells = cells(row);
        return MarkdownWriter.tag(row.parent()).equals("thead")
                || (!cells.isEmpty()
                        && cells.stream().allMatch(c -> MarkdownWriter.tag(c).equals("th")));
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (MarkdownWriter.tag(child)) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" ->
                    rows.addAll(child.children().stream()
                            .filter(r -> MarkdownWriter.tag(r).equals("tr"))
                            .toList());
                default -> {}
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream()
                .filter(c -> MarkdownWriter.tag(c).equals("td")
                        || MarkdownWriter.tag(c).equals("th"))
                .toList();
    }

    private static int colspan(Element cell) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr("colspan").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
