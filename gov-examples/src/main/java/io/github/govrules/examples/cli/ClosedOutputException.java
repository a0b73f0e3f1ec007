package io.github.govrules.examples.cli;

/**
 * Standard output can no longer be written: the reader of a pipe went away ({@code | head}) or
 * the disk is full. Thrown from the first write that fails, so the command stops its work there.
 */
final class ClosedOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClosedOutputException(java.io.IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether the reader went away (a closed pipe), as opposed to another write failure. */
    boolean isClosedPipe() {
        String m = getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("Stream closed") || m.contains("pipe is being closed"));
    }
}
