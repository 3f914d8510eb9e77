package org.clausewatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.clausewatch.timestamp.Certificates;

/**
 * A real RFC 3161 Time-Stamping Authority on loopback, as a public one speaks it: DER requests posted as
 * {@code application/timestamp-query}, signed tokens back as {@code application/timestamp-reply}. Its key and its
 * certificate chain (a root CA and the TSA certificate it signed, extended key usage timeStamping) are made afresh.
 */
public final class LoopbackTsa implements AutoCloseable {
    private final HttpServer server;
    private final X509Certificate root;
    private final X509Certificate tsa;
    private final TimeStampResponseGenerator responder;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicLong serial = new AtomicLong();
    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);

    public LoopbackTsa() throws IOException, GeneralSecurityException {
        try {
            KeyPair rootKey = key();
            KeyPair tsaKey = key();
            root = certificate("CN=ClauseWatch Test Root", rootKey, "CN=ClauseWatch Test Root", rootKey, true);
            tsa = certificate("CN=ClauseWatch Test TSA", tsaKey, "CN=ClauseWatch Test Root", rootKey, false);
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsaKey.getPrivate(), tsa),
                    new JcaDigestCalculatorProviderBuilder()
                            .build()
                            .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1"));
            tokens.addCertificates(new JcaCertStore(List.of(tsa, root)));
            responder = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (OperatorCreationException | TSPException e) {
            throw new GeneralSecurityException(e);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/tsa", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    /** The root CA certificate, as the {@code tsa-ca-certificates} file holds it. */
    public Path writeRoot(Path file) throws IOException {
        return Files.writeString(file, Certificates.pem(List.of(root)));
    }

    public X509Certificate root() {
        return root;
    }

    public int requests() {
        return requests.get();
    }

    /** The next {@code count} requests get HTTP 503, as from an authority that is down. */
    public void failNext(int count) {
        failNext.set(count);
    }

    /** Tokens state a time this far from now: a TSA whose clock is off, or a token made before the chain was. */
    public void offsetClock(Duration offset) {
        clockOffset.set(offset);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())
                    || !"application/timestamp-query"
                            .equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                exchange.sendResponseHeaders(415, -1);
                return;
            }
            byte[] reply = reply(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(reply);
            }
        }
    }

    private byte[] reply(byte[] query) throws IOException {
        try {
            Date time = Date.from(Instant.now().plus(clockOffset.get()));
            return responder
                    .generate(new TimeStampRequest(query), BigInteger.valueOf(serial.incrementAndGet()), time)
                    .getEncoded();
        } catch (TSPException e) {
            throw new IOException(e);
        }
    }

    /** Elliptic-curve keys: made in milliseconds, where RSA keys take seconds on a busy machine. */
    private static KeyPair key() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(
            String subject, KeyPair subjectKey, String issuer, KeyPair issuerKey, boolean authority)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(authority ? 0 : 1)),
                Date.from(now.minus(Duration.ofDays(3650))),
                Date.from(now.plus(Duration.ofDays(3650))),
                new X500Name(subject),
                subjectKey.getPublic());
        if (authority) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(
                    Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
