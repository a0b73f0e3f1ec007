package io.github.govrules.core.hall;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * Who took which role on a case, read from its events, and the separation-of-duties checks:
 * the person who accepted a case may not approve it; the person who approved it may not stamp
 * the result (受理、审批、用印相互分离、相互制约).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Duties {

    private Duties() {
    }

    /**
     * The person who accepted the case ({@code accepted} or {@code accepted-with-gaps}).
     *
     * @param aCase the case
     * @return the acceptor, or empty before acceptance
     */
    public static Optional<String> acceptorOf(Case aCase) {
        Objects.requireNonNull(aCase, "aCase");
        for (CaseEvent e : aCase.events()) {
            if (e instanceof CaseEvent.Accepted || e instanceof CaseEvent.AcceptedWithGaps) {
                return Optional.of(e.by());
            }
        }
        return Optional.empty();
    }

    /**
     * The person who decided the case (the {@code completed} event).
     *
     * @param aCase the case
     * @return the approver, or empty before completion
     */
    public static Optional<String> approverOf(Case aCase) {
        Objects.requireNonNull(aCase, "aCase");
        return aCase.events().stream().filter(e -> e instanceof CaseEvent.Completed).map(CaseEvent::by).findFirst();
    }

    /**
     * The person who revoked the case's approval (撤销): the {@code by} of its {@code revoked} event.
     *
     * @param aCase the case
     * @return the revoker, or empty if the approval was not revoked
     */
    public static Optional<String> revokerOf(Case aCase) {
        Objects.requireNonNull(aCase, "aCase");
        return aCase.events().stream().filter(e -> e instanceof CaseEvent.Revoked).map(CaseEvent::by).findFirst();
    }

    /**
     * Checks that {@code approver} did not accept the case.
     *
     * @param aCase    the case
     * @param approver the person about to decide
     * @throws SeparationOfDutiesException naming the case, the person and both roles
     */
    public static void requireMayApprove(Case aCase, String approver) {
        Objects.requireNonNull(approver, "approver");
        if (acceptorOf(aCase).filter(approver::equals).isPresent()) {
            throw new SeparationOfDutiesException(aCase.number(), approver, "Case " + aCase.number() + ": " + approver
                    + " accepted the case and may not also approve it (acceptance and approval are separate)");
        }
    }

    /**
     * Checks that {@code approver} did not accept the case whose approval they revoke (撤销 is a
     * decision like the approval).
     *
     * @param aCase    the case
     * @param approver the person about to revoke its approval
     * @throws SeparationOfDutiesException naming the case, the person and both roles
     */
    public static void requireMayRevoke(Case aCase, String approver) {
        Objects.requireNonNull(approver, "approver");
        if (acceptorOf(aCase).filter(approver::equals).isPresent()) {
            throw new SeparationOfDutiesException(aCase.number(), approver, "Case " + aCase.number() + ": " + approver
                    + " accepted the case and may not also revoke its approval (撤销 is a decision like the approval; "
                    + "acceptance and approval are separate)");
        }
    }

    /**
     * Checks that {@code stamper} did not approve the case.
     *
     * @param aCase   the case
     * @param stamper the person about to stamp
     * @throws SeparationOfDutiesException naming the case, the person and both roles
     */
    public static void requireMayStamp(Case aCase, String stamper) {
        Objects.requireNonNull(stamper, "stamper");
        if (approverOf(aCase).filter(stamper::equals).isPresent()) {
            throw new SeparationOfDutiesException(aCase.number(), stamper, "Case " + aCase.number() + ": " + stamper
                    + " approved the case and may not also stamp it (approval and stamping are separate)");
        }
    }

    /**
     * Checks that {@code stamper} did not make the decision the document records: for the
     * revocation decision (撤销) and the cancellation (注销) that follows it, the person who revoked
     * the approval; for any other document, the approver ({@link #requireMayStamp(Case, String)}).
     *
     * @param aCase    the case
     * @param stamper  the person about to stamp
     * @param document the document to be stamped
     * @throws SeparationOfDutiesException naming the case, the person and both roles
     */
    public static void requireMayStamp(Case aCase, String stamper, SealDocument document) {
        Objects.requireNonNull(stamper, "stamper");
        Objects.requireNonNull(document, "document");
        Optional<String> revoker = document == SealDocument.REVOCATION || document == SealDocument.CANCELLATION
                ? revokerOf(aCase) : Optional.empty();
        if (revoker.isPresent()) {
            if (revoker.get().equals(stamper)) {
                throw new SeparationOfDutiesException(aCase.number(), stamper, "Case " + aCase.number() + ": " + stamper
                        + " revoked the approval and may not also stamp the " + document
                        + " (the decision and the stamping are separate)");
            }
            return; // the revocation is someone else's decision: the original approver may stamp it
        }
        requireMayStamp(aCase, stamper);
    }
}
