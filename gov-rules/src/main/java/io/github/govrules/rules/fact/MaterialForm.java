package io.github.govrules.rules.fact;

/**
 * The form of a material (材料形式): original (原件), copy (复印件) or electronic (电子).
 *
 * @since 0.1.0
 */
public enum MaterialForm {
    /** A paper original (原件). */
    ORIGINAL("原件", "original"),
    /** A paper copy (复印件). */
    COPY("复印件", "copy"),
    /** An electronic file or electronic licence (电子材料 / 电子证照). */
    ELECTRONIC("电子件", "electronic file");

    private final String zh;
    private final String en;

    MaterialForm(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese name, e.g. {@code 原件}. */
    public String zh() {
        return zh;
    }

    /** The English name, e.g. {@code original}. */
    public String en() {
        return en;
    }
}
