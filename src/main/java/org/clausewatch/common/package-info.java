/**
 * Small immutable values shared by every stage of the pipeline: byte strings, digests, failure classes, and the one
 * spelling of enum values outside Java.
 */
package org.clausewatch.common;
