package org.clausewatch.web;

import org.clausewatch.browse.Views;
import org.clausewatch.common.TrackingPlan;

/** The home page: what is recorded, and what is set to be tracked and when, which guides a fresh installation. */
public record HomePage(Views.Home view, TrackingPlan plan) {
    /** Nothing recorded yet: the page leads with how to get started. */
    public boolean empty() {
        return view.versions() == 0;
    }
}
