package io.github.govrules.core.cases;

/**
 * The state of a case, derived from its events (see {@link CaseStatus#replay(java.util.List)}).
 *
 * <pre>
 * NEW -received-&gt; RECEIVED -correction-requested-&gt; AWAITING_CORRECTION -supplemented-&gt; RECEIVED
 * RECEIVED -accepted / accepted-with-gaps-&gt; IN_PROCESS ; RECEIVED -not-accepted-&gt; NOT_ACCEPTED
 * IN_PROCESS -suspended-&gt; SUSPENDED -resumed-&gt; IN_PROCESS
 * IN_PROCESS -completed-&gt; COMPLETED -delivered-&gt; DELIVERED -evaluated-&gt; EVALUATED
 * side exits: withdrawn (before completion), terminated (after acceptance, before completion)
 * </pre>
 *
 * @since 0.1.0
 */
public enum CaseState {
    /** No event yet. */
    NEW,
    /** Materials received (收件), acceptance not yet decided. */
    RECEIVED,
    /** A one-time correction notice (一次性告知 / 补正) was given; waiting for the supplement. */
    AWAITING_CORRECTION,
    /** Not accepted (不予受理); final. */
    NOT_ACCEPTED,
    /** Accepted (受理), possibly with tolerated gaps (容缺), and being processed; the clock runs. */
    IN_PROCESS,
    /** Processing suspended for a special procedure (特别程序); the clock stops. */
    SUSPENDED,
    /** Completed (办结): approved or refused. */
    COMPLETED,
    /** The result was delivered (送达). */
    DELIVERED,
    /** The applicant evaluated the service (评价); final. */
    EVALUATED,
    /** Withdrawn by the applicant (撤回); final. */
    WITHDRAWN,
    /** Terminated (终止), e.g. a tolerated gap not supplemented in time; final. */
    TERMINATED;

    /** Whether no further event is allowed in this state. */
    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == EVALUATED || this == WITHDRAWN || this == TERMINATED;
    }
}
