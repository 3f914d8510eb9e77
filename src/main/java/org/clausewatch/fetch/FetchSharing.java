package org.clausewatch.fetch;

import java.time.Duration;
import java.util.Optional;
import org.clausewatch.common.Bytes;

/**
 * What processes that fetch the same hosts share so that politeness holds across them: whose turn each host is, and
 * the robots.txt answers. One process alone shares nothing ({@link #NONE}); workers on one PostgreSQL database share
 * through it.
 */
public interface FetchSharing {
    /** Nothing shared: the fetcher's own per-host schedule and robots.txt cache are the whole story. */
    FetchSharing NONE = new FetchSharing() {
        @Override
        public void takeTurn(String host) {}

        @Override
        public void endTurn(String host, Duration delay) {}

        @Override
        public Optional<RobotsAnswer> robots(String robotsUrl) {
            return Optional.empty();
        }

        @Override
        public void keepRobots(String robotsUrl, RobotsAnswer answer) {}
    };

    /** A robots.txt reply as another process received it. */
    record RobotsAnswer(int status, String contentType, Bytes body) {}

    /** Returns once no other process has a request to {@code host} under way and its host delay has passed. */
    void takeTurn(String host) throws InterruptedException;

    /** Gives the host back: the next request to it, from any process, starts {@code delay} after now. */
    void endTurn(String host, Duration delay);

    /** The robots.txt answer some process fetched recently enough to be trusted, if any. */
    Optional<RobotsAnswer> robots(String robotsUrl);

    void keepRobots(String robotsUrl, RobotsAnswer answer);
}
