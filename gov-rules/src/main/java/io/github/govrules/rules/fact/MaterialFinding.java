package io.github.govrules.rules.fact;

import java.util.Objects;

/**
 * A result fact a completeness rule inserts: one material that is missing, in the wrong form or
 * short of copies. Every finding becomes one line of the one-time notice (一次性告知书).
 *
 * <p>Immutable and thread-safe. The engine attaches the inserting rule's {@code @legalBasis}.
 *
 * @param materialCode the material's code
 * @param materialName the material's name
 * @param problem      what is wrong
 * @param reasonZh     the reason in Chinese, shown to the applicant
 * @param reasonEn     the reason in English
 * @since 0.1.0
 */
public record MaterialFinding(String materialCode, String materialName, MaterialProblem problem,
                              String reasonZh, String reasonEn) {

    /**
     * Creates the finding.
     *
     * @throws NullPointerException if a component is null
     */
    public MaterialFinding {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(materialName, "materialName");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
