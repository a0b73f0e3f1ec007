package io.github.govrules.core.item;

/**
 * The form in which a material is submitted (材料形式): original (原件), copy (复印件) or electronic (电子).
 *
 * @since 0.1.0
 */
public enum MaterialForm {
    /** The original (原件), usually shown and returned. */
    ORIGINAL("原件", "original"),
    /** A paper copy (复印件). */
    COPY("复印件", "copy"),
    /** An electronic document or licence (电子材料 / 电子证照). */
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
