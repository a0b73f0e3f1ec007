package io.github.govrules.core.hall;

import io.github.govrules.core.item.CaseKind;
import java.util.Objects;

/**
 * Which seal a document carries (law.md, "Seals"):
 * <ol>
 *   <li>revocation and cancellation decisions: the department's official seal (公章);</li>
 *   <li>reported-up cases (上报件, Licensing Law Art. 43): the official seal on the report and the decision;</li>
 *   <li>where a law requires the official seal for the item: the official seal on the decision or refusal;</li>
 *   <li>everything else at the hall (acceptance and refusal notices, Art. 32; approval decisions):
 *       the special seal for administrative approval (行政审批专用章), or its electronic form.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SealPolicy {

    private SealPolicy() {
    }

    /**
     * The seal a document needs.
     *
     * @param document               the document
     * @param caseKind               the case's provincial kind
     * @param officialRequiredByLaw  whether a law requires the official seal for the item's decisions
     * @return the required kind and its basis
     */
    public static SealChoice choose(SealDocument document, CaseKind caseKind, boolean officialRequiredByLaw) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(caseKind, "caseKind");
        if (document == SealDocument.REVOCATION || document == SealDocument.CANCELLATION) {
            return new SealChoice(SealKind.OFFICIAL, "revocation and cancellation decisions carry the official seal (公章)");
        }
        boolean decision = document == SealDocument.DECISION || document == SealDocument.REFUSAL;
        if (document == SealDocument.REPORT_UP || caseKind.isReportedUp() && decision) {
            return new SealChoice(SealKind.OFFICIAL,
                    "reported-up cases (上报件, Licensing Law Art. 43) carry the official seal (公章)");
        }
        if (officialRequiredByLaw && decision) {
            return new SealChoice(SealKind.OFFICIAL, "a law requires the official seal (公章) for this item");
        }
        return new SealChoice(SealKind.SPECIAL_APPROVAL,
                "approvals at the hall carry the special seal for administrative approval (行政审批专用章, Licensing Law Art. 32)");
    }
}
