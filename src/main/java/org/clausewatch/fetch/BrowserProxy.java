package org.clausewatch.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clausewatch.common.RefusedRequests;

/**
 * A forward proxy on loopback through which headless Chromium makes every request of a page it renders: scripts,
 * frames, images and redirects on other hosts included. Each request's host passes the address guard before a
 * connection is opened (and the connection goes to the addresses the guard pinned), so a hostile page cannot make the
 * browser reach the network ClauseWatch runs in. Requests the guard refuses get a 403 and are listed in
 * {@link #refused()}, which the capture carries as evidence; a host that does not resolve gets a 502 and is not listed.
 * HTTPS passes through as an opaque {@code CONNECT} tunnel; plain HTTP is forwarded one request per connection.
 */
final class BrowserProxy implements AutoCloseable {
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;

    /** What a request must pass; {@link AddressGuard#check} in production. */
    @FunctionalInterface
    interface Admission {
        void check(URI url) throws IOException;
    }

    private final ServerSocket server;
    private final Admission admission;
    private final RefusalCollector refused = new RefusalCollector();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    BrowserProxy(Admission admission) throws IOException {
        this.admission = admission;
        this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("browser-proxy").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The requests refused so far, each as "URL: reason" (the first {@link RefusedRequests#KEPT} of them). */
    RefusedRequests refused() {
        return refused.snapshot();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            InputStream in = new BufferedInputStream(client.getInputStream());
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String[] requestLine = head.getFirst().split(" ", -1);
            if (requestLine.length != 3) {
                answer(client, "400 Bad Request");
                return;
            }
            if (requestLine[0].equals("CONNECT")) {
                tunnel(client, in, requestLine[1]);
            } else {
                forward(client, in, requestLine, head.subList(1, head.size()));
            }
        } catch (IOException e) {
            // the browser or the site hung up: the browser sees a failed sub-request, which is all it needs
        } finally {
            open.remove(client);
        }
    }

    private void tunnel(Socket client, InputStream in, String authority) throws IOException {
        URI url = admitted(client, "https://" + authority + "/");
        if (url == null) {
            return;
        }
        try (Socket upstream = connect(url, 443)) {
            OutputStream out = client.getOutputStream();
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            relay(client, in, upstream);
        }
    }

    private void forward(Socket client, InputStream in, String[] requestLine, List<String> headers) throws IOException {
        if (!requestLine[1].toLowerCase(Locale.ROOT).startsWith("http://")) {
            answer(client, "400 Bad Request");
            return;
        }
        URI url = admitted(client, requestLine[1]);
        if (url == null) {
            return;
        }
        try (Socket upstream = connect(url, 80)) {
            StringBuilder request = new StringBuilder()
                    .append(requestLine[0])
                    .append(' ')
                    .append(url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                    .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                    .append(" HTTP/1.1\r\n");
            for (String header : headers) {
                String name = header.substring(0, Math.max(0, header.indexOf(':')))
                        .strip()
                        .toLowerCase(Locale.ROOT);
                if (!name.equals("connection") && !name.equals("proxy-connection") && !name.equals("keep-alive")) {
                    request.append(header).append("\r\n");
                }
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = upstream.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            relay(client, in, upstream);
        }
    }

    /** The request's URL when the guard lets it through; otherwise a 403 is sent and the refusal noted. */
    private URI admitted(Socket client, String target) throws IOException {
        URI url;
        try {
            url = new URI(target);
        } catch (URISyntaxException e) {
            answer(client, "400 Bad Request");
            return null;
        }
        try {
            admission.check(url);
            return url;
        } catch (BlockedAddressException e) {
            // the target and the reason go into WARC fields and log lines: one line each, whatever the page sent
            refused.add((target + ": " + e.getMessage()).replaceAll("[\\r\\n]+", " "));
            answer(client, "403 Forbidden");
            return null;
        } catch (IOException e) {
            // a host that does not resolve is not a refusal: Chromium's own background requests end here offline
            answer(client, "502 Bad Gateway");
            return null;
        }
    }

    /** Resolves through the JVM, which answers a host the guard just checked with the addresses it pinned. */
    private static Socket connect(URI url, int defaultPort) throws IOException {
        Socket upstream = new Socket();
        upstream.connect(
                new InetSocketAddress(url.getHost(), url.getPort() == -1 ? defaultPort : url.getPort()),
                CONNECT_TIMEOUT_MILLIS);
        upstream.setSoTimeout(IDLE_TIMEOUT_MILLIS);
        return upstream;
    }

    /** Copies bytes both ways until either side closes. */
    private static void relay(Socket client, InputStream fromClient, Socket upstream) throws IOException {
        Thread up = Thread.ofVirtual().start(() -> {
            try {
                fromClient.transferTo(upstream.getOutputStream());
                upstream.shutdownOutput();
            } catch (IOException e) {
                // the other direction notices the broken connection
            }
        });
        try {
            upstream.getInputStream().transferTo(client.getOutputStream());
        } catch (SocketException e) {
            // closed by either side
        } finally {
            client.shutdownOutput();
            up.interrupt();
        }
    }

    private static void answer(Socket client, String status) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The request line and headers, up to the empty line; empty when the connection closed first. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        for (int b = in.read(); b != -1; b = in.read()) {
            if (++total > MAX_HEAD_BYTES) {
                throw new IOException("request head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
