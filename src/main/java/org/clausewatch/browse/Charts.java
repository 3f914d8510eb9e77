package org.clausewatch.browse;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clausewatch.store.Browsing.ChangeSummary;

/** The changes-over-time chart of a document: one bar per year, drawn as inline SVG by the template. */
final class Charts {
    static final int HEIGHT = 120;
    static final int BAR = 28;
    static final int GAP = 6;
    static final int LABEL = 18;

    private Charts() {}

    static Views.Chart changesOverTime(List<ChangeSummary> changes) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (ChangeSummary c : changes) {
            perYear.merge(c.change().toCapturedAt().atZone(ZoneOffset.UTC).getYear(), 1, Integer::sum);
        }
        if (perYear.isEmpty()) {
            return new Views.Chart(0, HEIGHT, List.of(), "No changes recorded yet.");
        }
        int first = perYear.keySet().iterator().next();
        int last = ((TreeMap<Integer, Integer>) perYear).lastKey();
        int max = perYear.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Views.Bar> bars = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            int count = perYear.getOrDefault(year, 0);
            int height = count == 0 ? 0 : Math.max(2, count * (HEIGHT - LABEL - 4) / max);
            int x = (year - first) * (BAR + GAP);
            bars.add(new Views.Bar(x, HEIGHT - LABEL - height, BAR, height, Integer.toString(year), count));
        }
        int width = bars.size() * (BAR + GAP);
        return new Views.Chart(
                width, HEIGHT, bars, changes.size() + " changes from " + first + " to " + last + ", per year");
    }
}
