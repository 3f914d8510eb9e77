package org.clausewatch.fetch;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.FailureClass;

/** Renders a page that builds itself with JavaScript in headless Chromium and returns the serialised DOM. */
final class BrowserRenderer {
    private static final int STDERR_TAIL = 300;

    private final Path browser;
    private final Duration timeout;
    private final long maxBytes;

    BrowserRenderer(Path browser, Duration timeout, long maxBytes) {
        this.browser = browser;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Renders {@code url}; with a proxy port, every request the browser makes goes through that proxy (loopback
     * included, which Chromium otherwise never proxies).
     */
    Bytes render(URI url, OptionalInt proxyPort) throws FetchException, InterruptedException {
        Path profile = createProfile(url);
        try {
            return run(url, profile, proxyPort);
        } finally {
            deleteTree(profile);
        }
    }

    List<String> command(URI url, Path profile, OptionalInt proxyPort) {
        List<String> command = new ArrayList<>(List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.resolve("profile"),
                "--virtual-time-budget=5000",
                "--dump-dom"));
        proxyPort.ifPresent(port -> command.addAll(List.of(
                "--proxy-server=http://127.0.0.1:" + port,
                "--proxy-bypass-list=<-loopback>",
                "--force-webrtc-ip-handling-policy=disable_non_proxied_udp")));
        command.add(url.toString());
        return command;
    }

    private Bytes run(URI url, Path profile, OptionalInt proxyPort) throws FetchException, InterruptedException {
        Path stderr = profile.resolve("stderr.log");
        Process process = start(url, profile, stderr, proxyPort);
        CompletableFuture<Bytes> dom = new CompletableFuture<>();
        // Drain stdout while the browser runs: a large DOM would otherwise fill the pipe and stall it.
        Thread.ofVirtual().start(() -> drain(process.getInputStream(), dom));
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill(process);
            throw new FetchException(
                    url,
                    FailureClass.TIMEOUT,
                    "browser did not finish rendering " + url + " within " + timeout.toSeconds() + "s");
        }
        Bytes output = output(url, process, dom);
        if (process.exitValue() != 0) {
            throw new FetchException(
                    url,
                    FailureClass.CONNECTION,
                    "browser exited with status " + process.exitValue() + " rendering " + url + ": " + tail(stderr));
        }
        return output;
    }

    private Process start(URI url, Path profile, Path stderr, OptionalInt proxyPort) throws FetchException {
        try {
            return new ProcessBuilder(command(url, profile, proxyPort))
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new FetchException(
                    url,
                    FailureClass.BROWSER_NOT_AVAILABLE,
                    "cannot start browser " + browser + " for " + url + ": " + e.getMessage(),
                    e);
        }
    }

    private Bytes output(URI url, Process process, CompletableFuture<Bytes> dom)
            throws FetchException, InterruptedException {
        try {
            return dom.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            kill(process);
            throw e.getCause() instanceof TooLarge
                    ? new FetchException(
                            url,
                            FailureClass.TOO_LARGE,
                            "rendered DOM of " + url + " is too large: it grew past " + maxBytes + " bytes")
                    : new FetchException(
                            url, FailureClass.CONNECTION, "cannot read the browser's output for " + url, e);
        } catch (TimeoutException e) {
            kill(process);
            throw new FetchException(url, FailureClass.TIMEOUT, "browser output for " + url + " never ended", e);
        }
    }

    private void drain(InputStream in, CompletableFuture<Bytes> dom) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            long total = 0;
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                total += n;
                if (total > maxBytes) {
                    dom.completeExceptionally(new TooLarge());
                    return;
                }
                out.write(chunk, 0, n);
            }
            dom.complete(Bytes.wrap(out.toByteArray()));
        } catch (IOException e) {
            dom.completeExceptionally(e);
        }
    }

    /** Marks output that passed the size limit. */
    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static void kill(Process process) throws InterruptedException {
        // Chromium runs helper processes; they would outlive a kill of the parent alone.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static Path createProfile(URI url) throws FetchException {
        try {
            return Files.createTempDirectory("clausewatch-browser-");
        } catch (IOException e) {
            throw new FetchException(
                    url, FailureClass.BROWSER_NOT_AVAILABLE, "cannot create a browser profile for " + url, e);
        }
    }

    private static String tail(Path stderr) {
        try {
            String text = Files.readString(stderr, StandardCharsets.UTF_8).strip();
            return text.length() <= STDERR_TAIL ? text : "…" + text.substring(text.length() - STDERR_TAIL);
        } catch (IOException e) {
            return "(no error output: " + e.getMessage() + ")";
        }
    }

    /** Best effort: a helper process that is still exiting may hold a file for a moment. */
    static boolean deleteTree(Path root) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
                return true;
            } catch (IOException e) {
                // tried again below; a profile left behind is litter in the temp folder, not a failed fetch
            }
        }
        return !Files.exists(root);
    }
}
