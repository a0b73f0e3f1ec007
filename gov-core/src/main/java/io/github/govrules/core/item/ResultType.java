package io.github.govrules.core.item;

/**
 * The type of an item's result (办理结果类型).
 *
 * @since 0.1.0
 */
public enum ResultType {
    /** A licence or certificate (证照). */
    LICENCE,
    /** An approval document (批文). */
    APPROVAL_DOCUMENT,
    /** Anything else, e.g. a payment or a registration record (其他). */
    OTHER
}
