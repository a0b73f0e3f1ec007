package io.github.govrules.rules;

import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.NationalCaseType;
import java.util.List;
import java.util.Objects;

/**
 * The classification of a case: its provincial kind (办件类别, gov-core's {@link CaseKind}, as the pack
 * declares it) and the national type (办件类型) it maps to.
 * When rules find several kinds, the one of highest precedence (lowest number) wins; all are listed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param nationalType the national type (GB/T 39046-2020)
 * @param kind         the winning provincial kind
 * @param candidates   the codes of every kind the rules found, winner first
 * @param reasonZh     why the winner applies, in Chinese
 * @param reasonEn     why the winner applies, in English
 * @since 0.1.0
 */
public record Classification(NationalCaseType nationalType, CaseKind kind, List<String> candidates, String reasonZh,
                             String reasonEn) {

    /**
     * Creates the classification.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the national type is not the kind's
     */
    public Classification {
        Objects.requireNonNull(nationalType, "nationalType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(candidates, "candidates");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        if (kind.nationalType() != nationalType) {
            throw new IllegalArgumentException("Kind " + kind.code() + " maps to national type "
                    + kind.nationalType().code() + ", not " + nationalType.code());
        }
    }
}
