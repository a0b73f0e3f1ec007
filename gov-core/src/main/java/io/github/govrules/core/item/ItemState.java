package io.github.govrules.core.item;

/**
 * The state of an item version in the implementation list (事项状态).
 *
 * @since 0.1.0
 */
public enum ItemState {
    /** In force: cases may be accepted under this version. */
    IN_FORCE,
    /** Temporarily suspended: no new cases. */
    SUSPENDED,
    /** Cancelled (已取消): no new cases; existing cases keep the version they pinned. */
    CANCELLED
}
