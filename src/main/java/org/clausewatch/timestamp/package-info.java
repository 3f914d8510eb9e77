/**
 * Trusted time for the custody chain: RFC 3161 tokens asked of a Time-Stamping Authority for the chain's head hash,
 * kept with the link they cover, and checked (signature, message imprint, time order with the chain).
 */
package org.clausewatch.timestamp;
