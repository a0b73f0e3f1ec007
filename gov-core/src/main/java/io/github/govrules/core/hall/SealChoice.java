package io.github.govrules.core.hall;

import java.util.Objects;

/**
 * The seal kind a document needs, with the rule it follows.
 *
 * @param kind  the required kind; where it is {@link SealKind#SPECIAL_APPROVAL}, an
 *              {@link SealKind#ELECTRONIC} seal is accepted as well
 * @param basis the rule, e.g. "revocation and cancellation decisions carry the official seal (公章)"
 * @since 0.1.0
 */
public record SealChoice(SealKind kind, String basis) {

    /**
     * Creates the choice.
     *
     * @throws NullPointerException if a component is null
     */
    public SealChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
    }

    /** Whether a seal of the given kind satisfies this choice. */
    public boolean accepts(SealKind used) {
        return used == kind || kind == SealKind.SPECIAL_APPROVAL && used == SealKind.ELECTRONIC;
    }
}
