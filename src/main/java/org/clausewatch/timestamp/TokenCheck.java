package org.clausewatch.timestamp;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Sha256;

/**
 * Checks an RFC 3161 token offline: that it parses, that its message imprint is the SHA-256 expected, that its
 * signature verifies with the signer certificate it carries (which must be for time-stamping and valid at the token's
 * time), and whether that certificate chains by signatures to one of the trusted certificates.
 */
public final class TokenCheck {
    /** Certificates between a signer and a trusted one; more than this is no chain a TSA publishes. */
    private static final int MAX_INTERMEDIATES = 4;

    private TokenCheck() {}

    public static TokenFacts check(Bytes token, Sha256 imprint, List<X509Certificate> trusted) {
        TimeStampToken parsed;
        try {
            parsed = new TimeStampToken(new CMSSignedData(token.toArray()));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return TokenFacts.unreadable("not an RFC 3161 timestamp token: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        checkImprint(parsed.getTimeStampInfo(), imprint, problems);
        List<X509Certificate> carried = carried(parsed, problems);
        Optional<X509Certificate> signer = signer(parsed, carried);
        boolean signerTrusted = false;
        if (signer.isEmpty()) {
            problems.add("the token carries no certificate of its signer, so its signature cannot be checked");
        } else {
            checkSignature(parsed, signer.orElseThrow(), problems);
            signerTrusted = chainsTo(signer.orElseThrow(), carried, trusted, MAX_INTERMEDIATES);
        }
        return new TokenFacts(
                Optional.of(parsed.getTimeStampInfo().getGenTime().toInstant()),
                signer.map(c -> c.getSubjectX500Principal().getName()).orElse(""),
                signerTrusted,
                carried,
                problems);
    }

    private static void checkImprint(TimeStampTokenInfo info, Sha256 imprint, List<String> problems) {
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
            problems.add("the message imprint is not a SHA-256 digest (" + info.getMessageImprintAlgOID() + ")");
        } else if (!Arrays.equals(info.getMessageImprintDigest(), HexFormat.of().parseHex(imprint.hex()))) {
            problems.add("the token covers " + HexFormat.of().formatHex(info.getMessageImprintDigest()) + ", not "
                    + imprint.hex());
        }
    }

    private static List<X509Certificate> carried(TimeStampToken token, List<String> problems) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                problems.add("a certificate in the token does not parse: " + e.getMessage());
            }
        }
        return certificates;
    }

    private static Optional<X509Certificate> signer(TimeStampToken token, List<X509Certificate> carried) {
        return carried.stream().filter(c -> token.getSID().match(holder(c))).findFirst();
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate could not be encoded again", e);
        }
    }

    private static void checkSignature(TimeStampToken token, X509Certificate signer, List<String> problems) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        } catch (TSPException | OperatorCreationException e) {
            problems.add("the signature does not hold: " + e.getMessage());
        }
    }

    /** Whether a chain of signatures leads from {@code certificate} to a trusted one, through CA certificates. */
    private static boolean chainsTo(
            X509Certificate certificate, List<X509Certificate> pool, List<X509Certificate> trusted, int depth) {
        for (X509Certificate anchor : trusted) {
            if (anchor.equals(certificate) || signedBy(certificate, anchor)) {
                return true;
            }
        }
        return depth > 0
                && pool.stream()
                        .filter(issuer -> !issuer.equals(certificate) && issuer.getBasicConstraints() >= 0)
                        .anyMatch(
                                issuer -> signedBy(certificate, issuer) && chainsTo(issuer, pool, trusted, depth - 1));
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
