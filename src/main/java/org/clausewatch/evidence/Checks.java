package org.clausewatch.evidence;

import java.util.ArrayList;
import java.util.List;

/** What a pack check found, as it goes: what holds, what does not, and what the pack cannot show. */
final class Checks {
    private final List<String> holds = new ArrayList<>();
    private final List<String> fails = new ArrayList<>();
    private final List<String> unproven = new ArrayList<>();

    void holds(String finding) {
        holds.add(finding);
    }

    void fails(String finding) {
        fails.add(finding);
    }

    void failAll(List<String> findings) {
        fails.addAll(findings);
    }

    void unproven(String finding) {
        unproven.add(finding);
    }

    PackReport report() {
        return new PackReport(holds, fails, unproven);
    }
}
