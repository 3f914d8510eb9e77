package org.clausewatch.archive;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clausewatch.common.Response;

/** The HTTP messages of a capture as they are written into WARC record blocks. */
final class HttpBlocks {
    /**
     * The payload we archive is already decoded, so these headers would describe bytes we do not keep; they are
     * written under {@link #ORIGINAL_PREFIX} instead, so the evidence still shows what the server sent.
     */
    private static final Set<String> REWRITTEN = Set.of("content-encoding", "content-length", "transfer-encoding");

    static final String ORIGINAL_PREFIX = "X-ClauseWatch-Original-";

    private HttpBlocks() {}

    /** Status line and headers of the response, ending with the blank line, with a Content-Length that fits. */
    static byte[] responseHead(Response response) {
        StringBuilder head = new StringBuilder();
        head.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status()));
        head.append("\r\n");
        for (Map.Entry<String, List<String>> header : sorted(response.headers()).entrySet()) {
            String name = header.getKey();
            String written = REWRITTEN.contains(name.toLowerCase(Locale.ROOT)) ? ORIGINAL_PREFIX + name : name;
            header.getValue().forEach(value -> appendHeader(head, written, value));
        }
        appendHeader(head, "Content-Length", Integer.toString(response.payload().size()));
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A GET request for the final URL with the headers the fetcher sent. */
    static byte[] requestHead(Response response) {
        URI url = response.finalUrl();
        StringBuilder head = new StringBuilder("GET ").append(pathAndQuery(url)).append(" HTTP/1.1\r\n");
        if (url.getRawAuthority() != null) {
            appendHeader(head, "Host", url.getRawAuthority());
        }
        sorted(response.requestHeaders()).forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> appendHeader(head, name, value));
            }
        });
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] head, byte[] payload) {
        ByteArrayOutputStream block = new ByteArrayOutputStream(head.length + payload.length);
        block.writeBytes(head);
        block.writeBytes(payload);
        return block.toByteArray();
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** HTTP/2 pseudo-headers such as {@code :status} are not HTTP/1.1 headers and are left out. */
    private static Map<String, List<String>> sorted(Map<String, List<String>> headers) {
        Map<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!name.startsWith(":") && isToken(name)) {
                sorted.merge(name, values, (a, b) -> a);
            }
        });
        return sorted;
    }

    /** Header text comes from hostile servers: a CR or LF in it must not be able to forge WARC or HTTP lines. */
    private static void appendHeader(StringBuilder head, String name, String value) {
        String safe = value.replace('\r', ' ').replace('\n', ' ');
        head.append(name).append(": ").append(safe).append("\r\n");
    }

    private static boolean isToken(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c > 32 && c < 127 && c != ':');
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
