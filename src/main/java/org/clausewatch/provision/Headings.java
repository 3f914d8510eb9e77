package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.List;

/** The headings open at a point of the document, outermost first. */
final class Headings {
    private final List<Integer> levels = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private List<String> path = List.of();

    void enter(int level, String markdown) {
        String title = MarkdownText.plain(markdown);
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            titles.remove(titles.size() - 1);
        }
        if (!title.isEmpty()) {
            levels.add(level);
            titles.add(title);
        }
        path = List.copyOf(titles);
    }

    void clear() {
        levels.clear();
        titles.clear();
        path = List.of();
    }

    /** The current path; one shared immutable list per heading, since a section can hold hundreds of provisions. */
    List<String> path() {
        return path;
    }
}
