package io.github.govrules.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The decision receipt (决定回执) on every outcome: which pack decided (id, version, content hash),
 * which rules fired, on which legal bases, and which inputs mattered (the facts the fired rules matched).
 *
 * <p>Immutable and thread-safe.
 *
 * @param packId      the pack id
 * @param packVersion the pack version in force on the decision date
 * @param contentHash the SHA-256 of the pack's manifest and files, and of every pack it extends
 * @param decidedOn   the decision date
 * @param rulesFired  the rules that fired, in firing order
 * @param legalBases  the distinct legal bases of the fired rules, of the kind and of the due dates
 * @param inputs      the inputs that mattered, one short description each: first the case (its
 *                    situations and dates, and its number only when some rule reads it; the outcome
 *                    and notice always carry it), then its submissions, the item and materials the
 *                    fired rules matched, and the decision date with the pack in force
 * @since 0.1.0
 */
public record DecisionReceipt(String packId, String packVersion, String contentHash, LocalDate decidedOn,
                              List<FiredRule> rulesFired, List<String> legalBases, List<String> inputs) {

    /**
     * Creates the receipt.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionReceipt {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(rulesFired, "rulesFired");
        rulesFired = List.copyOf(rulesFired);
        Objects.requireNonNull(legalBases, "legalBases");
        legalBases = List.copyOf(legalBases);
        Objects.requireNonNull(inputs, "inputs");
        inputs = List.copyOf(inputs);
    }
}
