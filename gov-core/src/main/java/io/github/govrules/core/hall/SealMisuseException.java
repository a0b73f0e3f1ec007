package io.github.govrules.core.hall;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;

/**
 * A seal use that is refused: the seal is changed or cancelled, belongs to another department,
 * is of the wrong kind for the document (law.md), or the document does not fit the case's state.
 * The message names the seal, the case and the rule.
 *
 * @since 0.1.0
 */
public final class SealMisuseException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. */
    public static final String CODE = "core.seal-misuse";

    /**
     * Creates the exception.
     *
     * @param message names the seal, the case and the rule
     */
    public SealMisuseException(String message) {
        super(CODE, ErrorPlace.UNKNOWN, message, null);
    }
}
