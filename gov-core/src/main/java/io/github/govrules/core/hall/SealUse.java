package io.github.govrules.core.hall;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDateTime;

/**
 * One entry of the seal ledger (用印登记): who used which seal, when, on which case and document.
 *
 * @param sealId     the seal
 * @param usedBy     the person who stamped
 * @param at         when, hall local time
 * @param caseNumber the case
 * @param document   the kind of document stamped
 * @since 0.1.0
 */
public record SealUse(@NotBlank String sealId, @NotBlank String usedBy, LocalDateTime at, @NotBlank String caseNumber,
                      SealDocument document) {

    /**
     * Creates a ledger entry.
     *
     * @throws NullPointerException if a component is null
     */
    public SealUse {
        Checks.required(sealId, "sealId");
        Checks.required(usedBy, "usedBy");
        Checks.required(at, "at");
        Checks.required(caseNumber, "caseNumber");
        Checks.required(document, "document");
    }
}
