package io.github.govrules.core.catalog;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;

/**
 * A look-up of an item code or version that the catalog does not hold.
 *
 * @since 0.1.0
 */
public final class UnknownItemException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. */
    public static final String CODE = "core.unknown-item";

    /**
     * Creates the exception.
     *
     * @param message names the code, the version and what the catalog has
     */
    public UnknownItemException(String message) {
        super(CODE, ErrorPlace.UNKNOWN, message, null);
    }
}
