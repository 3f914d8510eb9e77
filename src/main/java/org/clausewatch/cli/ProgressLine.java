package org.clausewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.clausewatch.common.Progress;

/**
 * Shows a command's progress on standard error: on a terminal, one line redrawn in place (done/total, the item just
 * done, the rate and the time left), wiped at the end so that the command's own summary line follows; elsewhere
 * (a log, a pipe, a test) a plain line at each tenth of the work and at least every {@link #PLAIN_EVERY}, then a last
 * line with the count, the time and the rate.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final long REDRAW_NANOS = Duration.ofMillis(150).toNanos();
    private static final long PLAIN_EVERY = Duration.ofSeconds(15).toNanos();
    private static final int ITEM_WIDTH = 48;

    private final PrintWriter err;
    private final String command;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long started;
    private long total = -1;
    private String unit = "items";
    private long done;
    private long shownAt;
    private long shownTenth;
    private int drawn;

    /** For {@code command}, on a terminal when {@link System#console()} says there is one. */
    static ProgressLine on(PrintWriter err, String command) {
        return new ProgressLine(err, command, System.console() != null, System::nanoTime);
    }

    ProgressLine(PrintWriter err, String command, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.command = command;
        this.terminal = terminal;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.shownAt = started;
    }

    @Override
    public synchronized void begin(long total, String unit) {
        this.total = total;
        this.unit = unit;
        if (!terminal && total > 0) {
            line(command + ": " + total + " " + unit + " to do");
        }
    }

    @Override
    public synchronized void advance(long units, String item) {
        done += units;
        long now = nanos.getAsLong();
        if (terminal) {
            if (now - shownAt >= REDRAW_NANOS || done == total) {
                redraw(status(now) + "  " + shortened(item));
                shownAt = now;
            }
            return;
        }
        long tenth = total > 0 ? done * 10 / total : 0;
        if (tenth > shownTenth || now - shownAt >= PLAIN_EVERY) {
            line(command + ": " + status(now) + "  " + item);
            shownAt = now;
            shownTenth = tenth;
        }
    }

    /** Wipes the redrawn line, or writes the last plain line. */
    @Override
    public synchronized void close() {
        long now = nanos.getAsLong();
        if (terminal) {
            redraw("");
            err.print('\r');
            err.flush();
        } else if (done > 0) {
            line(command + ": " + done + " " + unit + " done in " + seconds(now - started) + " (" + rate(now) + ")");
        }
    }

    /** {@code 120/480 documents (25%), 3.2/s, about 1 min 52 s left}. */
    String status(long now) {
        StringBuilder status = new StringBuilder().append(done);
        if (total > 0) {
            status.append('/').append(total);
        }
        status.append(' ').append(unit);
        if (total > 0) {
            status.append(" (").append(done * 100 / total).append("%)");
        }
        status.append(", ").append(rate(now));
        if (total > 0 && done > 0 && done < total) {
            long left = (now - started) * (total - done) / done;
            status.append(", about ").append(seconds(left)).append(" left");
        }
        return status.toString();
    }

    private String rate(long now) {
        double perSecond = done / Math.max(1e-3, (now - started) / 1e9);
        return String.format(Locale.ROOT, perSecond >= 10 ? "%.0f/s" : "%.1f/s", perSecond);
    }

    private static String seconds(long nanos) {
        long s = Math.round(nanos / 1e9);
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }

    private static String shortened(String item) {
        return item.length() <= ITEM_WIDTH ? item : item.substring(0, ITEM_WIDTH - 1) + "…";
    }

    private void redraw(String text) {
        err.print('\r' + text + " ".repeat(Math.max(0, drawn - text.length())));
        err.flush();
        drawn = text.length();
    }

    private void line(String text) {
        err.println(text);
        err.flush();
    }
}
