package org.clausewatch.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.source.SourceDocument;

/** One raw capture (one or several pages) of the snapshot corpus with the Markdown Open Terms Archive made of it. */
record GoldenPair(String service, String termsType, String version, List<Page> pages, Path reference) {
    String name() {
        return service + " / " + termsType + " / " + version;
    }

    /** Every pair in {@code ota-snapshots}, in a stable order. */
    static List<GoldenPair> all(Path snapshots) throws IOException {
        Map<String, String> collections = collections(snapshots.resolve("INDEX.tsv"));
        List<GoldenPair> pairs = new ArrayList<>();
        for (Map.Entry<String, String> document : collections.entrySet()) {
            List<String> key = List.of(document.getKey().split("\t", -1));
            pairs.addAll(pairs(snapshots, key.get(0), key.get(1), document.getValue()));
        }
        return pairs;
    }

    private static Map<String, String> collections(Path index) throws IOException {
        Map<String, String> collections = new LinkedHashMap<>();
        for (Map<String, String> row : Tsv.read(index)) {
            collections.put(row.get("service") + "\t" + row.get("terms_type"), row.get("collection"));
        }
        return collections;
    }

    private static List<GoldenPair> pairs(Path snapshots, String service, String termsType, String collection)
            throws IOException {
        Path folder = snapshots.resolve(service).resolve(termsType);
        Map<String, List<Map<String, String>>> byVersion = new LinkedHashMap<>();
        for (Map<String, String> row : Tsv.read(folder.resolve("_pairs.tsv"))) {
            byVersion
                    .computeIfAbsent(row.get("version_file"), v -> new ArrayList<>())
                    .add(row);
        }
        List<GoldenPair> pairs = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> version : byVersion.entrySet()) {
            Instant at = Instant.parse(version.getValue().getFirst().get("version_fetch_date"));
            List<SourceDocument> sources = OtaDeclarations.sources(
                    snapshots.resolve("declarations").resolve(collection), service, termsType, at);
            List<Page> pages = new ArrayList<>();
            for (Map<String, String> row : version.getValue()) {
                pages.add(page(folder.resolve(row.get("snapshot_file")), row.get("source_location"), sources));
            }
            pages.sort(Comparator.comparingInt(p -> sources.indexOf(p.source())));
            String name = version.getKey().replace(".md", "");
            pairs.add(new GoldenPair(service, termsType, name, pages, folder.resolve(version.getKey())));
        }
        return pairs;
    }

    private static Page page(Path snapshot, String location, List<SourceDocument> sources) throws IOException {
        SourceDocument source = sources.stream()
                .filter(s -> sameLocation(s.location().toString(), location))
                .findFirst()
                .orElseThrow(() -> new IOException(snapshot + ": no declared source fetches " + location));
        String mediaType = snapshot.toString().endsWith(".pdf") ? "application/pdf" : "text/html";
        return new Page(
                URI.create(location), Bytes.wrap(Files.readAllBytes(snapshot)), mediaType, Optional.empty(), source);
    }

    private static boolean sameLocation(String a, String b) {
        return a.replaceAll("/$", "").equals(b.replaceAll("/$", ""));
    }
}
