package org.clausewatch.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.common.Response;
import org.clausewatch.common.Sha256;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds the WARC/1.1 records of a capture and serialises each as its own gzip member. */
final class WarcRecords {
    static final String RENDERED_HEADER = "X-ClauseWatch-Rendered-By";
    static final String RENDERED_BY = "headless browser; the block is the DOM serialised after scripts ran";
    /** Fields of the metadata record that lists the sub-requests of a rendered page ClauseWatch refused. */
    static final String REFUSED_TOTAL = "refused-requests-total";

    static final String REFUSED_REQUEST = "refused-request";

    private WarcRecords() {}

    /** What a revisit points at: the record that really holds the payload. */
    record Original(URI recordId, URI url, Instant capturedAt) {}

    static URI newRecordId() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    static byte[] warcinfo(String fileName) throws IOException {
        Warcinfo info = new Warcinfo.Builder()
                .version(MessageVersion.WARC_1_1)
                .recordId(newRecordId())
                .date(Instant.now())
                .filename(fileName)
                .fields(Map.of("software", List.of("ClauseWatch"), "format", List.of("WARC File Format 1.1")))
                .build();
        return gzip(info);
    }

    static byte[] request(Response response, URI id, URI concurrentTo) throws IOException {
        byte[] block = HttpBlocks.requestHead(response);
        WarcRequest request = new WarcRequest.Builder(response.finalUrl())
                .version(MessageVersion.WARC_1_1)
                .recordId(id)
                .date(response.fetchedAt())
                .concurrentTo(concurrentTo)
                .body(MediaType.HTTP_REQUEST, block)
                .blockDigest(digest(Sha256.of(block)))
                .build();
        return gzip(request);
    }

    static byte[] response(Response response, URI id, Sha256 payloadDigest) throws IOException {
        byte[] block = HttpBlocks.concat(
                HttpBlocks.responseHead(response), response.payload().toArray());
        WarcResponse record = new WarcResponse.Builder(response.finalUrl())
                .version(MessageVersion.WARC_1_1)
                .recordId(id)
                .date(response.fetchedAt())
                .body(MediaType.HTTP_RESPONSE, block)
                .blockDigest(digest(Sha256.of(block)))
                .payloadDigest(digest(payloadDigest))
                .build();
        return gzip(record);
    }

    static byte[] resource(Response response, URI id, Sha256 payloadDigest) throws IOException {
        WarcResource record = new WarcResource.Builder(response.finalUrl())
                .version(MessageVersion.WARC_1_1)
                .recordId(id)
                .date(response.fetchedAt())
                .body(
                        MediaType.parseLeniently(response.mediaType()),
                        response.payload().toArray())
                .blockDigest(digest(payloadDigest))
                .payloadDigest(digest(payloadDigest))
                .addHeader(RENDERED_HEADER, RENDERED_BY)
                .build();
        return gzip(record);
    }

    /**
     * The refused sub-requests of a rendered page as {@code application/warc-fields}: the count, then one
     * {@code refused-request} field per kept refusal, in the order the browser asked.
     */
    static byte[] refusals(Response response, URI id, URI concurrentTo) throws IOException {
        RefusedRequests refused = response.refusedRequests();
        StringBuilder fields = new StringBuilder();
        fields.append(REFUSED_TOTAL).append(": ").append(refused.total()).append("\r\n");
        for (String refusal : refused.kept()) {
            fields.append(REFUSED_REQUEST)
                    .append(": ")
                    .append(fieldValue(refusal))
                    .append("\r\n");
        }
        byte[] block = fields.toString().getBytes(StandardCharsets.US_ASCII);
        WarcMetadata record = new WarcMetadata.Builder()
                .version(MessageVersion.WARC_1_1)
                .recordId(id)
                .targetURI(response.finalUrl())
                .date(response.fetchedAt())
                .concurrentTo(concurrentTo)
                .body(MediaType.WARC_FIELDS, block)
                .blockDigest(digest(Sha256.of(block)))
                .build();
        return gzip(record);
    }

    /** A field value is one line of printable ASCII, whatever the page put in its URLs. */
    private static String fieldValue(String text) {
        StringBuilder value = new StringBuilder(text.length());
        text.codePoints().forEach(c -> value.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return value.toString();
    }

    /** A revisit keeps the response head (status and headers can change while the payload does not). */
    static byte[] revisit(Response response, URI id, Sha256 payloadDigest, Original original) throws IOException {
        WarcRevisit.Builder builder = new WarcRevisit.Builder(
                        response.finalUrl(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1)
                .recordId(id)
                .date(response.fetchedAt())
                .payloadDigest(digest(payloadDigest))
                .refersTo(original.recordId(), original.url(), original.capturedAt());
        if (response.rendered()) {
            builder.addHeader(RENDERED_HEADER, RENDERED_BY);
        } else {
            byte[] head = HttpBlocks.responseHead(response);
            builder.body(MediaType.HTTP_RESPONSE, head).blockDigest(digest(Sha256.of(head)));
        }
        return gzip(builder.build());
    }

    static WarcDigest digest(Sha256 sha256) {
        return new WarcDigest("sha256", HexFormat.of().parseHex(sha256.hex()));
    }

    static Sha256 sha256(WarcDigest digest) {
        return new Sha256(digest.hex().toLowerCase(Locale.ROOT));
    }

    private static byte[] gzip(WarcRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(record);
        }
        return out.toByteArray();
    }
}
