package org.clausewatch.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, one process per page: the page as Chromium rendered it, and screenshots. Tests that
 * need it skip with a message when it is not installed ({@code .ci/run} installs it).
 */
public final class HeadlessChromium {
    private final Path binary;
    private final Path work;
    private int profiles;

    private HeadlessChromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** The browser, or the test skipped; {@code work} holds its profiles and log. */
    public static HeadlessChromium orSkip(Path work) {
        Path binary = Path.of(System.getenv().getOrDefault("CLAUSEWATCH_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(binary), "Chromium not found at " + binary + "; skipping the browser test");
        return new HeadlessChromium(binary, work);
    }

    /** The DOM of {@code url} once Chromium has loaded it. */
    public String dom(String url) throws IOException, InterruptedException {
        return run("--dump-dom", url);
    }

    /** A screenshot of {@code url} at {@code width} × {@code height}, kept as a test artefact. */
    public void screenshot(String url, Path file, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        run("--screenshot=" + file.toAbsolutePath(), "--window-size=" + width + "," + height, url);
    }

    private String run(String... args) throws IOException, InterruptedException {
        // a fresh profile each time: a Chromium still closing holds its profile and would take over the next run
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--user-data-dir=" + work.resolve("profile-" + ++profiles)));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(work.resolve("chromium.log").toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Chromium exited with " + process.exitValue() + ": " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
