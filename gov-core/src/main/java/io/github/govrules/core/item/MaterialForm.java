package io.github.govrules.core.item;

/**
 * The form in which a material is submitted (材料形式).
 *
 * @since 0.1.0
 */
public enum MaterialForm {
    /** The original (原件), usually shown and returned. */
    ORIGINAL,
    /** A paper copy (复印件). */
    COPY,
    /** An electronic document or licence (电子材料 / 电子证照). */
    ELECTRONIC
}
