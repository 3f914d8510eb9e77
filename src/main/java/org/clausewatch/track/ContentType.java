package org.clausewatch.track;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * A media type with the charset detected at fetch time, kept together in the capture index so that a capture
 * re-read from the archive is decoded exactly as it was when fetched.
 */
record ContentType(String mediaType, Optional<Charset> charset) {
    static String format(String mediaType, Optional<Charset> charset) {
        return charset.map(c -> mediaType + "; charset=" + c.name()).orElse(mediaType);
    }

    static ContentType parse(String value) {
        String[] parts = value.split(";");
        Optional<Charset> charset = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = charset(parameter.substring("charset=".length()));
            }
        }
        return new ContentType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.replace("\"", "").strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
