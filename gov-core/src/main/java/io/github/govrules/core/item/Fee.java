package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One fee item (收费项目) of an item: its name, standard and basis. An item without fees
 * has an empty fee list.
 *
 * @param name     the fee's name
 * @param standard the charging standard (收费标准), e.g. "每证 10 元"
 * @param basis    the charging basis (收费依据)
 * @since 0.1.0
 */
public record Fee(@NotBlank @Size(max = 200) String name,
                  @NotBlank @Size(max = 500) String standard,
                  @NotBlank @Size(max = 500) String basis) {

    /**
     * Creates the fee.
     *
     * @throws NullPointerException if a component is null
     */
    public Fee {
        Checks.required(name, "name");
        Checks.required(standard, "standard");
        Checks.required(basis, "basis");
    }
}
