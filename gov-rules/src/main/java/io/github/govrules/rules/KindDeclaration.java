package io.github.govrules.rules;

import io.github.govrules.core.item.CaseKind;
import java.util.Objects;

/**
 * A case kind as a pack's manifest declares it: the {@link CaseKind} (code, national type, due policy
 * and names), its precedence when several kinds apply, its legal basis, and the inherited kind it replaces.
 *
 * <p>Precedence: the lower number wins. The shipped packs use special (10) over major (15) over joint (20)
 * over reported-up (25) over immediate (30) over controlled (35) over promised (40).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind       the kind, e.g. {@code joint} mapped to national type 2 with the {@code JOINT} due policy
 * @param precedence the precedence; lower wins
 * @param legalBasis the legal basis of the kind and its time limits
 * @param replaces   the code of an inherited kind this one replaces (rules that insert that code now
 *                   get this kind), or the empty string
 * @since 0.1.0
 */
public record KindDeclaration(CaseKind kind, int precedence, String legalBasis, String replaces) {

    /**
     * Creates the declaration.
     *
     * @throws NullPointerException if a component is null
     */
    public KindDeclaration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(replaces, "replaces");
    }

    /** The kind's code, e.g. {@code "joint"}: what rules insert in a {@code KindCandidate}. */
    public String code() {
        return kind.code();
    }
}
