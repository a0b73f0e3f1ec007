package io.github.govrules.core.cases;

/**
 * The result of a completed case (办结结果).
 *
 * @since 0.1.0
 */
public enum Outcome {
    /** Approved (准予许可 / 办结). */
    APPROVED,
    /** Refused (不予许可), with reasons and remedies given in writing. */
    REFUSED
}
