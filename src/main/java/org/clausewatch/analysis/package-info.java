/** Analysis of provisions: the topic taxonomy and regulation references as data, and the classifiers that label clauses. */
package org.clausewatch.analysis;
