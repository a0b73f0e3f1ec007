package io.github.govrules.core.cases;

/**
 * The five-level evaluation of a case (好差评).
 *
 * @since 0.1.0
 */
public enum Satisfaction {
    /** Very satisfied (非常满意). */
    VERY_SATISFIED,
    /** Satisfied (满意). */
    SATISFIED,
    /** Basically satisfied (基本满意). */
    BASICALLY_SATISFIED,
    /** Dissatisfied (不满意). */
    DISSATISFIED,
    /** Very dissatisfied (非常不满意). */
    VERY_DISSATISFIED;

    /** Whether this level counts as satisfied in the satisfaction rate (the first three levels). */
    public boolean isSatisfied() {
        return ordinal() <= BASICALLY_SATISFIED.ordinal();
    }
}
