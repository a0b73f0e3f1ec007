package io.github.govrules.core.item;

/**
 * Whether a material must be submitted (必要性).
 *
 * @since 0.1.0
 */
public enum Necessity {
    /** Required (必要): the case cannot be accepted without it. */
    REQUIRED,
    /** Optional (非必要): submitted only in the situation described by the material. */
    OPTIONAL,
    /**
     * Tolerated-missing (容缺): a non-key material; the case may be accepted with the gap and
     * the material supplemented later, within the material's supplement limit (容缺受理).
     */
    TOLERATED_MISSING
}
