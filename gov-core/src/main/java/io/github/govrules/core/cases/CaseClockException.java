package io.github.govrules.core.cases;

import io.github.govrules.calendar.deadline.ClockRule;
import io.github.govrules.calendar.deadline.IllegalClockOperationException;
import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A case whose events its clock (计时) refuses, such as an extension longer than the law allows or
 * granted after the statutory due date (Licensing Law Art. 42). The message names the case, then
 * the clock's refusal (the rule and the date); the refusal itself is the cause.
 *
 * @since 0.1.0
 */
public final class CaseClockException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the date of the event that breaks the clock rule */
    public static final String CODE = "core.case-clock";

    private final String caseNumber;
    private final ClockRule rule;
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param caseNumber the case
     * @param refusal    the clock's refusal
     */
    public CaseClockException(String caseNumber, IllegalClockOperationException refusal) {
        super(CODE, refusal.place(), "Case " + caseNumber + ": " + refusal.getMessage(), refusal);
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.rule = refusal.rule();
        this.date = refusal.date();
    }

    /** The case number. */
    public String caseNumber() {
        return caseNumber;
    }

    /** The clock rule the case's events break. */
    public ClockRule rule() {
        return rule;
    }

    /** The date of the event that breaks the rule. */
    public LocalDate date() {
        return date;
    }
}
