/** Pure versioning rules: normalisation, capture-anomaly detection and the decision whether new text is a new version. */
package org.clausewatch.version;
