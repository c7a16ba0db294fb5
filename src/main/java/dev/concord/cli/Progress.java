package dev.concord.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error for long runs on a terminal: it appears only after a moment (short runs stay
 * quiet), is redrawn at most ten times a second, and is erased at the end. Never in CI logs: not when standard
 * output is not a terminal, when {@code CI} is set (every CI service sets it), or when {@code TERM} is {@code dumb}.
 * Thread-safe: files finish on the checker's worker threads.
 */
final class Progress {
    private static final long SHOW_AFTER_NANOS = 1_500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private int done;
    private long lastDrawn;
    private boolean drawn;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** A progress bar for {@code total} files, shown only when {@code wanted} and the terminal is a person's. */
    static Progress forRun(PrintWriter err, int total, boolean wanted) {
        return new Progress(err, total, wanted && interactive());
    }

    /** True when standard output is a terminal and no CI service runs us. */
    static boolean interactive() {
        String ci = System.getenv("CI");
        return System.console() != null && (ci == null || ci.isEmpty() || ci.equalsIgnoreCase("false"))
                && !"dumb".equals(System.getenv("TERM"));
    }

    synchronized void fileDone() {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        long seconds = (now - started) / 1_000_000_000L;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files, %d s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), done, total, seconds));
        err.flush();
    }

    /** Erases the bar, so that the report starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
