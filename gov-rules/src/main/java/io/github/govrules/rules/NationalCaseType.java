package io.github.govrules.rules;

import java.util.Objects;

/**
 * The national case type (办件类型) of GB/T 39046-2020: 1 immediate (即办件), 2 promised (承诺件),
 * 9 other (其他). Provincial kinds (joint, special, reported-up…) each map to one of these.
 *
 * @since 0.1.0
 */
public enum NationalCaseType {
    /** 1 — immediate case (即办件): decided on the spot (行政许可法 第三十四条). */
    IMMEDIATE("1", "即办件", "immediate"),
    /** 2 — promised case (承诺件): decided within the promised limit. */
    PROMISED("2", "承诺件", "promised"),
    /** 9 — other (其他). */
    OTHER("9", "其他", "other");

    private final String code;
    private final String zh;
    private final String en;

    NationalCaseType(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** The code of the national code set: {@code "1"}, {@code "2"} or {@code "9"}. */
    public String code() {
        return code;
    }

    /** The Chinese name, e.g. {@code 即办件}. */
    public String zh() {
        return zh;
    }

    /** The English name, e.g. {@code immediate}. */
    public String en() {
        return en;
    }

    /**
     * The type with the given code ({@code "1"}, {@code "2"}, {@code "9"}) or English name ({@code "promised"}).
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static NationalCaseType parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        for (NationalCaseType type : values()) {
            if (type.code.equals(t) || type.en.equalsIgnoreCase(t) || type.name().equalsIgnoreCase(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown national case type '" + text
                + "': expected 1 (immediate), 2 (promised) or 9 (other)");
    }
}
