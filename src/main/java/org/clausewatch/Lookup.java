package org.clausewatch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The configured values in precedence order: command line, environment, configuration file. A name ClauseWatch does
 * not know is refused up front, with the names it knows, so that a misspelt key is not silently ignored.
 */
final class Lookup {
    private static final String PREFIX = "CLAUSEWATCH_";

    private final Map<Setting, String> options;
    private final Map<String, String> environment;
    private final Properties file;
    private final Path path;

    private Lookup(Map<Setting, String> options, Map<String, String> environment, Properties file, Path path) {
        this.options = options.isEmpty() ? Map.of() : new EnumMap<>(options);
        this.environment = Map.copyOf(environment);
        this.file = file;
        this.path = path;
    }

    /** Reads {@code path} when it exists and checks every name in the environment and the file. */
    static Lookup read(Path path, Map<Setting, String> options, Map<String, String> environment) throws IOException {
        Properties file = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(reader);
            }
        }
        refuseUnknown(
                "environment",
                "variable",
                environment.keySet().stream().filter(name -> name.startsWith(PREFIX)),
                Setting::variable);
        refuseUnknown(path.toString(), "key", file.stringPropertyNames().stream(), Setting::property);
        return new Lookup(options, environment, file, path);
    }

    private static void refuseUnknown(
            String where, String noun, Stream<String> names, Function<Setting, String> naming) {
        Set<String> known = Arrays.stream(Setting.values())
                .filter(Setting::configurable)
                .map(naming)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> unknown = names.filter(n -> !known.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown " + noun + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; the known " + noun + "s are " + String.join(", ", known));
        }
    }

    /** The value of {@code key} from the first place that sets it; a blank value sets nothing. */
    Optional<Value> find(Setting key) {
        return value(key, options.get(key), key.option())
                .or(() -> key.configurable()
                        ? value(key, environment.get(key.variable()), key.variable())
                        : Optional.empty())
                .or(() -> key.configurable()
                        ? value(key, file.getProperty(key.property()), path.toString())
                        : Optional.empty());
    }

    private static Optional<Value> value(Setting key, String text, String from) {
        return Optional.ofNullable(text)
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .map(t -> new Value(key, t, from));
    }

    /** A value for one key and where it was found, so that a bad one is reported with both. */
    record Value(Setting key, String text, String from) {
        private static final Set<String> TRUE = Set.of("true", "yes", "1");
        private static final Set<String> FALSE = Set.of("false", "no", "0");

        IllegalArgumentException bad(String why) {
            return bad(why, null);
        }

        private IllegalArgumentException bad(String why, Throwable cause) {
            return new IllegalArgumentException(key.property() + " '" + text + "' (from " + from + ") " + why, cause);
        }

        boolean flag() {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!TRUE.contains(lower) && !FALSE.contains(lower)) {
                throw bad("is not true or false");
            }
            return TRUE.contains(lower);
        }

        long wholeNumber(long min, long max) {
            long number;
            try {
                number = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw bad("is not a whole number", e);
            }
            if (number < min || number > max) {
                throw bad(max >= Integer.MAX_VALUE ? "must be at least " + min : "must be " + min + " to " + max);
            }
            return number;
        }

        Duration positiveDuration() {
            Duration duration;
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw bad("is not an ISO-8601 duration such as PT30S or PT6H", e);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw bad("must be positive");
            }
            return duration;
        }

        Path path() {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw bad("is not a path", e);
            }
        }

        URI absoluteUrl() {
            try {
                URI url = new URI(text);
                if (url.isAbsolute()) {
                    return url;
                }
                throw bad("is not an absolute URL such as https://clausewatch.example.org/");
            } catch (URISyntaxException e) {
                throw bad("is not a URL such as https://clausewatch.example.org/", e);
            }
        }

        ZoneId zone() {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw bad("is not a time zone such as Europe/Paris", e);
            }
        }

        /** The comma-separated items, without blanks. */
        Set<String> list() {
            return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(item -> !item.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }

        <E extends Enum<E>> E oneOf(Class<E> type) {
            List<E> constants = List.of(type.getEnumConstants());
            return constants.stream()
                    .filter(c -> c.name().equalsIgnoreCase(text))
                    .findFirst()
                    .orElseThrow(() -> bad("is not one of "
                            + constants.stream()
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", "))));
        }
    }
}
