package org.clausewatch.archive;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

/**
 * The CDXJ index of the archive in the shape pywb reads: one line per response, resource and revisit record, sorted,
 * {@code <SURT> <yyyyMMddHHmmss> {"url", "mime", "status", "digest", "length", "offset", "filename"}}, where offset
 * and length delimit the record's gzip member in the file. The lines are jwarc's, which follows pywb's own indexer,
 * so that a replay tool finds the same keys it would compute itself.
 */
final class CdxjIndex {
    private CdxjIndex() {}

    static CdxjSummary write(Path directory, Writer out) throws IOException {
        List<Path> files = warcFiles(directory);
        List<String> warnings = new ArrayList<>();
        LineCounter counted = new LineCounter(out);
        CdxWriter cdx = new CdxWriter(counted);
        cdx.setFormat(CdxFormat.CDXJ);
        // pywb looks entries up by binary search, so the index must be in key order.
        cdx.setSort(true);
        cdx.onWarning(warnings::add);
        for (Path file : files) {
            index(cdx, file, warnings);
        }
        cdx.close();
        return new CdxjSummary(files.size(), counted.lines, warnings);
    }

    /**
     * A file that cannot be read to its end, as a process killed while appending leaves it, keeps the lines of the
     * records before the damage; what follows is a warning, as {@code verify} reports it, not a failed export.
     */
    private static void index(CdxWriter cdx, Path file, List<String> warnings) throws IOException {
        String name = file.getFileName().toString();
        try (WarcReader reader = new WarcReader(file)) {
            cdx.process(reader, name);
        } catch (IOException | RuntimeException e) {
            warnings.add(
                    name + ": not indexed past the first unreadable record (interrupted write?): " + e.getMessage());
        }
    }

    private static List<Path> warcFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(WarcArchive.SUFFIX))
                    .sorted()
                    .toList();
        }
    }

    /** Counts the lines written through it, so the summary needs no second pass over the index. */
    private static final class LineCounter extends FilterWriter {
        private long lines;

        LineCounter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            count(c);
            super.write(c);
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                count(chars[i]);
            }
            super.write(chars, off, len);
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                count(text.charAt(i));
            }
            super.write(text, off, len);
        }

        /** The caller owns {@code out}; closing the index only flushes it. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private void count(int c) {
            if (c == '\n') {
                lines++;
            }
        }
    }
}
