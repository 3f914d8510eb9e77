package org.clausewatch.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.clausewatch.common.Bytes;

/** The files of a pack by path, in pack order, to and from ZIP. */
final class PackFiles {
    static final String MANIFEST = "SHA256SUMS";
    static final String README = "README.txt";
    static final String INDEX = "pack.json";

    /** A pack holds a version's few records; far more than this is no pack ClauseWatch wrote. */
    private static final long MAX_BYTES = 1L << 30;

    private static final int MAX_FILES = 100_000;

    /** The earliest time a ZIP header can hold, for every file of every pack. */
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final SequencedMap<String, Bytes> files = new LinkedHashMap<>();

    void put(String path, Bytes content) {
        files.put(path, content);
    }

    void put(String path, String text) {
        files.put(path, Bytes.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    Map<String, Bytes> files() {
        return files;
    }

    /**
     * Writes every file in order, stored (not deflated) with one fixed time, so that the same files always make the
     * same bytes whatever the compressor or time zone: a check can then tell a changed ZIP header from a sound one.
     */
    void zip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, Bytes> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(EPOCH);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(file.getValue().size());
            CRC32 crc = new CRC32();
            crc.update(file.getValue().toArray());
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(file.getValue().toArray());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The ZIP ClauseWatch writes of these files. */
    byte[] zipped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        zip(out);
        return out.toByteArray();
    }

    /** Reads a whole pack, refusing one larger than ClauseWatch would write. */
    static byte[] readAll(InputStream in) throws IOException {
        return read(in, MAX_BYTES);
    }

    static PackFiles unzip(InputStream in) throws IOException {
        PackFiles pack = new PackFiles();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = read(zip, MAX_BYTES - total);
                total += content.length;
                if (pack.files.containsKey(entry.getName()) || pack.files.size() >= MAX_FILES) {
                    throw new IOException("the pack holds " + entry.getName() + " twice, or too many files");
                }
                pack.files.put(entry.getName(), Bytes.wrap(content));
            }
        }
        return pack;
    }

    private static byte[] read(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > room) {
                throw new IOException("the pack is larger than " + MAX_BYTES + " bytes unpacked");
            }
        }
        return out.toByteArray();
    }
}
