package org.clausewatch.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * robots.txt rules, fetched once per origin for the life of the fetcher; with other processes, an answer one of them
 * fetched is used by all ({@link FetchSharing#robots}).
 */
final class RobotsCache {
    /** The product token site owners write in robots.txt to address ClauseWatch. */
    static final String ROBOT_NAME = "clausewatch";

    /** Fetches a robots.txt URL (following redirects); the reply's status decides what it means. */
    @FunctionalInterface
    interface Loader {
        Reply load(URI robotsUrl) throws IOException, InterruptedException;
    }

    private final Loader loader;
    private final FetchSharing sharing;
    private final ConcurrentHashMap<String, Entry> byOrigin = new ConcurrentHashMap<>();

    RobotsCache(Loader loader, FetchSharing sharing) {
        this.loader = loader;
        this.sharing = sharing;
    }

    boolean allows(URI url) throws InterruptedException {
        URI robotsUrl = robotsUrl(url);
        Entry entry = byOrigin.computeIfAbsent(robotsUrl.toString(), key -> new Entry());
        return entry.rules(robotsUrl).isAllowed(url.toString());
    }

    static URI robotsUrl(URI url) {
        try {
            String scheme = url.getScheme().toLowerCase(Locale.ROOT);
            String host = url.getHost().toLowerCase(Locale.ROOT);
            return new URI(scheme, null, host, url.getPort(), "/robots.txt", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot build the robots.txt URL for " + url, e);
        }
    }

    private final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private BaseRobotRules rules;

        BaseRobotRules rules(URI robotsUrl) throws InterruptedException {
            lock.lockInterruptibly();
            try {
                if (rules == null) {
                    rules = fetch(robotsUrl);
                }
                return rules;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * A missing robots.txt allows everything; so, deliberately, does one that cannot be fetched (server
     * error, timeout): ClauseWatch reads a handful of public legal pages and should not stop watching a
     * site's terms because its robots.txt is broken.
     */
    private BaseRobotRules fetch(URI robotsUrl) throws InterruptedException {
        try {
            FetchSharing.RobotsAnswer answer =
                    sharing.robots(robotsUrl.toString()).orElse(null);
            if (answer == null) {
                Reply reply = loader.load(robotsUrl);
                answer = new FetchSharing.RobotsAnswer(
                        reply.status(), reply.header("content-type").orElse("text/plain"), reply.body());
                sharing.keepRobots(robotsUrl.toString(), answer);
            }
            return parse(robotsUrl, answer);
        } catch (IOException e) {
            return allowAll();
        }
    }

    private static BaseRobotRules parse(URI robotsUrl, FetchSharing.RobotsAnswer answer) {
        if (answer.status() < 200 || answer.status() >= 300) {
            return allowAll();
        }
        return new SimpleRobotRulesParser()
                .parseContent(robotsUrl.toString(), answer.body().toArray(), answer.contentType(), List.of(ROBOT_NAME));
    }

    private static BaseRobotRules allowAll() {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }
}
