/** Users, their roles, passwords, API keys and web sessions. */
package org.clausewatch.account;
