package io.github.govrules.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that stops the command at the first failed write: a PrintWriter alone swallows
 * the error and the work would go on for nobody. Every write failure becomes a
 * {@link ClosedOutputException}.
 */
final class GuardedOutputStream extends FilterOutputStream {

    GuardedOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new ClosedOutputException(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw new ClosedOutputException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new ClosedOutputException(e);
        }
    }
}
