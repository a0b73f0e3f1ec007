package io.github.govrules.core;

/**
 * The base type of every error that gov-core raises on purpose: bad input files, invalid
 * models, illegal case transitions, missing authorizations, seal misuse.
 *
 * <p>Each subtype names what was wrong and where in its message; none of them wraps a
 * third-party stack trace as its primary information.
 *
 * @since 0.1.0
 */
public class GovCoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the rule and the value.
     *
     * @param message the message, never null
     */
    public GovCoreException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the underlying cause.
     *
     * @param message the message, never null
     * @param cause   the underlying cause, kept for debugging
     */
    public GovCoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
