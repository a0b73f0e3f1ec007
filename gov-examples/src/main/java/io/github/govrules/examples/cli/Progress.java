package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr, redrawn in place at most five times a second: the share of the input
 * read and the cases so far. Off (every call does nothing) unless stderr is a terminal.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintWriter err;
    private final long totalBytes;
    private final boolean on;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, long totalBytes, boolean on) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.on = on;
    }

    /** Whether a progress bar makes sense here: a terminal is attached ({@link System#console()}). */
    static boolean terminal() {
        return System.console() != null;
    }

    void update(long bytes, long cases) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        String line;
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(share * BAR);
            line = String.format(Locale.ROOT, "\r[%s%s] %3d%%  %,d cases", "#".repeat(filled), " ".repeat(BAR - filled),
                    (int) Math.floor(share * 100), cases);
        } else {
            line = String.format(Locale.ROOT, "\r%,d cases", cases);
        }
        err.print(line);
        err.flush();
    }

    /** Clears the bar's line. */
    void finish() {
        if (on && drawn) {
            err.print("\r" + " ".repeat(BAR + 30) + "\r");
            err.flush();
        }
    }
}
