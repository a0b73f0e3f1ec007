package io.github.govrules.core.cases;

/**
 * The state of a case, derived from its events (see {@link CaseStatus#replay(java.util.List)}).
 *
 * <pre>
 * NEW -received-&gt; RECEIVED -correction-requested-&gt; AWAITING_CORRECTION -supplemented-&gt; RECEIVED
 * RECEIVED -accepted / accepted-with-gaps-&gt; IN_PROCESS ; RECEIVED -not-accepted-&gt; NOT_ACCEPTED
 * IN_PROCESS -suspended-&gt; SUSPENDED -resumed-&gt; IN_PROCESS
 * IN_PROCESS -completed-&gt; COMPLETED -delivered-&gt; DELIVERED -evaluated-&gt; EVALUATED
 * side exits before completion: withdrawn, voided (from RECEIVED, AWAITING_CORRECTION, IN_PROCESS, SUSPENDED),
 *                               terminated (from IN_PROCESS, SUSPENDED)
 * side exit after an approval:  COMPLETED / DELIVERED / EVALUATED -revoked-&gt; REVOKED (outcome APPROVED only)
 * </pre>
 *
 * <p>{@link #isFinal()} says whether a state allows no event whatever the history. EVALUATED is
 * not final: an approved case may still be revoked (撤销, Licensing Law Art. 69) after the
 * applicant's evaluation; a refused case allows nothing more once evaluated, which only the whole
 * status knows ({@link CaseStatus#isFinal()}).
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
    /**
     * The applicant evaluated the service (评价). The end of the normal path, but not final: an
     * approval may still be revoked ({@link #REVOKED}); see {@link CaseStatus#isFinal()}.
     */
    EVALUATED,
    /** Withdrawn by the applicant (撤回); final. */
    WITHDRAWN,
    /** Terminated (终止), e.g. a tolerated gap not supplemented in time; final. */
    TERMINATED,
    /**
     * Voided by the hall (作废): the case was registered in error (duplicate, wrong item, test
     * data); final. A voided case counts in no indicator.
     */
    VOIDED,
    /**
     * The approval was revoked (撤销, Licensing Law Art. 69), e.g. a notify-and-commit
     * (告知承诺制) promise proved false; final. The case remains a completed case: its completion
     * time and outcome ({@code APPROVED}) are kept.
     */
    REVOKED;

    /**
     * Whether no further event is allowed in this state, whatever the case's history:
     * NOT_ACCEPTED, WITHDRAWN, TERMINATED, VOIDED and REVOKED. COMPLETED, DELIVERED and EVALUATED
     * are not final, since an approval may be revoked after any of them; use
     * {@link CaseStatus#isFinal()} for a given case, which also knows its outcome.
     *
     * @return whether the state is final
     */
    public boolean isFinal() {
        return CaseStatus.allowedIn(this).isEmpty();
    }
}
