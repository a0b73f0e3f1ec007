package io.github.govrules.core.hall;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;
import java.util.Objects;

/**
 * One person asked to take two roles that must be separate on a case: acceptance, approval
 * and stamping are done by different hands and restrain each other (受理、审批、用印相分离).
 *
 * @since 0.1.0
 */
public final class SeparationOfDutiesException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. */
    public static final String CODE = "core.separation-of-duties";

    private final String caseNumber;
    private final String person;

    /**
     * Creates the exception.
     *
     * @param caseNumber the case
     * @param person     the person
     * @param message    the full message naming both roles
     */
    public SeparationOfDutiesException(String caseNumber, String person, String message) {
        super(CODE, ErrorPlace.UNKNOWN, message, null);
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.person = Objects.requireNonNull(person, "person");
    }

    /** The case number. */
    public String caseNumber() {
        return caseNumber;
    }

    /** The person who would have taken both roles. */
    public String person() {
        return person;
    }
}
