package io.github.govrules.rules;

import java.util.Objects;

/**
 * A provincial case kind (办件类别), declared in a pack's manifest: its national type, its precedence
 * when several kinds apply, and how its due dates follow.
 *
 * <p>Precedence: the lower number wins. The shipped packs use special (10) over joint (20) over
 * reported-up (25) over immediate (30) over promised (40).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code         the kind's code, used by rules in {@code KindCandidate}, e.g. {@code "joint"}
 * @param nameZh       the Chinese name, e.g. {@code 联办件}
 * @param nameEn       the English name, e.g. {@code joint case}
 * @param nationalType the national type it maps to
 * @param precedence   the precedence; lower wins
 * @param due          how due dates follow
 * @param legalBasis   the legal basis of the kind and its time limits
 * @param replaces     the code of an inherited kind this one replaces (rules that insert that code now
 *                     get this kind), or the empty string
 * @since 0.1.0
 */
public record CaseKind(String code, String nameZh, String nameEn, NationalCaseType nationalType, int precedence,
                       DuePolicy due, String legalBasis, String replaces) {

    /**
     * Creates the kind.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the code is blank
     */
    public CaseKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nationalType, "nationalType");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(replaces, "replaces");
        if (code.isBlank()) {
            throw new IllegalArgumentException("Case kind code must not be blank");
        }
    }
}
