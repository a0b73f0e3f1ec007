package io.github.govrules.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.govrules.rules.fact.MaterialProblem;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a one-time notice: a material, what is wrong with it, why, and on what legal basis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param materialCode   the material's code
 * @param materialName   the material's name
 * @param problem        what is wrong
 * @param reasonZh       the reason in Chinese
 * @param reasonEn       the reason in English
 * @param legalBasis     the legal basis of the rule that found it (and of the material, when the guide gives one)
 * @param toleratedUntil for a tolerated-missing material (容缺), the day it must be supplemented by; otherwise null
 * @since 0.1.0
 */
public record NoticeItem(String materialCode, String materialName, MaterialProblem problem, String reasonZh,
                         String reasonEn, String legalBasis, LocalDate toleratedUntil) {

    /**
     * Creates the item.
     *
     * @throws NullPointerException if a component other than {@code toleratedUntil} is null
     */
    public NoticeItem {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(materialName, "materialName");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** Whether the material is tolerated missing (容缺) rather than blocking acceptance. */
    @JsonIgnore
    public boolean isTolerated() {
        return toleratedUntil != null;
    }
}
