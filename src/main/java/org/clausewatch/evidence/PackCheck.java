package org.clausewatch.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausewatch.archive.Members;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Sha256;
import org.clausewatch.timestamp.Certificates;
import org.clausewatch.timestamp.Replies;
import org.clausewatch.timestamp.TimestampException;
import org.clausewatch.timestamp.TokenCheck;
import org.clausewatch.timestamp.TokenFacts;
import tools.jackson.databind.JsonNode;

/**
 * Checks a pack offline, as its README tells a reader to with standard tools: the manifest, the custody links and
 * their chain, each WARC record against its link, the text against the version, and the timestamp token against the
 * link it covers and the captures before it. Any changed byte of any file fails at least one of these.
 */
public final class PackCheck {
    /** As for the chain in the database: two clocks, the authority's and ClauseWatch's, disagree by seconds. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private PackCheck() {}

    public static PackReport check(InputStream zip) {
        Checks checks = new Checks();
        PackFiles pack;
        try {
            byte[] bytes = PackFiles.readAll(zip);
            pack = PackFiles.unzip(new java.io.ByteArrayInputStream(bytes));
            checkZip(bytes, pack, checks);
        } catch (IOException | RuntimeException e) {
            checks.fails("the pack is not a readable ZIP: " + e.getMessage());
            return checks.report();
        }
        Map<String, Bytes> files = pack.files();
        checks.failAll(Manifest.check(files, checks));
        try {
            JsonNode index = EvidencePacks.JSON.readTree(text(files, PackFiles.INDEX));
            TreeMap<Long, Links.Link> links = chain(files, checks);
            checkCaptures(files, index, links, checks);
            checkText(files, index, checks);
            checkTimestamp(files, index, links, checks);
        } catch (RuntimeException e) {
            checks.fails("the pack cannot be read as ClauseWatch wrote it: " + e.getMessage());
        }
        return checks.report();
    }

    /** The files may be intact while a header or the directory was changed; that is a changed pack too. */
    private static void checkZip(byte[] bytes, PackFiles pack, Checks checks) throws IOException {
        if (java.util.Arrays.equals(bytes, pack.zipped())) {
            checks.holds("the ZIP's headers and directory are byte for byte those ClauseWatch writes for its files");
        } else {
            checks.fails("the ZIP's headers or directory are not those ClauseWatch writes for its files: bytes of"
                    + " the ZIP were changed, or it was packed again by another program");
        }
    }

    private static String text(Map<String, Bytes> files, String path) {
        Bytes content = files.get(path);
        if (content == null) {
            throw new IllegalArgumentException("it has no " + path);
        }
        return content.decode(StandardCharsets.UTF_8);
    }

    /** Every link file parsed, in order; consecutive, each naming the hash of the one before. */
    private static TreeMap<Long, Links.Link> chain(Map<String, Bytes> files, Checks checks) {
        TreeMap<Long, Links.Link> links = new TreeMap<>();
        TreeMap<Long, Sha256> hashes = new TreeMap<>();
        files.forEach((path, content) -> Links.seqOf(path).ifPresent(seq -> {
            try {
                Links.Link link = Links.parse(content.decode(StandardCharsets.UTF_8));
                if (link.seq() != seq) {
                    checks.fails(path + " holds link " + link.seq());
                }
                links.put(seq, link);
                hashes.put(seq, content.sha256());
            } catch (IllegalArgumentException e) {
                checks.fails(path + " " + e.getMessage());
            }
        }));
        int before = checks.report().fails().size();
        hashes.forEach((seq, hash) -> {
            Links.Link next = links.get(seq + 1);
            if (next == null && !seq.equals(hashes.lastKey())) {
                checks.fails("custody link " + (seq + 1) + " is missing");
            } else if (next != null && !next.previous().equals(hash.hex())) {
                checks.fails("custody link " + (seq + 1) + " does not name the SHA-256 of link " + seq);
            }
        });
        if (!links.isEmpty() && checks.report().fails().size() == before) {
            checks.holds("custody links " + links.firstKey() + " to " + links.lastKey() + " chain, each naming the "
                    + "SHA-256 of the one before");
        }
        return links;
    }

    private static void checkCaptures(
            Map<String, Bytes> files, JsonNode index, Map<Long, Links.Link> links, Checks checks) {
        for (JsonNode capture : index.path("captures")) {
            long id = capture.path("id").asLong();
            String path = capture.path("warc").asString();
            Optional<Links.Link> link =
                    links.values().stream().filter(l -> l.captureId() == id).findFirst();
            if (link.isEmpty() || !files.containsKey(path)) {
                checks.fails("capture " + id + ": its custody link or its WARC record (" + path + ") is missing");
                continue;
            }
            try {
                Sha256 payload =
                        Members.payloadDigest(files.get(path), link.get().recordId(), path);
                if (payload.hex().equals(link.get().payloadSha256())) {
                    checks.holds("capture " + id + " (" + link.get().url() + "): " + path + " is record "
                            + link.get().recordId() + ", its block and payload SHA-256 match its custody link "
                            + link.get().seq());
                } else {
                    checks.fails("capture " + id + ": the payload in " + path + " has SHA-256 " + payload
                            + ", its custody link says " + link.get().payloadSha256());
                }
            } catch (IOException e) {
                checks.fails("capture " + id + ": " + e.getMessage());
            }
        }
    }

    private static void checkText(Map<String, Bytes> files, JsonNode index, Checks checks) {
        String expected = index.path("subject").path("versionSha256").asString();
        JsonNode version = EvidencePacks.JSON.readTree(text(files, "version.json"));
        Sha256 actual = Sha256.of(text(files, "text.md"));
        if (actual.hex().equals(expected) && version.path("sha256").asString().equals(expected)) {
            checks.holds("text.md is the version's text (SHA-256 " + expected + ")");
        } else {
            checks.fails("text.md has SHA-256 " + actual + " but the version's is " + expected);
        }
    }

    private static void checkTimestamp(
            Map<String, Bytes> files, JsonNode index, TreeMap<Long, Links.Link> links, Checks checks) {
        JsonNode custody = index.path("custody");
        if (!custody.has("timestampedLink")) {
            checks.unproven("no RFC 3161 token covers these captures: their time rests on ClauseWatch's clock");
            return;
        }
        long seq = custody.path("timestampedLink").asLong();
        String tsr = custody.path("timestamp").asString();
        Bytes link = files.get(Links.path(seq));
        if (link == null || !files.containsKey(tsr) || links.isEmpty() || links.lastKey() != seq) {
            checks.fails("the timestamped link " + seq + " or its token " + tsr + " is missing, or not the last link");
            return;
        }
        try {
            List<X509Certificate> trusted =
                    files.containsKey("tsa/ca.pem") ? Certificates.parsePem(files.get("tsa/ca.pem")) : List.of();
            TokenFacts facts = TokenCheck.check(Replies.token(files.get(tsr)), link.sha256(), trusted);
            facts.problems().forEach(p -> checks.fails(tsr + ": " + p));
            if (facts.valid()) {
                checks.holds(tsr + ": a valid RFC 3161 token over the SHA-256 of " + Links.path(seq) + ", signed by "
                        + facts.signer() + " at " + facts.time().orElseThrow()
                        + (facts.signerTrusted() ? ", whose certificate chains to tsa/ca.pem" : ""));
                if (!trusted.isEmpty() && !facts.signerTrusted()) {
                    checks.fails(tsr + ": its signer does not chain to a certificate in tsa/ca.pem");
                }
                checkTimes(facts.time().orElseThrow(), links, checks);
            }
        } catch (TimestampException | java.security.cert.CertificateException e) {
            checks.fails(tsr + ": " + e.getMessage());
        }
    }

    private static void checkTimes(Instant time, TreeMap<Long, Links.Link> links, Checks checks) {
        List<String> late = new ArrayList<>();
        links.values().stream()
                .filter(l -> Instant.ofEpochMilli(l.fetchedAtMillis()).isAfter(time.plus(CLOCK_SKEW)))
                .forEach(l -> late.add("capture " + l.captureId()));
        if (late.isEmpty()) {
            checks.holds("every capture in the chain was fetched before the token's time " + time);
        } else {
            checks.fails("fetched after the token's time " + time + ", which cannot be: " + late);
        }
    }
}
