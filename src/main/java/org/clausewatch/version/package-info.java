/**
 * Pure versioning rules: normalisation, capture-anomaly detection, the decision whether new text is a new version,
 * and the flags a version carries by its origin.
 */
package org.clausewatch.version;
