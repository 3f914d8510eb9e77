package org.clausewatch.fetch;

import java.io.IOException;
import java.net.URI;
import org.clausewatch.common.FailureClass;

/**
 * A URL that ClauseWatch refuses to contact: an unsupported scheme or an address inside a private network.
 */
public final class BlockedAddressException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient URI url;
    private final FailureClass failureClass;

    BlockedAddressException(URI url, FailureClass failureClass, String message) {
        super(message);
        this.url = url;
        this.failureClass = failureClass;
    }

    public URI url() {
        return url;
    }

    /** {@link FailureClass#BLOCKED_ADDRESS} or, for a scheme other than http(s), UNSUPPORTED_CONTENT. */
    public FailureClass failureClass() {
        return failureClass;
    }
}
