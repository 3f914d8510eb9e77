package org.clausewatch.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays every real version history of the shared corpus through the versioning rules, as a tracker would have met
 * them, and checks that exactly the captures inspected as not being the document are refused.
 */
class VersionHistoriesIT {
    private final Versioner versioner = new Versioner();

    /** A refused capture: the document, the file, and why. */
    record Refusal(String document, String file, Decision.Anomaly anomaly) {}

    private static Path corpus() {
        Path beside = Path.of("../shared/corpus");
        Path root = Files.isDirectory(beside)
                ? beside
                : Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus"));
        assumeTrue(
                Files.isDirectory(root.resolve("ota")),
                "shared corpus not found at ../shared/corpus (or -Dclausewatch.corpus); skipping");
        return root.resolve("ota");
    }

    @Test
    void refusesExactlyTheRecordedErrorPagesAndFragments() throws IOException {
        List<Refusal> refusals = new ArrayList<>();
        int versions = 0;
        for (Path document : documents(corpus())) {
            versions += replay(document, refusals);
        }

        System.out.println("replayed " + versions + " versions; refused " + refusals.size());
        refusals.forEach(r -> System.out.println("refused " + r.document() + " " + r.file() + ": "
                + r.anomaly().kind() + ": " + r.anomaly().reason()));
        Map<String, Long> perDocument = new TreeMap<>();
        refusals.forEach(r -> perDocument.merge(r.document() + " " + r.anomaly().kind(), 1L, Long::sum));
        assertThat(perDocument).isEqualTo(EXPECTED);
    }

    /**
     * Inspected one by one. Error pages: Amazon's "We're Sorry… can't find the page", Meta's "This page isn't
     * available" (Llama API, again and again), TikTok's "Oops! 404". Drastic shrinks, each a capture that is not
     * the document: GitHub Copilot's privacy statement reduced to its title and its terms reduced to the
     * "Additional Products" page for two months, Reddit's policy cut off mid-table, Snapchat's policy reduced to its
     * date line, Telegram's and TikTok's terms served as short German pages, TikTok's virtual-items policy reduced to
     * one link, WhatsApp's documents replaced by the legal menu.
     */
    private static final Map<String, Long> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("Amazon.com/Privacy Policy ERROR_PAGE", 2L),
            Map.entry("Amazon.com/Terms of Service ERROR_PAGE", 3L),
            Map.entry("GitHub Copilot/Privacy Policy DRASTIC_SHRINK", 1L),
            Map.entry("GitHub Copilot/Terms of Service DRASTIC_SHRINK", 2L),
            Map.entry("Llama API/Acceptable Use Policy ERROR_PAGE", 41L),
            Map.entry("Reddit/Privacy Policy DRASTIC_SHRINK", 1L),
            Map.entry("Snapchat/Privacy Policy DRASTIC_SHRINK", 1L),
            Map.entry("Telegram/Terms of Service DRASTIC_SHRINK", 4L),
            Map.entry("TikTok/Community Guidelines ERROR_PAGE", 1L),
            Map.entry("TikTok/In-App Purchases Policy DRASTIC_SHRINK", 1L),
            Map.entry("TikTok/Terms of Service DRASTIC_SHRINK", 1L),
            Map.entry("WhatsApp/Privacy Policy DRASTIC_SHRINK", 2L),
            Map.entry("WhatsApp/Terms of Service DRASTIC_SHRINK", 2L)));

    private int replay(Path document, List<Refusal> refusals) throws IOException {
        Optional<String> previous = Optional.empty();
        List<String> files = versionFiles(document);
        String name = document.getParent().getFileName() + "/" + document.getFileName();
        for (String file : files) {
            String text = Files.readString(document.resolve(file), StandardCharsets.UTF_8);
            Decision decision = versioner.decide(previous, text);
            if (decision instanceof Decision.Anomaly anomaly) {
                refusals.add(new Refusal(name, file, anomaly));
            } else {
                previous = Optional.of(text);
            }
        }
        return files.size();
    }

    private static List<String> versionFiles(Path document) throws IOException {
        try (Stream<String> lines = Files.lines(document.resolve("_versions.tsv"))) {
            return lines.skip(1).map(line -> line.split("\t")[0]).toList();
        }
    }

    private static List<Path> documents(Path ota) throws IOException {
        try (Stream<Path> files = Files.walk(ota, 3)) {
            return files.filter(path -> path.getFileName().toString().equals("_versions.tsv"))
                    .map(Path::getParent)
                    .sorted()
                    .toList();
        }
    }
}
