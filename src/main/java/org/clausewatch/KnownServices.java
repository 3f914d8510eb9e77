package org.clausewatch;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.common.TrackingPlan;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;

/**
 * The services a subscription may name, as the services index lists them: every service something is recorded of, then
 * every one declared in the declarations folder that nothing is recorded of yet (the folder as the home page reads it,
 * at most ten seconds old). Asked for each subscription, so a service recorded or declared since counts.
 */
final class KnownServices implements Vocabulary.Services {
    private final Store store;
    private final Supplier<TrackingPlan> plan;

    KnownServices(Store store, Supplier<TrackingPlan> plan) {
        this.store = store;
        this.plan = plan;
    }

    @Override
    public Optional<String> spelling(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        Stream<String> recorded = store.documents().stream().map(DocumentRow::service);
        Stream<String> declared = plan.get().services().stream().map(TrackingPlan.DeclaredService::service);
        return Stream.concat(recorded, declared)
                .filter(service -> service.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
