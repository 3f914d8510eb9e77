package org.clausewatch.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.common.Bytes;

/** Media type and charset of a body: the header when it says, else the bytes themselves. */
final class ContentSniffing {
    static final String OCTET_STREAM = "application/octet-stream";
    private static final int META_WINDOW = 4096;
    private static final Pattern HEADER_CHARSET =
            Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private ContentSniffing() {}

    /** The Content-Type without parameters, lower-case; PDFs are recognised when the header does not say. */
    static String mediaType(Optional<String> contentType, Bytes body) {
        String declared = contentType
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
        boolean undeclared = declared.isEmpty() || declared.equals(OCTET_STREAM);
        if (undeclared && startsWith(body, "%PDF-")) {
            return "application/pdf";
        }
        return declared.isEmpty() ? OCTET_STREAM : declared;
    }

    static Optional<Charset> charset(Optional<String> contentType, Bytes body) {
        Optional<Charset> declared = contentType.flatMap(ContentSniffing::headerCharset);
        if (declared.isPresent()) {
            return declared;
        }
        Optional<Charset> bom = byteOrderMark(body);
        return bom.isPresent() ? bom : metaCharset(body);
    }

    private static Optional<Charset> headerCharset(String contentType) {
        Matcher matcher = HEADER_CHARSET.matcher(contentType);
        return matcher.find() ? named(matcher.group(1)) : Optional.empty();
    }

    static Optional<Charset> byteOrderMark(Bytes body) {
        byte[] head = body.prefix(3).toArray();
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> metaCharset(Bytes body) {
        // Latin-1 maps every byte to one char, so ASCII markup reads right whatever the real encoding is.
        String head = body.prefix(META_WINDOW).decode(StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? named(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(Bytes body, String magic) {
        return body.prefix(magic.length()).decode(StandardCharsets.ISO_8859_1).equals(magic);
    }
}
