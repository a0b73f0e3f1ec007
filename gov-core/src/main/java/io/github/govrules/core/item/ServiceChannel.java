package io.github.govrules.core.item;

/**
 * Where an item can be applied for or a result collected (办理渠道 / 送达方式).
 *
 * @since 0.1.0
 */
public enum ServiceChannel {
    /** At a window of the hall (窗口). */
    WINDOW,
    /** Online (网上). */
    ONLINE,
    /** Both at a window and online. */
    WINDOW_AND_ONLINE,
    /** By courier (邮寄). */
    COURIER
}
