package org.clausewatch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads Open Terms Archive declarations, unchanged: {@code <service>.json}, with {@code <service>.history.json} for
 * older selectors. A bad file or document is reported as a problem and skipped; loading never throws for one.
 * The service is named by its file, as in Open Terms Archive's datasets.
 */
public final class DeclarationLoader {
    static final String SERVICE_SUFFIX = ".json";
    static final String HISTORY_SUFFIX = ".history.json";
    static final String FILTERS_SUFFIX = ".filters.js";
    private static final Set<String> SERVICE_KEYS = Set.of("name", "terms", "importedFrom");
    /** The name Open Terms Archive used for {@code terms} in its early declarations, still found in archives. */
    private static final String LEGACY_TERMS_KEY = "documents";

    private final TermsTypes termsTypes;
    private final JsonMapper json;

    public DeclarationLoader() {
        this(TermsTypes.load());
    }

    DeclarationLoader(TermsTypes termsTypes) {
        this.termsTypes = termsTypes;
        // A terms type declared twice would otherwise silently replace the first one.
        this.json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Every {@code <service>.json} directly in {@code directory}, in file-name order. */
    public DeclarationSet load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(
                    "declarations folder '" + directory + "' does not exist or is not a folder");
        }
        List<Path> files = list(directory);
        Problems problems = new Problems();
        List<ServiceDeclaration> services = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            if (isServiceFile(file)) {
                readService(file, problems, names).ifPresent(services::add);
            } else if (isHistoryFile(file) && !Files.exists(sibling(file, HISTORY_SUFFIX, SERVICE_SUFFIX))) {
                problems.warning(
                        file,
                        "history file without a declaration "
                                + sibling(file, HISTORY_SUFFIX, SERVICE_SUFFIX).getFileName() + "; ignored");
            }
        }
        return new DeclarationSet(services, problems.all());
    }

    /** One service file, with its history file beside it if there is one. */
    public DeclarationSet loadFile(Path serviceJson) {
        Problems problems = new Problems();
        Optional<ServiceDeclaration> service = readService(serviceJson, problems, new HashMap<>());
        return new DeclarationSet(service.stream().toList(), problems.all());
    }

    private Optional<ServiceDeclaration> readService(Path file, Problems problems, Map<String, Path> names) {
        Optional<JsonNode> root = parse(file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = name(root.get(), file, problems);
        Optional<JsonNode> terms = terms(root.get(), file, problems);
        if (name.isEmpty() || terms.isEmpty() || isDuplicate(name.get(), file, problems, names)) {
            return Optional.empty();
        }
        warnAboutScripts(file, problems);
        String service = stem(file, SERVICE_SUFFIX);
        HistoryFile.Entries history = history(file, problems);
        ServiceFile reader = new ServiceFile(service, file, termsTypes, problems);
        return Optional.of(new ServiceDeclaration(service, file, reader.documents(terms.get(), history)));
    }

    private Optional<JsonNode> parse(Path file, Problems problems) {
        try {
            return Optional.of(json.readTree(Files.readString(file)));
        } catch (JacksonException e) {
            problems.error(file, "not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(file, "cannot be read: " + e);
        }
        return Optional.empty();
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Optional<String> name(JsonNode root, Path file, Problems problems) {
        if (!root.isObject()) {
            problems.error(file, "must be a JSON object with 'name' and 'terms', not " + JsonValues.describe(root));
            return Optional.empty();
        }
        JsonNode name = root.get("name");
        if (name == null) {
            problems.error(file, "has no 'name'");
        } else if (!name.isString() || name.stringValue().isBlank()) {
            problems.error(file, "'name' must be a non-empty string, not " + JsonValues.describe(name));
        } else {
            return Optional.of(name.stringValue());
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> terms(JsonNode root, Path file, Problems problems) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        for (String key : root.propertyNames()) {
            if (!SERVICE_KEYS.contains(key) && !key.equals(LEGACY_TERMS_KEY)) {
                problems.warning(file, "has unknown key '" + key + "', ignored");
            }
        }
        JsonNode terms = root.get("terms");
        if (terms == null && root.has(LEGACY_TERMS_KEY)) {
            problems.warning(file, "uses the early key '" + LEGACY_TERMS_KEY + "'; read as 'terms'");
            terms = root.get(LEGACY_TERMS_KEY);
        }
        if (terms == null) {
            problems.error(file, "has no 'terms'");
            return Optional.empty();
        }
        if (!terms.isObject()) {
            problems.error(file, "'terms' must be an object of terms types, not " + JsonValues.describe(terms));
            return Optional.empty();
        }
        return Optional.of(terms);
    }

    private static boolean isDuplicate(String name, Path file, Problems problems, Map<String, Path> names) {
        Path first = names.putIfAbsent(name, file);
        if (first == null) {
            return false;
        }
        problems.error(
                file,
                "service name '" + name + "' is already declared by " + first.getFileName() + "; this file is ignored");
        return true;
    }

    private static void warnAboutScripts(Path file, Problems problems) {
        Path scripts = sibling(file, SERVICE_SUFFIX, FILTERS_SUFFIX);
        if (Files.exists(scripts)) {
            problems.warning(
                    scripts,
                    "is a JavaScript filters file; ClauseWatch does not run JavaScript from "
                            + "declarations and tracks the documents without it");
        }
    }

    private HistoryFile.Entries history(Path file, Problems problems) {
        Path path = sibling(file, SERVICE_SUFFIX, HISTORY_SUFFIX);
        HistoryFile historyFile = new HistoryFile(path, termsTypes, problems);
        if (!Files.exists(path)) {
            return historyFile.none();
        }
        return parse(path, problems).map(historyFile::read).orElseGet(historyFile::none);
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list declarations folder '" + directory + "'", e);
        }
    }

    static boolean isServiceFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SERVICE_SUFFIX) && !name.endsWith(HISTORY_SUFFIX);
    }

    private static boolean isHistoryFile(Path file) {
        return file.getFileName().toString().endsWith(HISTORY_SUFFIX);
    }

    static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static Path sibling(Path file, String suffix, String otherSuffix) {
        return file.resolveSibling(stem(file, suffix) + otherSuffix);
    }
}
