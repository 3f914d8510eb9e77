/** Fetching sources over HTTP or through a headless browser, politely and safely, with every failure classified. */
package org.clausewatch.fetch;
