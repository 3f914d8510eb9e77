package org.clausewatch.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.CustodyLinkRow;
import org.clausewatch.store.CustodyStampRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;
import org.clausewatch.timestamp.Certificates;
import org.clausewatch.timestamp.Replies;
import org.clausewatch.timestamp.TokenCheck;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds evidence packs: for a version, the WARC records of its captures (and of the originals their revisits stand
 * for), its text, its JSON and that of a provision with their readings, the custody links from the earliest capture up
 * to the first timestamped link at or after the latest, that link's token, the TSA certificates, a README and a
 * SHA-256 manifest of it all.
 */
public final class EvidencePacks {
    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Sources sources;

    /** What a pack is built from; {@code trusted} are the configured TSA certificates, shipped for the check. */
    public record Sources(
            Catalogue catalogue, Store store, WarcArchive archive, List<X509Certificate> trusted, Clock clock) {
        public Sources {
            trusted = List.copyOf(trusted);
        }
    }

    public EvidencePacks(Sources sources) {
        this.sources = sources;
    }

    /** The pack of the version in which a provision was last seen, for that provision. */
    public Subject ofProvision(String lineageId) {
        Views.Provision view = sources.catalogue().provisionPage(lineageId);
        return new Subject(view.latest().versionId(), Optional.of(lineageId));
    }

    /** Writes the pack of {@code subject}; a version or provision that does not exist is a {@code NotFound}. */
    public void write(Subject subject, OutputStream out) throws IOException {
        build(subject).zip(out);
    }

    PackFiles build(Subject subject) throws IOException {
        VersionRow version = sources.catalogue().version(subject.versionId());
        Views.VersionText text = sources.catalogue().text(version);
        PackFiles pack = new PackFiles();
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("subject", subjectJson(subject, text));
        index.put("exportedAt", JsonShapes.time(sources.clock().instant()));
        pack.put("version.json", json(withReader(JsonShapes.text(text))));
        subject.lineageId().ifPresent(lineage -> pack.put("provision.json", provisionJson(lineage, text)));
        pack.put("text.md", text.markdown());
        List<CaptureRow> captures = captures(version);
        index.put("captures", addRecords(pack, captures));
        index.put("custody", addCustody(pack, captures));
        pack.put(PackFiles.INDEX, json(index));
        pack.put(PackFiles.README, PackReadme.text(subject, text, pack.files().keySet()));
        pack.put(PackFiles.MANIFEST, Manifest.of(pack.files()));
        return pack;
    }

    private static Map<String, Object> subjectJson(Subject subject, Views.VersionText text) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", text.document().service());
        node.put("termsType", text.document().termsType());
        node.put("versionId", subject.versionId());
        node.put("versionSha256", text.version().sha256().hex());
        subject.lineageId().ifPresent(lineage -> node.put("lineageId", lineage));
        node.put("readerVersion", ProvisionReader.VERSION);
        return node;
    }

    private String provisionJson(String lineage, Views.VersionText text) {
        if (text.provisions().stream().noneMatch(p -> p.provision().lineageId().equals(lineage))) {
            throw new IllegalArgumentException("provision " + lineage + " is not in version "
                    + text.version().id() + " of " + text.document().service() + " / "
                    + text.document().termsType());
        }
        return json(withReader(JsonShapes.provisionPage(sources.catalogue().provisionPage(lineage))));
    }

    private static Map<String, Object> withReader(Map<String, Object> node) {
        Map<String, Object> copy = new LinkedHashMap<>(node);
        copy.put("readerVersion", ProvisionReader.VERSION);
        return copy;
    }

    /** The version's captures, then the full capture behind each revisit among them. */
    private List<CaptureRow> captures(VersionRow version) {
        List<CaptureRow> captures = new ArrayList<>();
        for (long id : version.captureIds()) {
            CaptureRow capture = sources.catalogue().capture(id);
            captures.add(capture);
            if (capture.revisit()) {
                sources.store()
                        .payloadSource(capture)
                        .filter(c -> !captures.contains(c))
                        .ifPresent(captures::add);
            }
        }
        return captures;
    }

    private List<Map<String, Object>> addRecords(PackFiles pack, List<CaptureRow> captures) throws IOException {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (CaptureRow capture : captures) {
            String path = "warc/capture-" + capture.id() + ".warc.gz";
            pack.put(path, sources.archive().member(capture.archived()));
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", capture.id());
            node.put("url", capture.url());
            node.put("fetchedAt", JsonShapes.time(capture.fetchedAt()));
            node.put("payloadSha256", capture.payloadDigest().hex());
            node.put("revisit", capture.revisit());
            node.put("warc", path);
            listed.add(node);
        }
        return listed;
    }

    private Map<String, Object> addCustody(PackFiles pack, List<CaptureRow> captures) {
        List<Long> seqs = captures.stream()
                .map(c -> sources.store()
                        .custodyLinkOf(c.id())
                        .orElseThrow(() ->
                                new IllegalStateException("capture " + c.id() + " has no custody link; run verify")))
                .map(CustodyLinkRow::seq)
                .toList();
        long from = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
        long latest = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
        Optional<CustodyStampRow> stamp = sources.store().custodyStampCovering(latest);
        long to = stamp.map(s -> s.link().seq())
                .orElseGet(() -> sources.store().custodyHead().orElseThrow().seq());
        sources.store().custodyLinks(from, to).forEach(link -> pack.put(Links.path(link.seq()), link.entry()));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("fromLink", from);
        node.put("toLink", to);
        stamp.ifPresent(s -> addStamp(pack, s, node));
        return node;
    }

    private void addStamp(PackFiles pack, CustodyStampRow stamp, Map<String, Object> node) {
        String path = "timestamps/link-" + stamp.link().seq() + ".tsr";
        pack.put(path, Replies.reply(stamp.token()));
        List<X509Certificate> carried = TokenCheck.check(
                        stamp.token(), stamp.link().hash(), sources.trusted())
                .certificates();
        pack.put("tsa/token-certificates.pem", Certificates.pem(carried));
        if (!sources.trusted().isEmpty()) {
            pack.put("tsa/ca.pem", Certificates.pem(sources.trusted()));
        }
        node.put("timestampedLink", stamp.link().seq());
        node.put("timestamp", path);
        node.put("timestampedAt", JsonShapes.time(stamp.stampedAt()));
        node.put("authority", stamp.authority());
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value) + "\n";
    }
}
