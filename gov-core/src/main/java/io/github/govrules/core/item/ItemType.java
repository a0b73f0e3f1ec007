package io.github.govrules.core.item;

/**
 * The type of a service item (事项类型), with the two-digit code of GB/T 39046-2020.
 *
 * @since 0.1.0
 */
public enum ItemType {
    /** 01 administrative licensing (行政许可). */
    LICENSING("01"),
    /** 02 administrative penalty (行政处罚). */
    PENALTY("02"),
    /** 03 administrative coercion (行政强制). */
    COERCION("03"),
    /** 04 administrative levy (行政征收). */
    LEVY("04"),
    /** 05 administrative benefit payment (行政给付). */
    BENEFIT_PAYMENT("05"),
    /** 06 administrative inspection (行政检查). */
    INSPECTION("06"),
    /** 07 administrative confirmation (行政确认). */
    CONFIRMATION("07"),
    /** 08 administrative reward (行政奖励). */
    REWARD("08"),
    /** 09 administrative adjudication (行政裁决). */
    ADJUDICATION("09"),
    /** 10 other administrative power (其他行政权力). */
    OTHER_POWER("10"),
    /** 20 public service (公共服务). */
    PUBLIC_SERVICE("20");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    /** The two-digit national code, e.g. {@code "01"}. */
    public String code() {
        return code;
    }
}
