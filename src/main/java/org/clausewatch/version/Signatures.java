package org.clausewatch.version;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The error-page, bot-challenge and cookie-wall signatures of {@code error-page-signatures.txt}. */
final class Signatures {
    static final String RESOURCE = "error-page-signatures.txt";
    private static final Pattern KIND_LINE = Pattern.compile("\\[([a-z ]+)]");

    private final List<Signature> signatures;

    /** One signature and the kind of page it reveals. */
    record Signature(Decision.Kind kind, Pattern pattern) {}

    /** Where a signature was found: the words that matched. */
    record Match(Decision.Kind kind, String matched) {}

    Signatures(List<Signature> signatures) {
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("no error-page signature given");
        }
        this.signatures = List.copyOf(signatures);
    }

    static Signatures load() {
        try (InputStream in = Signatures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    static Signatures parse(BufferedReader reader) throws IOException {
        List<Signature> signatures = new ArrayList<>();
        Decision.Kind kind = null;
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Matcher kindLine = KIND_LINE.matcher(entry);
            if (kindLine.matches()) {
                kind = kind(kindLine.group(1), number);
            } else if (kind == null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": signature before any [kind] line");
            } else {
                signatures.add(new Signature(kind, compile(entry, number)));
            }
        }
        return new Signatures(signatures);
    }

    private static Decision.Kind kind(String name, int number) {
        try {
            return Decision.Kind.valueOf(name.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": unknown kind '" + name + "'", e);
        }
    }

    private static Pattern compile(String regex, int number) {
        try {
            return Pattern.compile(regex, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(
                    RESOURCE + " line " + number + ": malformed regular expression '" + regex + "'", e);
        }
    }

    /** The first signature found in {@code text}, which the caller has already cut to where signatures count. */
    Optional<Match> find(String text) {
        String folded = fold(text);
        for (Signature signature : signatures) {
            Matcher matcher = signature.pattern().matcher(folded);
            if (matcher.find()) {
                return Optional.of(new Match(signature.kind(), matcher.group()));
            }
        }
        return Optional.empty();
    }

    /** Lower case, straight apostrophes and Markdown emphasis removed, so one signature covers every spelling. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("[*_#>`]+", "")
                .replaceAll("(?m)^[ \\t]+|[ \\t]+$", "");
    }
}
