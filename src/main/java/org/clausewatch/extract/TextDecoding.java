package org.clausewatch.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clausewatch.common.Bytes;

/** Decodes a text capture: the declared charset, else a byte-order mark, else UTF-8. */
final class TextDecoding {
    private TextDecoding() {}

    static String decode(Page page) {
        byte[] bytes = page.content().toArray();
        Optional<Charset> bom = byteOrderMark(bytes);
        Charset charset = page.charset().or(() -> bom).orElse(StandardCharsets.UTF_8);
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static boolean startsWith(Bytes content, int... prefix) {
        return startsWith(content.prefix(prefix.length).toArray(), prefix);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
