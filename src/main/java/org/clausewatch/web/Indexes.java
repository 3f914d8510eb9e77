package org.clausewatch.web;

import java.util.List;
import java.util.Map;
import org.clausewatch.common.TrackingPlan;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Topic;

/** What the index pages show; public because the generated template classes live in jte's own package. */
public final class Indexes {
    private Indexes() {}

    /** The services index: every recorded service, then the declared ones nothing is recorded of yet. */
    public record Services(List<Line> recorded, List<TrackingPlan.DeclaredService> declaredOnly) {
        /** A recorded service and its documents. */
        public record Line(String service, List<String> termsTypes) {}
    }

    /** The regulations index: references grouped by instrument, each with the topics mapped to it. */
    public record Regulations(Map<String, List<Reference>> byInstrument) {
        /** One reference and its topics. */
        public record Reference(RegulationReference reference, List<Topic> topics) {}
    }
}
