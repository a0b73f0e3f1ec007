package io.github.govrules.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.internal.IdNumbers;
import io.github.govrules.core.item.ImplementingBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The unit that issued the certificate or decision of a completion and stamped it with its seal
 * (出证单位 / 用印单位): usually the item's implementing body (实施主体), see
 * {@link #of(ImplementingBody)}.
 *
 * <p>In JSON and YAML: {@code {"name": "示例区文化和广电旅游体育局", "code": "11330106002000600N"}};
 * the code is optional. A code, when given, is an 18-character unified social credit code
 * (统一社会信用代码, GB 32100-2015): digits and capital letters without I, O, S, V and Z,
 * characters 3–8 the division code, and a valid check character (the last). The constructor
 * checks the shape and the check character, like an applicant's credit code ({@link Party});
 * reading reports a bad code at {@code …issuingUnit.code} with its line and column.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the unit's name (单位名称), e.g. "示例区文化和广电旅游体育局"; not blank
 * @param code nullable: the unit's unified social credit code (统一社会信用代码)
 * @since 0.1.0
 */
@SuppressWarnings("exports") // IdNumbers constants in the annotations are inlined by the compiler: no client sees the class
public record IssuingUnit(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = IdNumbers.CREDIT_CODE, message = IdNumbers.CREDIT_CODE_MESSAGE) String code) {

    /**
     * Creates the unit.
     *
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is blank, or the code is given but blank, not
     *                                  shaped like a unified social credit code or fails its check character
     */
    public IssuingUnit {
        Checks.requiredText(name, "name");
        Checks.optionalText(code, "code");
        if (code != null && !IdNumbers.hasCreditCodeShape(code)) {
            throw new IllegalArgumentException("code '" + code + "' is not a unified social credit code (统一社会信用代码):"
                    + " " + IdNumbers.CREDIT_CODE_SHAPE_WORDS);
        }
        if (code != null && !IdNumbers.isValidCreditCode(code)) {
            throw new IllegalArgumentException("code '" + code + "' is not a valid unified social credit code"
                    + " (check character " + IdNumbers.creditCodeCheck(code) + " expected)");
        }
    }

    /**
     * A unit known by its name only.
     *
     * @param name the unit's name
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is blank
     */
    @JsonCreator(mode = JsonCreator.Mode.DISABLED) // not a reader of a bare string: "issuingUnit" is an object
    public IssuingUnit(String name) {
        this(name, null);
    }

    /**
     * The implementing body of an item as the issuing unit: its name and credit code.
     *
     * @param body the implementing body (实施主体)
     * @return the issuing unit
     * @throws NullPointerException     if {@code body} is null
     * @throws IllegalArgumentException if the body's code fails the check character
     */
    public static IssuingUnit of(ImplementingBody body) {
        Objects.requireNonNull(body, "body");
        return new IssuingUnit(body.name(), body.code());
    }
}
