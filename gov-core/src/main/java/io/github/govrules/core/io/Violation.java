package io.github.govrules.core.io;

import java.util.Objects;

/**
 * One broken constraint: where (a property path such as {@code items[0].materials[2].code}, and,
 * for a value read from a file, its line and column there) and what ("must be a lower-case code
 * such as 'id-card'").
 *
 * @param path    the property path from the root object; empty for the root itself
 * @param line    the 1-based line of the value in the file it was read from (for a value the
 *                file leaves out, the line of the nearest enclosing value it has), or -1 when
 *                unknown: a value not read from a file, or a cross-check of several values
 * @param column  the 1-based column (in characters) on that line, or -1 when unknown
 * @param message what is wrong
 * @since 0.1.0
 */
public record Violation(String path, int line, int column, String message) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if only one of line and column is known, or one is 0 or below -1
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line == 0 || line < -1 || column == 0 || column < -1 || (line == -1) != (column == -1)) {
            throw new IllegalArgumentException("line and column must both be 1-based or both -1 (unknown), got line "
                    + line + ", column " + column);
        }
    }

    /**
     * Creates a violation whose place in a file is unknown.
     *
     * @param path    the property path from the root object; empty for the root itself
     * @param message what is wrong
     * @throws NullPointerException if a component is null
     */
    public Violation(String path, String message) {
        this(path, -1, -1, message);
    }

    /** Whether the line and column are known. */
    public boolean isLocated() {
        return line > 0;
    }

    /** {@code path (line L, column C): message}; without the place when it is unknown. */
    @Override
    public String toString() {
        String where = isLocated() ? (path.isEmpty() ? "" : " ") + "(line " + line + ", column " + column + ")" : "";
        return path.isEmpty() && where.isEmpty() ? message : path + where + ": " + message;
    }
}
