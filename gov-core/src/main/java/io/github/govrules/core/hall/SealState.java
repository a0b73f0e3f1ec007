package io.github.govrules.core.hall;

/**
 * The state of a seal; each change is approved and announced.
 *
 * @since 0.1.0
 */
public enum SealState {
    /** Enabled (启用): may be used. */
    ENABLED,
    /** Changed (变更): replaced by a new seal; may no longer be used. */
    CHANGED,
    /** Cancelled (注销/缴销): may no longer be used. */
    CANCELLED
}
