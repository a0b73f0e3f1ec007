package io.github.govrules.core;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.calendar.GovRulesException;

/**
 * The base type of every error that gov-core raises on purpose: bad input files, invalid
 * models, illegal case transitions, missing authorizations, seal misuse.
 *
 * <p>Each subtype names what was wrong and where in its message; none of them wraps a
 * third-party stack trace as its primary information. Like every error of the library it is a
 * {@link GovRulesException}, with a code and a place.
 *
 * @since 0.1.0
 */
public class GovCoreException extends GovRulesException {

    private static final long serialVersionUID = 1L;

    /** The error code of a gov-core error without a code of its own: {@value}. */
    public static final String CODE = "core.error";

    /**
     * Creates an exception with a message that names the rule and the value.
     *
     * @param message the message, never null
     */
    public GovCoreException(String message) {
        super(CODE, ErrorPlace.UNKNOWN, message, null);
    }

    /**
     * Creates an exception with a message and the underlying cause.
     *
     * @param message the message, never null
     * @param cause   the underlying cause, kept for debugging
     */
    public GovCoreException(String message, Throwable cause) {
        super(CODE, ErrorPlace.UNKNOWN, message, cause);
    }

    /**
     * Creates the exception of a subtype.
     *
     * @param code    the subtype's code
     * @param place   where, or {@link ErrorPlace#UNKNOWN}
     * @param message the message, never null
     * @param cause   the underlying cause, or null
     */
    protected GovCoreException(String code, ErrorPlace place, String message, Throwable cause) {
        super(code, place, message, cause);
    }
}
