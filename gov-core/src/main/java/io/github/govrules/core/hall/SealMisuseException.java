package io.github.govrules.core.hall;

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

    /**
     * Creates the exception.
     *
     * @param message names the seal, the case and the rule
     */
    public SealMisuseException(String message) {
        super(message);
    }
}
