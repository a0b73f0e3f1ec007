package io.github.govrules.rules;

import java.util.Objects;

/**
 * One located problem in a rule pack: the pack, the file, line and column, and a message.
 * {@link #toString()} gives the form compilers use, {@code file:line:column: message}.
 *
 * <p>Immutable and thread-safe. Line and column are 1-based; 0 means unknown.
 *
 * @param packId  the id of the pack the file belongs to
 * @param file    the file as the user knows it (a path on disk, or {@code classpath:…})
 * @param line    the line, 1-based, or 0 when not known
 * @param column  the column, 1-based, or 0 when not known
 * @param message what is wrong, in one sentence
 * @since 0.1.0
 */
public record PackProblem(String packId, String file, int line, int column, String message) {

    /**
     * Creates the problem.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the line or column is negative
     */
    public PackProblem {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Line and column must be zero or more, but were " + line + ":" + column);
        }
    }

    /** The problem as {@code file:line:column: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
