package org.clausewatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clausewatch.common.Bytes;
import org.clausewatch.fetch.RefusedRequests;
import org.clausewatch.store.CaptureRow;

/** The JSON form of a capture's metadata. */
final class CaptureJson {
    private CaptureJson() {}

    static Map<String, Object> of(CaptureRow capture, Bytes payload, RefusedRequests refused) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", capture.id());
        node.put("url", capture.url());
        node.put("fetchedAt", Times.format(capture.fetchedAt()));
        node.put("status", capture.status());
        node.put("mediaType", capture.mediaType());
        node.put("sha256", capture.payloadDigest().hex());
        node.put("bytes", payload.size());
        node.put("verified", payload.sha256().equals(capture.payloadDigest()));
        node.put("revisit", capture.revisit());
        node.put("warcFile", capture.warcFile());
        node.put("warcOffset", capture.warcOffset());
        if (!refused.isEmpty()) {
            Map<String, Object> refusals = new LinkedHashMap<>();
            refusals.put("total", refused.total());
            refusals.put("kept", refused.kept());
            node.put("refusedRequests", refusals);
        }
        return node;
    }
}
