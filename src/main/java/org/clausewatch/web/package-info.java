/** The HTTP service: server-rendered pages, the JSON API with its OpenAPI description, Atom feeds, health and metrics. */
package org.clausewatch.web;
