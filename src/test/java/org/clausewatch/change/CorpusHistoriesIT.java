package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.provision.Aligner;
import org.clausewatch.provision.Histories;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.provision.Segmenter;
import org.junit.jupiter.api.Test;

/** The rules on real histories of the shared corpus (skipped when it is absent). */
class CorpusHistoriesIT {

    private static Replay.Step step(List<Replay.Step> steps, String file) {
        return steps.stream()
                .filter(s -> s.file().getFileName().toString().equals(file))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change into " + file));
    }

    @Test
    void findsKnownSubstantiveChangesAtTheProvisionsWhoseWordsChanged() {
        List<Replay.Step> steps = Replay.of(Histories.document("ChatGPT", "Terms of Service"));

        ChangeRecord sora = step(steps, "2025-11-01T00-31-05Z.md").record();
        assertThat(sora.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(sora.items())
                .filteredOn(i -> i.significance() == Significance.SUBSTANTIVE)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MODIFIED);
                    assertThat(item.path()).containsExactly("Service terms", "6. Image and Video Capabilities");
                    assertThat(item.after().orElseThrow()).contains("cameo");
                    assertThat(item.before().orElseThrow()).doesNotContain("cameo");
                });

        ChangeRecord apple = step(steps, "2024-10-23T18-30-01Z.md").record();
        assertThat(apple.items())
                .filteredOn(i -> i.significance() == Significance.SUBSTANTIVE)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.path()).containsExactly("Europe Terms of Use", "Content");
                    assertThat(item.redline())
                            .filteredOn(r -> r.op() == Redline.Op.INSERT)
                            .anySatisfy(r -> assertThat(r.text()).contains("Apple"));
                });
        assertThat(apple.items())
                .filteredOn(i -> i.significance() == Significance.MINOR)
                .allSatisfy(item -> assertThat(item.reason()).isEqualTo("date"));
    }

    @Test
    void linkTokenChurnIsNeverSubstantive() {
        int churnOnly = 0;
        for (String[] document : new String[][] {
            {"ChatGPT", "Commercial Terms"}, {"ChatGPT", "Business Privacy Policy"}, {"Claude.ai", "Privacy Policy"}
        }) {
            Path folder = Histories.document(document[0], document[1]);
            List<Path> files = Histories.versions(folder);
            List<Replay.Step> steps = Replay.of(folder);
            for (int i = 0; i < steps.size(); i++) {
                List<String> before = words(Histories.read(files.get(i)));
                List<String> after = words(Histories.read(files.get(i + 1)));
                if (before.equals(after)) {
                    churnOnly++;
                    assertThat(steps.get(i).record().significance())
                            .as("change into %s, which changes no word", files.get(i + 1))
                            .isNotEqualTo(Significance.SUBSTANTIVE);
                }
            }
        }
        assertThat(churnOnly).as("versions whose only changes are link targets").isGreaterThan(100);
    }

    private static List<String> words(String markdown) {
        return MarkdownText.words(MarkdownText.plain(markdown));
    }

    @Test
    void flipFlopsAreFlaggedWithTheSignificanceOfWhatTheyChange() {
        List<Replay.Step> steps = Replay.of(Histories.document("ChatGPT", "Terms of Service"));

        // 2025-08-13T12:31 brings back the exact text of 2025-07-31 (same hash in _versions.tsv).
        assertThat(step(steps, "2025-08-13T12-31-03Z.md").record().flags()).contains(ChangeRecord.Flag.OSCILLATION);
        List<ChangeRecord> flagged = steps.stream()
                .map(Replay.Step::record)
                .filter(r -> r.flags().contains(ChangeRecord.Flag.OSCILLATION))
                .toList();
        assertThat(flagged).hasSizeGreaterThan(10);
        // They move an ellipsis line ("…") in and out of the "Updated" line and the governing-law paragraph: no word
        // changes, and once those provisions keep their lineage (reworded matching) nothing is added or removed. The
        // flag says they flip back, the significance what a reader will see.
        assertThat(flagged).allMatch(r -> r.significance() == Significance.COSMETIC);
    }

    /**
     * Takes a real document, renumbers its numbered headings ("6\. Image…" becomes "7\. Image…") and reverses the
     * order of its sections, then checks that every provision keeps the lineage id of the provision with the same text
     * and that the change record holds nothing but moves.
     */
    @Test
    void lineageIdsSurviveRenumberingAndReorderingOfARealDocument() {
        List<Path> files = Histories.versions(Histories.document("ChatGPT", "Terms of Service"));
        String original = Histories.read(files.get(files.size() - 1));
        String shuffled = reversedSections(renumbered(original));
        assertThat(shuffled).isNotEqualTo(original).contains("7\\. Image and Video Capabilities");

        Segmenter segmenter = new Segmenter();
        Aligner aligner = new Aligner();
        int[] counter = {0};
        List<LineagedProvision> before = aligner.align(List.of(), segmenter.segment(original), () -> "L" + counter[0]++)
                .provisions();
        List<LineagedProvision> after = aligner.align(before, segmenter.segment(shuffled), () -> "new" + counter[0]++)
                .provisions();

        Map<String, String> idByText = new HashMap<>();
        before.forEach(p -> idByText.merge(p.provision().text(), p.lineageId(), (a, b) -> "ambiguous"));
        assertThat(after).hasSameSizeAs(before);
        for (LineagedProvision provision : after) {
            String expected = idByText.get(provision.provision().text());
            if (!"ambiguous".equals(expected)) {
                assertThat(provision.lineageId())
                        .as(provision.provision().text())
                        .isEqualTo(expected);
            }
        }
        ChangeRecord record = new Differ().diff(before, after);
        assertThat(record.items())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MOVED));
    }

    private static final Pattern NUMBERED_HEADING = Pattern.compile("(?m)^(\\d+)\\\\\\. ");

    private static String renumbered(String markdown) {
        Matcher matcher = NUMBERED_HEADING.matcher(markdown);
        return matcher.replaceAll(m -> (Integer.parseInt(m.group(1)) + 1) + "\\\\. ");
    }

    /** The document cut before every underlined heading, the pieces after the first in reverse order. */
    private static String reversedSections(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            boolean headingStarts = i + 1 < lines.length && lines[i + 1].matches("-{3,}") && !lines[i].isBlank();
            if (headingStarts && !current.isEmpty()) {
                sections.add(current.toString());
                current.setLength(0);
            }
            current.append(lines[i]).append('\n');
        }
        sections.add(current.toString());
        List<String> rest = new ArrayList<>(sections.subList(1, sections.size()));
        Collections.reverse(rest);
        return sections.get(0) + "\n" + String.join("\n", rest);
    }
}
