package org.clausewatch.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Sha256;

/**
 * The pack's SHA256SUMS in the format {@code sha256sum -c} reads: one line per file, the hex digest, two spaces (text
 * mode, which on every platform ClauseWatch runs on is the same bytes) and the path.
 */
final class Manifest {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  ([A-Za-z0-9._/-]+)");

    private Manifest() {}

    static String of(Map<String, Bytes> files) {
        StringBuilder text = new StringBuilder();
        files.forEach((path, content) ->
                text.append(content.sha256().hex()).append("  ").append(path).append('\n'));
        return text.toString();
    }

    /** Every listed file must be there with its digest, and every file but the manifest must be listed. */
    static List<String> check(Map<String, Bytes> files, Checks checks) {
        List<String> problems = new ArrayList<>();
        Bytes manifest = files.get(PackFiles.MANIFEST);
        if (manifest == null) {
            problems.add("the pack has no " + PackFiles.MANIFEST);
            return problems;
        }
        Map<String, Sha256> listed = parse(manifest.decode(StandardCharsets.UTF_8), problems);
        listed.forEach((path, digest) -> {
            Bytes content = files.get(path);
            if (content == null) {
                problems.add(PackFiles.MANIFEST + " lists " + path + ", which is not in the pack");
            } else if (!content.sha256().equals(digest)) {
                problems.add(path + ": its SHA-256 is " + content.sha256() + ", not " + digest + " as listed");
            }
        });
        files.keySet().stream()
                .filter(path -> !path.equals(PackFiles.MANIFEST) && !listed.containsKey(path))
                .forEach(path -> problems.add(path + " is in the pack but not in " + PackFiles.MANIFEST));
        if (problems.isEmpty()) {
            checks.holds("every one of the " + listed.size() + " files matches its SHA-256 in " + PackFiles.MANIFEST);
        }
        return problems;
    }

    private static Map<String, Sha256> parse(String text, List<String> problems) {
        Map<String, Sha256> listed = new LinkedHashMap<>();
        if (!text.endsWith("\n")) {
            problems.add(PackFiles.MANIFEST + " does not end with a newline");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            Matcher line = LINE.matcher(lines[i]);
            if (!line.matches() || listed.put(line.group(2), new Sha256(line.group(1))) != null) {
                problems.add(PackFiles.MANIFEST + " line " + (i + 1) + " is not '<sha256>  <path>' of a new path");
            }
        }
        return listed;
    }
}
