package io.github.govrules.rules.fact;

/**
 * What is wrong with a material (材料问题), as found by a completeness rule.
 *
 * @since 0.1.0
 */
public enum MaterialProblem {
    /** Required by the case's situations but not submitted (缺少材料). */
    MISSING("缺少", "missing"),
    /** Submitted in the wrong form, e.g. a copy where the original is required (形式不符). */
    WRONG_FORM("形式不符", "wrong form"),
    /** Submitted in the right form but too few originals or copies (份数不足). */
    WRONG_COUNT("份数不足", "too few copies");

    private final String zh;
    private final String en;

    MaterialProblem(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese label used in the one-time notice, e.g. {@code 缺少}. */
    public String zh() {
        return zh;
    }

    /** The English label used in the one-time notice, e.g. {@code missing}. */
    public String en() {
        return en;
    }
}
