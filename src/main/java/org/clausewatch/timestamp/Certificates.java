package org.clausewatch.timestamp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** X.509 certificates read from and written to PEM, the form {@code openssl ts -verify -CAfile} reads. */
public final class Certificates {
    private Certificates() {}

    /** Every certificate in a PEM (or DER) file; a file with none is an error naming it. */
    public static List<X509Certificate> read(Path file) throws IOException {
        try {
            return parse(Files.readAllBytes(file));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IOException(file + ": not X.509 certificates in PEM: " + e.getMessage(), e);
        }
    }

    /** The certificates in PEM (or DER) bytes, as a pack carries them. */
    public static List<X509Certificate> parsePem(org.clausewatch.common.Bytes pem) throws CertificateException {
        return parse(pem.toArray());
    }

    static List<X509Certificate> parse(byte[] pemOrDer) throws CertificateException {
        List<X509Certificate> certificates =
                CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(pemOrDer))
                        .stream()
                        .map(X509Certificate.class::cast)
                        .toList();
        if (certificates.isEmpty()) {
            throw new CertificateException("no certificate found");
        }
        return certificates;
    }

    /** The certificates as PEM text, one block each. */
    public static String pem(List<? extends Certificate> certificates) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (Certificate certificate : certificates) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("a parsed certificate could not be encoded again", e);
            }
        }
        return pem.toString();
    }
}
