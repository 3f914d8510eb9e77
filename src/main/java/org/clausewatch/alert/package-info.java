/** Subscriptions, the transactional alert outbox, and delivery by e-mail, signed webhook, private feed and digest. */
package org.clausewatch.alert;
