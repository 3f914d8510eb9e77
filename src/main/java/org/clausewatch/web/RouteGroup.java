package org.clausewatch.web;

import java.util.List;

/** A set of related routes (pages, API, feeds, or another capability's own) registered into {@link WebServer}. */
public interface RouteGroup {
    List<Route> routes();
}
