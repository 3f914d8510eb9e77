package org.clausewatch.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.clausewatch.common.Sha256;

/**
 * The version under which readings are stored: the reading code's revision and a digest of every knowledge file a
 * reading depends on (models, cue lists, actor words, taxonomy, regulations, attribute lexicon, explanations,
 * severity rules).
 * Editing any of those files gives a new version by itself, so {@code analyse} (and {@code serve} at start) read
 * every wording again; a change of the reading code alone needs {@link #REVISION} raised by hand.
 */
final class ReaderVersion {
    /** Raise when the reading code changes what it reads from the same knowledge files. */
    static final String REVISION = "10";

    /**
     * Every file under {@code org/clausewatch/knowledge} and {@code org/clausewatch/analysis} of the runtime class path
     * (training-only files live elsewhere); a test keeps this list complete.
     */
    static final List<String> KNOWLEDGE = List.of(
            "org/clausewatch/knowledge/taxonomy.json",
            "org/clausewatch/knowledge/regulations.json",
            "org/clausewatch/analysis/topic-cues.txt",
            "org/clausewatch/analysis/topic-model.bin",
            "org/clausewatch/analysis/unfair-tos-model.bin",
            "org/clausewatch/analysis/actor-phrases.txt",
            "org/clausewatch/analysis/attribute/comparisons.tsv",
            "org/clausewatch/analysis/attribute/explanations.tsv",
            "org/clausewatch/analysis/attribute/lexicon.tsv",
            "org/clausewatch/analysis/attribute/severity-rules.tsv",
            "org/clausewatch/analysis/attribute/topic-rules.tsv");

    private static final int DIGEST_CHARACTERS = 12;

    /**
     * Where the build records {@link #shipped()} beside the classes, so that a start does not read and digest the 8 MB
     * of knowledge files to learn a value fixed when the jar was built.
     */
    static final String RECORDED = "org/clausewatch/reading/reader-version.txt";

    private ReaderVersion() {}

    /**
     * Run by the build after compiling ({@code exec-maven-plugin} in pom.xml): writes {@link #shipped()} to
     * {@link #RECORDED} under the class folder {@code args[0]}.
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(RECORDED);
        Files.createDirectories(file.getParent());
        Files.writeString(file, shipped() + "\n", StandardCharsets.UTF_8);
    }

    /**
     * The version the build recorded; computed from the knowledge files when there is no record (classes compiled
     * outside the Maven build), and then the same value.
     */
    static String recorded() {
        try (InputStream in = ReaderVersion.class.getClassLoader().getResourceAsStream(RECORDED)) {
            return in == null ? shipped() : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RECORDED + ": " + e.getMessage(), e);
        }
    }

    /** The version of the shipped reader: revision, a dash and the first 12 hex digits of the knowledge digest. */
    static String shipped() {
        return of(REVISION, KNOWLEDGE, ReaderVersion::resource);
    }

    /** {@code revision} and the digest over each named file's name and bytes, in the order given. */
    static String of(String revision, List<String> names, Function<String, byte[]> bytes) {
        MessageDigest digest = Sha256.digest();
        for (String name : names) {
            byte[] content = bytes.apply(name);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
        }
        return revision + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, DIGEST_CHARACTERS);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReaderVersion.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + name + ": " + e.getMessage(), e);
        }
    }
}
