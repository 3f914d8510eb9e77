package org.clausewatch.fetch;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.FailureClass;

/** Where a redirect points, resolved against the URL that answered it. */
final class Redirects {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private Redirects() {}

    static Optional<URI> target(Reply reply) throws FetchException {
        if (!REDIRECTS.contains(reply.status())) {
            return Optional.empty();
        }
        String location = reply.header("location")
                .orElseThrow(() -> new FetchException(
                        reply.url(),
                        FailureClass.HTTP_ERROR,
                        reply.url() + " answered HTTP " + reply.status() + " without a Location header"));
        try {
            return Optional.of(reply.url().resolve(location.strip()).normalize());
        } catch (IllegalArgumentException e) {
            throw new FetchException(
                    reply.url(),
                    FailureClass.HTTP_ERROR,
                    reply.url() + " redirects to an invalid Location '" + location + "'",
                    e);
        }
    }
}
