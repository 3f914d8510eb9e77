package org.clausewatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Sha256;
import org.jdbi.v3.core.Handle;

/**
 * SQL and hashing for the custody chain: each recorded capture gets the next link, whose hash covers the previous
 * link's hash and the capture's index entry.
 */
final class Custody {
    /** The previous hash of the first link. */
    static final String GENESIS = "0".repeat(64);

    private static final int PAGE = 1_000;

    private Custody() {}

    private record Link(long seq, long captureId, String previousHash, String hash) {}

    /** Links capture {@code captureId} to the chain, in the transaction that recorded it. */
    static void append(Handle handle, Dialect dialect, long captureId) {
        if (dialect == Dialect.POSTGRESQL) {
            // concurrent writers would both extend the same head and fork the chain; SQLite has one writer anyway
            handle.execute("LOCK TABLE custody_log IN EXCLUSIVE MODE");
        }
        Optional<Link> head = handle.createQuery(
                        "SELECT seq, capture_id, previous_hash, hash FROM custody_log ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Link(
                        rs.getLong("seq"),
                        rs.getLong("capture_id"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
                .findOne();
        long seq = head.map(h -> h.seq() + 1).orElse(1L);
        String previous = head.map(Link::hash).orElse(GENESIS);
        CaptureRow capture = Captures.byId(handle, captureId).orElseThrow();
        handle.createUpdate("INSERT INTO custody_log (seq, capture_id, previous_hash, hash) "
                        + "VALUES (:seq, :capture, :previous, :hash)")
                .bind("seq", seq)
                .bind("capture", captureId)
                .bind("previous", previous)
                .bind("hash", hash(seq, previous, capture))
                .execute();
    }

    /** Links the captures recorded before the chain existed, in the order they were recorded. */
    static int chainUnlinked(Handle handle, Dialect dialect) {
        List<Long> unlinked = unlinked(handle);
        unlinked.forEach(id -> append(handle, dialect, id));
        return unlinked.size();
    }

    /** The captures without a link, in the order they were recorded. */
    static List<Long> unlinked(Handle handle) {
        return handle.createQuery("SELECT c.id FROM captures c LEFT JOIN custody_log l "
                        + "ON l.capture_id = c.id WHERE l.capture_id IS NULL ORDER BY c.id")
                .mapTo(Long.class)
                .list();
    }

    /** Walks the whole chain from its first link, and checks that every capture has a link. */
    static CustodyReport verify(Handle handle) {
        List<String> problems = new ArrayList<>();
        String previous = GENESIS;
        long expected = 1;
        long links = 0;
        for (List<Link> page = page(handle, 0); !page.isEmpty(); page = page(handle, expected - 1)) {
            for (Link link : page) {
                previous = check(handle, link, expected, previous, problems);
                expected = link.seq() + 1;
                links++;
            }
        }
        long captures = handle.createQuery("SELECT COUNT(*) FROM captures")
                .mapTo(Long.class)
                .one();
        if (captures != links) {
            problems.add("custody chain: " + links + " links for " + captures + " captures");
        }
        return new CustodyReport(links, previous, problems);
    }

    private static List<Link> page(Handle handle, long afterSeq) {
        return handle.createQuery("SELECT seq, capture_id, previous_hash, hash FROM custody_log WHERE seq > :after "
                        + "ORDER BY seq LIMIT :limit")
                .bind("after", afterSeq)
                .bind("limit", PAGE)
                .map((rs, ctx) -> new Link(
                        rs.getLong("seq"),
                        rs.getLong("capture_id"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
                .list();
    }

    /** Checks one link; returns the hash the next link must carry as its previous one. */
    private static String check(Handle handle, Link link, long expectedSeq, String previous, List<String> problems) {
        String where = "custody link " + link.seq() + " (capture " + link.captureId() + ")";
        if (link.seq() != expectedSeq) {
            problems.add(where + ": links " + expectedSeq + " to " + (link.seq() - 1) + " are missing");
        }
        if (!link.previousHash().equals(previous)) {
            problems.add(where + ": does not follow the link before it");
        }
        Optional<CaptureRow> capture = Captures.byId(handle, link.captureId());
        if (capture.isEmpty()) {
            problems.add(where + ": the capture is gone from the index");
        } else if (!hash(link.seq(), link.previousHash(), capture.orElseThrow()).equals(link.hash())) {
            problems.add(where + ": the capture's index entry was changed after it was recorded");
        }
        return link.hash();
    }

    static String hash(long seq, String previous, CaptureRow capture) {
        return Sha256.of(entry(seq, previous, capture)).hex();
    }

    /** The text a link's hash is the SHA-256 of (UTF-8, no final newline), so anyone can recompute it. */
    static String entry(long seq, String previous, CaptureRow capture) {
        return String.join(
                "\n",
                Long.toString(seq),
                previous,
                Long.toString(capture.id()),
                capture.url(),
                Long.toString(capture.fetchedAt().toEpochMilli()),
                capture.payloadDigest().hex(),
                capture.warcFile(),
                Long.toString(capture.warcOffset()),
                Long.toString(capture.warcLength()),
                capture.warcRecordId(),
                Boolean.toString(capture.revisit()));
    }
}
