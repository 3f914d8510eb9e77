package org.clausewatch.coordination;

import java.util.Objects;

/** A document a new pass must track, with the host of its first page (claims spread work over free hosts). */
public record PlannedJob(String service, String termsType, String host) {
    public PlannedJob {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(termsType, "termsType");
        Objects.requireNonNull(host, "host");
    }
}
