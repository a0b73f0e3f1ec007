package io.github.govrules.core.io;

import java.util.Objects;

/**
 * One broken constraint: where (a property path such as {@code items[0].materials[2].code})
 * and what ("must be a lower-case code such as 'id-card'").
 *
 * @param path    the property path from the root object; empty for the root itself
 * @param message what is wrong
 * @since 0.1.0
 */
public record Violation(String path, String message) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException if a component is null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
