package io.github.govrules.core.hall;

/**
 * The kind of a window (窗口类型).
 *
 * @since 0.1.0
 */
public enum WindowKind {
    /** Comprehensive acceptance window (综合受理窗口): accepts many departments' items, like a bank counter. */
    COMPREHENSIVE,
    /** Departmental window (专业窗口) of one stationed department. */
    DEPARTMENTAL,
    /** Cross-region window (跨省通办 / 异地代收): takes applications for other regions' halls. */
    CROSS_REGION,
    /** Assisted-filing window (帮办代办). */
    ASSISTED
}
