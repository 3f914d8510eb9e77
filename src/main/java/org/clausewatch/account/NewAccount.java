package org.clausewatch.account;

/** A created user with the one-time password and the API key, shown once and never stored in the clear. */
public record NewAccount(User user, String password, String apiKey) {}
