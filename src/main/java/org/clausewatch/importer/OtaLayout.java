package org.clausewatch.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the folder layout of an Open Terms Archive dataset. */
final class OtaLayout {
    private static final Pattern VERSION_FILE = Pattern.compile("(.+Z)(?:_(\\d{1,3}))?\\.md");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'");

    private OtaLayout() {}

    /** Every {@code <service>/<terms type>/} folder that holds at least one dated {@code .md} file. */
    static List<OtaDocument> documents(Path dataset) throws IOException {
        List<OtaDocument> documents = new ArrayList<>();
        for (Path service : sortedFolders(dataset)) {
            for (Path terms : sortedFolders(service)) {
                List<OtaDocument.VersionFile> files = versionFiles(terms);
                if (!files.isEmpty()) {
                    documents.add(new OtaDocument(name(service), name(terms), files));
                }
            }
        }
        return documents;
    }

    private static List<Path> sortedFolders(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(p ->
                            !name(p).startsWith(".") && !name(p).startsWith("_") && !name(p).equals("declarations"))
                    .sorted(Comparator.comparing(OtaLayout::name))
                    .toList();
        }
    }

    private static List<OtaDocument.VersionFile> versionFiles(Path terms) throws IOException {
        Set<String> upgrades = technicalUpgrades(terms.resolve("_versions.tsv"));
        try (Stream<Path> entries = Files.list(terms)) {
            return entries.filter(p -> name(p).endsWith(".md"))
                    .sorted(Comparator.comparing(OtaLayout::name))
                    .map(p -> new OtaDocument.VersionFile(p, capturedAt(p), upgrades.contains(name(p))))
                    .toList();
        }
    }

    /** Names of the files whose kind is {@code technical-upgrade}, from the optional {@code _versions.tsv}. */
    private static Set<String> technicalUpgrades(Path tsv) throws IOException {
        Set<String> upgrades = new HashSet<>();
        if (!Files.isRegularFile(tsv)) {
            return upgrades;
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return upgrades;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int kind = header.indexOf("kind");
        if (file < 0 || kind < 0) {
            return upgrades;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > Math.max(file, kind) && cells[kind].equals("technical-upgrade")) {
                upgrades.add(cells[file]);
            }
        }
        return upgrades;
    }

    /**
     * The capture time in the file name. Several versions recorded within one second are named
     * {@code <time>_2.md}, {@code <time>_3.md}: the n-th is placed n-1 milliseconds later to keep them ordered and distinct.
     */
    private static Instant capturedAt(Path file) {
        Matcher name = VERSION_FILE.matcher(name(file));
        if (!name.matches()) {
            throw new IllegalArgumentException("import-ota: " + file
                    + " is not named <YYYY-MM-DDTHH-MM-SSZ>.md as Open Terms Archive names versions");
        }
        int sequence = name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
        try {
            return LocalDateTime.parse(name.group(1), FILE_TIME)
                    .toInstant(ZoneOffset.UTC)
                    .plusMillis(sequence - 1L);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "import-ota: " + file
                            + " is not named <YYYY-MM-DDTHH-MM-SSZ>.md as Open Terms Archive names versions",
                    e);
        }
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }
}
