package org.clausewatch.change;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.clausewatch.provision.Aligner;
import org.clausewatch.provision.Histories;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.clausewatch.provision.Segmenter;
import org.junit.jupiter.api.Test;

class TimingIT {
    public static void main(String[] args) {
        new TimingIT().time();
    }

    @Test
    void time() {
        Path doc = Histories.document(
                System.getProperty("svc", "Google Generative AI Services"),
                System.getProperty("type", "Privacy Policy"));
        List<String> texts = new ArrayList<>();
        for (Path f : Histories.versions(doc)) texts.add(Histories.read(f));
        Segmenter s = new Segmenter();
        Aligner a = new Aligner();
        Differ d = new Differ();
        for (int round = 0; round < 3; round++) {
            long seg = 0, al = 0, df = 0;
            AtomicLong ids = new AtomicLong();
            List<LineagedProvision> prev = List.of();
            int n = 0;
            for (String t : texts) {
                long t0 = System.nanoTime();
                List<Provision> ps = s.segment(t);
                long t1 = System.nanoTime();
                List<LineagedProvision> next =
                        a.align(prev, ps, () -> "L" + ids.incrementAndGet()).provisions();
                long t2 = System.nanoTime();
                d.diff(prev, next);
                long t3 = System.nanoTime();
                seg += t1 - t0;
                al += t2 - t1;
                df += t3 - t2;
                prev = next;
                n = ps.size();
            }
            System.out.printf(
                    "versions %d provisions %d: segment %d ms, align %d ms, diff %d ms%n",
                    texts.size(), n, seg / 1_000_000, al / 1_000_000, df / 1_000_000);
        }
    }
}
