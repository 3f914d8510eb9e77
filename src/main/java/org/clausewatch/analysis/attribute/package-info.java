/**
 * Attribute analysis of one provision: structured attributes read from its words with their evidence, a severity
 * from a published rule table, a plain-language explanation from templates, and attribute deltas between versions.
 */
package org.clausewatch.analysis.attribute;
