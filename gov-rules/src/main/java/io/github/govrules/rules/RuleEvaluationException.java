package io.github.govrules.rules;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.calendar.GovRulesException;
import java.util.Objects;

/**
 * A rule failed while a case was being evaluated (e.g. its consequence threw). Names the pack, the
 * rule and the case. No outcome is produced: nothing the other rules decided for that case is returned.
 *
 * @since 0.1.0
 */
public class RuleEvaluationException extends GovRulesException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. No place: the message names the pack, the rule and the case. */
    public static final String CODE = "rules.evaluation";

    private final String packId;
    private final String packVersion;
    private final String ruleName;
    private final String caseNumber;

    /**
     * Creates the exception.
     *
     * @param packId      the pack id
     * @param packVersion the pack version
     * @param ruleName    the rule that failed, or {@code "(unknown rule)"}
     * @param caseNumber  the case being evaluated
     * @param detail      what went wrong, in one sentence
     * @param cause       the underlying exception, or null
     */
    public RuleEvaluationException(String packId, String packVersion, String ruleName, String caseNumber,
                                   String detail, Throwable cause) {
        super(CODE, ErrorPlace.UNKNOWN, "Rule \"" + ruleName + "\" of pack " + packId + " " + packVersion + " failed on case " + caseNumber
                + ": " + detail, cause);
        this.packId = Objects.requireNonNull(packId, "packId");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
    }

    /** The pack id. */
    public String packId() {
        return packId;
    }

    /** The pack version. */
    public String packVersion() {
        return packVersion;
    }

    /** The name of the rule that failed. */
    public String ruleName() {
        return ruleName;
    }

    /** The number of the case being evaluated. */
    public String caseNumber() {
        return caseNumber;
    }
}
