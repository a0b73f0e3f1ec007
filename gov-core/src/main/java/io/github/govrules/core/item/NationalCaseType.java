package io.github.govrules.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The national case type (办件类型) of GB/T 39046-2020: 1 immediate, 2 promised, 9 other.
 * In JSON and YAML it is written as its number.
 *
 * @since 0.1.0
 */
public enum NationalCaseType {
    /** 1 immediate case (即办件): decided on the spot (Administrative Licensing Law Art. 34). */
    IMMEDIATE(1, "即办件", "immediate"),
    /** 2 promised case (承诺件): decided within the promised limit. */
    PROMISED(2, "承诺件", "promised"),
    /** 9 other. */
    OTHER(9, "其他", "other");

    private final int code;
    private final String zh;
    private final String en;

    NationalCaseType(int code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
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
        java.util.Objects.requireNonNull(text, "text");
        String t = text.trim();
        for (NationalCaseType type : values()) {
            if (Integer.toString(type.code).equals(t) || type.en.equalsIgnoreCase(t) || type.name().equalsIgnoreCase(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown national case type '" + text
                + "': expected 1 (immediate), 2 (promised) or 9 (other)");
    }

    /** The national code: 1, 2 or 9. */
    @JsonValue
    public int code() {
        return code;
    }

    /**
     * The type with the given national code.
     *
     * @throws IllegalArgumentException if the code is not 1, 2 or 9
     */
    @JsonCreator
    public static NationalCaseType ofCode(int code) {
        for (NationalCaseType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("national case type must be 1 (immediate), 2 (promised) or 9 (other), but was " + code);
    }
}
