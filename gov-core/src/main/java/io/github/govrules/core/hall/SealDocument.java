package io.github.govrules.core.hall;

/**
 * The kind of document a seal is put on; decides the seal kind with {@link SealPolicy}.
 *
 * @since 0.1.0
 */
public enum SealDocument {
    /** Acceptance notice (受理通知书), with the special seal and the date (Licensing Law Art. 32). */
    ACCEPTANCE_NOTICE,
    /** Non-acceptance notice (不予受理通知书), with the special seal and the date (Art. 32). */
    NON_ACCEPTANCE_NOTICE,
    /** One-time correction notice (补正告知书). */
    CORRECTION_NOTICE,
    /** Approval decision, licence or certificate (准予许可决定书 / 证照). */
    DECISION,
    /** Refusal decision (不予许可决定书). */
    REFUSAL,
    /** Revocation decision (撤销决定书): official seal; stamped only after the case records its {@code revoked} event. */
    REVOCATION,
    /** Cancellation decision (注销决定): official seal. */
    CANCELLATION,
    /** Report to the higher level that decides (上报文件): official seal. */
    REPORT_UP
}
