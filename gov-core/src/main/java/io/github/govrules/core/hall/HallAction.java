package io.github.govrules.core.hall;

/**
 * What a window may be authorized to do for an item (首席代表授权 scope).
 *
 * @since 0.1.0
 */
public enum HallAction {
    /** Accept (受理) applications. */
    ACCEPT,
    /** Review and approve (审批), i.e. decide the case. */
    APPROVE,
    /** Issue (办结/发证): stamp and hand out the result. */
    ISSUE
}
