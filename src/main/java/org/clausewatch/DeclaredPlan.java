package org.clausewatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausewatch.common.TrackingPlan;
import org.clausewatch.source.DeclarationLoader;
import org.clausewatch.source.DeclarationProblem;
import org.clausewatch.source.DeclarationSet;
import org.clausewatch.source.DocumentDeclaration;

/**
 * The tracking plan the home page shows, read from the declarations folder at most every {@link #FRESH}: the home page
 * is the most visited page, and reading some thirty declaration files on every visit would cost more than the page.
 */
final class DeclaredPlan implements Supplier<TrackingPlan> {
    private static final Duration FRESH = Duration.ofSeconds(10);

    private final Path folder;
    private final DeclarationLoader loader;
    private final Supplier<Optional<Instant>> nextPass;
    private final Duration every;
    private final Clock clock;
    private TrackingPlan plan;
    private Instant readAt = Instant.MIN;

    DeclaredPlan(
            Path folder, DeclarationLoader loader, Supplier<Optional<Instant>> nextPass, Duration every, Clock clock) {
        this.folder = folder;
        this.loader = loader;
        this.nextPass = nextPass;
        this.every = every;
        this.clock = clock;
    }

    @Override
    public synchronized TrackingPlan get() {
        Instant now = clock.instant();
        if (plan == null || now.isAfter(readAt.plus(FRESH))) {
            plan = read();
            readAt = now;
        }
        Optional<Instant> next = nextPass.get();
        return new TrackingPlan(
                plan.folder(), plan.folderExists(), plan.services(), plan.errors(), next, next.map(ignored -> every));
    }

    private TrackingPlan read() {
        if (!Files.isDirectory(folder)) {
            return new TrackingPlan(shown(), false, List.of(), 0, Optional.empty(), Optional.empty());
        }
        DeclarationSet set = loader.load(folder);
        List<TrackingPlan.DeclaredService> services = set.services().stream()
                .map(s -> new TrackingPlan.DeclaredService(
                        s.service(),
                        s.documents().stream()
                                .map(DocumentDeclaration::termsType)
                                .toList()))
                .toList();
        int errors = (int) set.problems().stream()
                .filter(p -> p.severity() == DeclarationProblem.Severity.ERROR)
                .count();
        return new TrackingPlan(shown(), true, services, errors, Optional.empty(), Optional.empty());
    }

    private String shown() {
        return folder.toAbsolutePath().normalize().toString();
    }
}
