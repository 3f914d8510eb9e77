package org.clausewatch.evidence;

import java.util.Collection;
import java.util.stream.Collectors;
import org.clausewatch.browse.Views;

/** The README of a pack: what each file is and how to check it all with standard tools, without ClauseWatch. */
final class PackReadme {
    private PackReadme() {}

    static String text(Subject subject, Views.VersionText text, Collection<String> files) {
        String stamp =
                files.stream().filter(f -> f.endsWith(".tsr")).findFirst().orElse(null);
        String link = stamp == null
                ? "custody/link-N.txt"
                : stamp.replace("timestamps/", "custody/").replace(".tsr", ".txt");
        String ca = files.contains("tsa/ca.pem") ? "tsa/ca.pem" : "tsa/token-certificates.pem";
        return """
                ClauseWatch evidence pack
                =========================

                Document: %s / %s, version %d (text SHA-256 %s)%s

                Files
                -----
                %s

                - warc/capture-ID.warc.gz: the archived record of each capture behind this version, byte for byte as it
                  lies in ClauseWatch's archive (one gzip member): a WARC/1.1 file of one record that any WARC reader
                  opens (zcat shows it). WARC-Payload-Digest is the SHA-256 of the payload, in base32.
                - text.md: the text extracted from the captures; its SHA-256 is the version's "sha256" in version.json.
                - version.json, provision.json: the version with its provisions and what was read in each, and the
                  provision's history, as ClauseWatch's API shows them, with the reader version that read them.
                - custody/link-SEQ.txt: links of ClauseWatch's custody chain. Each file is the exact text whose SHA-256 is
                  the link's hash; its lines are: seq, previous link's hash, capture id, URL, fetch time (epoch ms),
                  payload SHA-256 (hex), WARC file, offset, length, WARC record id, revisit. Line 2 of each link is the
                  SHA-256 of the link before it, so the links chain from each capture to the last one.
                - timestamps/link-SEQ.tsr: an RFC 3161 time-stamp reply from a Time-Stamping Authority whose message
                  imprint is the SHA-256 of custody/link-SEQ.txt: proof from a third party that this link, and so every
                  link and capture before it, existed at the time the token states.
                - tsa/ca.pem (when ClauseWatch was configured with the authority's CA), tsa/token-certificates.pem:
                  certificates to check the token's signature with. Compare them with those the authority publishes.
                - pack.json: which capture is in which file, and the custody range. SHA256SUMS: the digest of every file.

                How to check it with standard tools
                -----------------------------------
                1. Nothing was changed since export:
                       sha256sum -c SHA256SUMS
                2. The chain: for consecutive links N and N+1,
                       sha256sum custody/link-N.txt      equals line 2 of custody/link-(N+1).txt
                   and each capture's link names its WARC record (line 10) and payload SHA-256 (line 6).
                3. The capture bytes: open warc/capture-ID.warc.gz with any WARC reader (or zcat); the record's
                   WARC-Record-ID is line 10 of its link, and the SHA-256 of its payload is line 6.
                4. Trusted time (when a timestamps/ file is present):
                       openssl ts -verify -in %s -data %s -CAfile %s
                   and read the time with:
                       openssl ts -reply -in %s -text
                   The token covers the capture links before it through step 2.

                `clausewatch verify-evidence FILE.zip` runs all of these checks at once, offline.
                %s
                """.formatted(
                        text.document().service(),
                        text.document().termsType(),
                        subject.versionId(),
                        text.version().sha256().hex(),
                        subject.lineageId().map(l -> ", provision " + l).orElse(""),
                        files.stream().map(f -> "  " + f).collect(Collectors.joining("\n")),
                        stamp == null ? "timestamps/link-N.tsr" : stamp,
                        link,
                        ca,
                        stamp == null ? "timestamps/link-N.tsr" : stamp,
                        stamp == null
                                ? "\nNo trusted timestamp covers these captures yet (none was configured, or none was"
                                        + "\nasked since they were recorded): steps 1 to 3 hold, the time rests on ClauseWatch's clock.\n"
                                : "");
    }
}
