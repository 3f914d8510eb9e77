/**
 * The classifiers that label provisions (taxonomy topics, unfair-clause kinds) from cue lists and committed models; their
 * training lives apart, in {@code src/train}, and never ships.
 */
package org.clausewatch.analysis;
