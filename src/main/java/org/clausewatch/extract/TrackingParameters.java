package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Query parameter names that track visitors or campaigns rather than address a document; exact names or {@code prefix*}. */
final class TrackingParameters {
    static final String RESOURCE = "/org/clausewatch/extract/tracking-parameters.txt";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]]+\\*?");

    private final Set<String> names;
    private final List<String> prefixes;

    private TrackingParameters(Set<String> names, List<String> prefixes) {
        this.names = Set.copyOf(names);
        this.prefixes = List.copyOf(prefixes);
    }

    static TrackingParameters load(String resource) {
        return parse(DataFile.read(resource));
    }

    static TrackingParameters parse(List<DataFile.Line> lines) {
        Set<String> names = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataFile.Line line : lines) {
            if (!NAME.matcher(line.text()).matches()) {
                throw line.problem("not a query parameter name or prefix*");
            }
            String entry = line.text().toLowerCase(Locale.ROOT);
            if (!seen.add(entry)) {
                throw line.problem("listed twice");
            }
            if (entry.endsWith("*")) {
                prefixes.add(entry.substring(0, entry.length() - 1));
            } else {
                names.add(entry);
            }
        }
        return new TrackingParameters(names, prefixes);
    }

    boolean matches(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        return names.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }
}
