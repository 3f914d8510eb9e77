/**
 * Work shared by processes on one PostgreSQL database: tracking passes whose documents are claimed one at a time under
 * a lease, whose turn each host is, and the robots.txt answers they fetched.
 */
package org.clausewatch.coordination;
