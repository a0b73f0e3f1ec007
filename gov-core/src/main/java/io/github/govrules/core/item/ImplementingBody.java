package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.internal.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body that implements an item (实施主体): its name, its 18-character unified social
 * credit code (统一社会信用代码) and its nature.
 *
 * <p>Immutable. The code is checked for its shape by Jakarta Validation when loaded.
 *
 * @param name   the body's name, e.g. "某市住房公积金管理中心"
 * @param code   the unified social credit code, 18 characters
 * @param nature statutory, authorized or entrusted
 * @since 0.1.0
 */
@SuppressWarnings("exports") // IdNumbers constants in the annotations are inlined by the compiler: no client sees the class
public record ImplementingBody(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = IdNumbers.CREDIT_CODE, message = IdNumbers.CREDIT_CODE_MESSAGE) String code,
        BodyNature nature) {

    /**
     * Creates the body.
     *
     * @throws NullPointerException if any component is null
     */
    public ImplementingBody {
        Checks.required(name, "name");
        Checks.required(code, "code");
        Checks.required(nature, "nature");
    }
}
