package org.clausewatch.web;

import io.javalin.config.RoutesConfig;

/** A group of routes kept in its own file and added to the {@link WebServer}'s table when it is built. */
@FunctionalInterface
public interface RouteSet {
    void register(RoutesConfig routes);
}
