package org.clausewatch.timestamp;

import java.io.IOException;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.clausewatch.common.Bytes;

/**
 * A kept token as a granted {@code TimeStampResp} (a {@code .tsr} file) and back: the form {@code openssl ts -verify
 * -in} and {@code openssl ts -reply -in … -text} read.
 */
public final class Replies {
    private Replies() {}

    public static Bytes reply(Bytes token) {
        try {
            TimeStampResp reply =
                    new TimeStampResp(new PKIStatusInfo(PKIStatus.granted), ContentInfo.getInstance(token.toArray()));
            return Bytes.wrap(reply.getEncoded("DER"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("a kept token could not be wrapped as a reply: " + e.getMessage(), e);
        }
    }

    /** The token inside a granted reply; a refusal or a file that is no reply is an exception saying which. */
    public static Bytes token(Bytes reply) throws TimestampException {
        try {
            TimeStampResponse response = new TimeStampResponse(reply.toArray());
            if (response.getTimeStampToken() == null) {
                throw new TimestampException("the reply grants no token (status " + response.getStatus() + ")");
            }
            return Bytes.wrap(response.getTimeStampToken().getEncoded());
        } catch (TSPException | IOException | RuntimeException e) {
            if (e instanceof TimestampException known) {
                throw known;
            }
            throw new TimestampException("not an RFC 3161 reply: " + e.getMessage(), e);
        }
    }
}
