package org.clausewatch.alert;

import java.io.IOException;

/** Sends one message over one kind of channel; an {@link IOException} is a failed attempt, tried again later. */
interface Sender {
    void send(Subscription subscription, Message message) throws IOException;
}
