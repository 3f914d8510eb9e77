package org.clausewatch.account;

/** The current password given to confirm a password change is not the user's. */
public final class WrongPasswordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    WrongPasswordException() {
        super("current password: it is not your password");
    }
}
