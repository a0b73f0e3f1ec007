package io.github.govrules.rules.fact;

/**
 * Whether a material must be handed in (必要性).
 *
 * @since 0.1.0
 */
public enum Necessity {
    /** Required (必要) whenever it applies: a key material. */
    REQUIRED,
    /** Optional (非必要). */
    OPTIONAL,
    /**
     * Required, but a non-key material (非关键材料): where a pack enables tolerated-missing acceptance
     * (容缺受理), the case may be accepted and the material supplemented later.
     */
    TOLERATED_MISSING
}
