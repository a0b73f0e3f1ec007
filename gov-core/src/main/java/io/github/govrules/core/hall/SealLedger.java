package io.github.govrules.core.hall;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The append-only ledger of seal uses (用印登记簿). {@link #with(SealUse)} returns a new ledger;
 * checked uses are recorded through {@link ServiceCenter#stamp}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uses the uses, oldest first
 * @since 0.1.0
 */
public record SealLedger(List<@Valid SealUse> uses) {

    /**
     * Creates a ledger.
     *
     * @throws IllegalArgumentException if the uses are not in time order
     */
    public SealLedger {
        uses = Checks.list(uses, "uses");
        for (int i = 1; i < uses.size(); i++) {
            if (uses.get(i).at().isBefore(uses.get(i - 1).at())) {
                throw new IllegalArgumentException("seal ledger entry " + i + " at " + uses.get(i).at()
                        + " is before the previous entry at " + uses.get(i - 1).at());
            }
        }
    }

    /** An empty ledger. */
    public static SealLedger empty() {
        return new SealLedger(List.of());
    }

    /**
     * This ledger with one more use (no checks beyond time order; see {@link ServiceCenter#stamp}).
     *
     * @param use the use
     * @return the new ledger
     * @throws IllegalArgumentException if the use is dated before the last entry
     */
    public SealLedger with(SealUse use) {
        Objects.requireNonNull(use, "use");
        List<SealUse> more = new ArrayList<>(uses);
        more.add(use);
        return new SealLedger(more);
    }

    /**
     * The uses on a case.
     *
     * @param caseNumber the case number
     * @return the uses, oldest first
     */
    public List<SealUse> usesFor(String caseNumber) {
        return uses.stream().filter(u -> u.caseNumber().equals(caseNumber)).toList();
    }
}
