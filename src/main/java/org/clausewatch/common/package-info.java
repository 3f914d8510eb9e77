/**
 * Small immutable values shared by the stages of the pipeline and the edges that report on them: byte strings,
 * digests, failure classes, a fetched response and the requests a rendered page was refused, the outcomes of a
 * tracking or reading run, what serve is set to track, the progress of long work as commands show it, and the one
 * spelling of enum values outside Java; and the bounded memo by which the pure stages remember what they worked out
 * from a text.
 */
package org.clausewatch.common;
