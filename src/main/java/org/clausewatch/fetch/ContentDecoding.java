package org.clausewatch.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.FailureClass;

/**
 * Removes Content-Encoding (gzip, deflate, br, in any stack). The size limit applies to the decoded bytes
 * too, because a few kilobytes of gzip can expand to gigabytes.
 */
final class ContentDecoding {
    private ContentDecoding() {}

    static Bytes decode(URI url, Bytes raw, HttpHeaders headers, long limit) throws FetchException {
        List<String> codings = codings(String.join(",", headers.allValues("content-encoding")));
        Bytes body = raw;
        for (int i = codings.size() - 1; i >= 0; i--) {
            body = decodeOne(url, body, codings.get(i), limit);
        }
        return body;
    }

    static List<String> codings(String header) {
        List<String> codings = new ArrayList<>();
        for (String part : header.split(",", -1)) {
            String coding = part.trim().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        return codings;
    }

    private static Bytes decodeOne(URI url, Bytes body, String coding, long limit) throws FetchException {
        if (body.isEmpty()) {
            return body;
        }
        Inflater inflater = coding.equals("deflate") ? new Inflater(!isZlib(body)) : null;
        try (InputStream in = open(url, body, coding, inflater)) {
            return readLimited(url, in, limit);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(
                    url,
                    FailureClass.UNSUPPORTED_CONTENT,
                    "cannot decode " + coding + " body of " + url + ": " + e.getMessage(),
                    e);
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
    }

    private static InputStream open(URI url, Bytes body, String coding, Inflater inflater)
            throws IOException, FetchException {
        return switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(body.stream());
            case "deflate" -> new InflaterInputStream(body.stream(), inflater);
            case "br" -> new BrotliInputStream(body.stream());
            default ->
                throw new FetchException(
                        url,
                        FailureClass.UNSUPPORTED_CONTENT,
                        "unsupported Content-Encoding '" + coding + "' from " + url);
        };
    }

    /** "deflate" means zlib-wrapped by the standard, but some servers send a raw deflate stream. */
    static boolean isZlib(Bytes body) {
        if (body.size() < 2) {
            return false;
        }
        byte[] head = body.prefix(2).toArray();
        int cmf = head[0] & 0xff;
        int flg = head[1] & 0xff;
        return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static Bytes readLimited(URI url, InputStream in, long limit) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        long total = 0;
        for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
            total += n;
            if (total > limit) {
                throw new FetchException(
                        url,
                        FailureClass.TOO_LARGE,
                        "decoded body of " + url + " is too large: it expands past " + limit + " bytes");
            }
            out.write(chunk, 0, n);
        }
        return Bytes.wrap(out.toByteArray());
    }
}
