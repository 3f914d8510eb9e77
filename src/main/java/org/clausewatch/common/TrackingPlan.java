package org.clausewatch.common;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code serve} is set to track, as the home page tells a newcomer: the declarations folder, the services and
 * documents declared in it, how many declaration errors it has, and when the next tracking pass runs.
 */
public record TrackingPlan(
        String folder,
        boolean folderExists,
        List<DeclaredService> services,
        int errors,
        Optional<Instant> nextPass,
        Optional<Duration> every) {
    public TrackingPlan {
        services = List.copyOf(services);
    }

    /** One declared service and the terms types of its documents, in declaration order. */
    public record DeclaredService(String service, List<String> termsTypes) {
        public DeclaredService {
            termsTypes = List.copyOf(termsTypes);
        }
    }

    /** No declarations and no schedule: a web server that does not track (tests, tools). */
    public static TrackingPlan none() {
        return new TrackingPlan("", false, List.of(), 0, Optional.empty(), Optional.empty());
    }

    public int documents() {
        return services.stream().mapToInt(s -> s.termsTypes().size()).sum();
    }
}
