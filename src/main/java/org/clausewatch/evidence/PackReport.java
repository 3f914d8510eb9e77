package org.clausewatch.evidence;

import java.util.List;

/**
 * The offline check of a pack: what holds, what does not (any tampering lands here), and what the pack cannot prove
 * (no timestamp token covers its captures yet). The pack is sound when nothing fails.
 */
public record PackReport(List<String> holds, List<String> fails, List<String> unproven) {
    public PackReport {
        holds = List.copyOf(holds);
        fails = List.copyOf(fails);
        unproven = List.copyOf(unproven);
    }

    public boolean sound() {
        return fails.isEmpty();
    }
}
