/** A tracking pass: fetch, archive, extract and version every declared document, recording each outcome. */
package org.clausewatch.track;
