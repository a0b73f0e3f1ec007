package io.github.govrules.core.hall;

/**
 * The kind of a seal (印章类型).
 *
 * @since 0.1.0
 */
public enum SealKind {
    /**
     * Special seal for administrative approval (行政审批专用章): same legal effect as the official
     * seal, usable only at the service hall's windows and only for approval matters.
     */
    SPECIAL_APPROVAL,
    /** The department's official seal (公章). */
    OFFICIAL,
    /** An electronic seal (电子印章) of the special approval kind, for electronic licences. */
    ELECTRONIC
}
