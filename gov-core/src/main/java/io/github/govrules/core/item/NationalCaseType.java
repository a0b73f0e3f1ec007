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
    IMMEDIATE(1),
    /** 2 promised case (承诺件): decided within the promised limit. */
    PROMISED(2),
    /** 9 other. */
    OTHER(9);

    private final int code;

    NationalCaseType(int code) {
        this.code = code;
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
