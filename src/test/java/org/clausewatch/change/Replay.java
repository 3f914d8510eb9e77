package org.clausewatch.change;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.Aligner;
import org.clausewatch.provision.Alignment;
import org.clausewatch.provision.Histories;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.clausewatch.provision.Segmenter;

/** A document's history replayed through segmentation, alignment, diff and oscillation detection, as the tracker will. */
final class Replay {
    static final int RECENT = 10;

    /** One change of the history: the file it leads to, and its record. */
    record Step(Path file, ChangeRecord record, List<LineagedProvision> before, List<LineagedProvision> after) {}

    private Replay() {}

    static List<Step> of(Path document) {
        Segmenter segmenter = new Segmenter();
        Aligner aligner = new Aligner();
        Differ differ = new Differ();
        AtomicLong ids = new AtomicLong();
        List<Step> steps = new ArrayList<>();
        List<Sha256> recent = new ArrayList<>();
        List<LineagedProvision> previous = null;
        for (Path file : Histories.versions(document)) {
            String text = Histories.read(file);
            Sha256 hash = Sha256.of(text.strip());
            List<Provision> provisions = segmenter.segment(text);
            if (previous == null) {
                Alignment first = aligner.align(List.of(), provisions, () -> "L" + ids.incrementAndGet());
                previous = first.provisions();
            } else {
                Alignment alignment = aligner.align(previous, provisions, () -> "L" + ids.incrementAndGet());
                ChangeRecord record = differ.diff(previous, alignment.provisions());
                if (Oscillation.isOscillation(hash, recent)) {
                    record = record.flagged(ChangeRecord.Flag.OSCILLATION);
                }
                steps.add(new Step(file, record, previous, alignment.provisions()));
                previous = alignment.provisions();
            }
            recent.add(hash);
            if (recent.size() > RECENT) {
                recent.remove(0);
            }
        }
        return steps;
    }
}
