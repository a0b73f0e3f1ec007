package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.Max;

/**
 * How many pieces of a material are needed in one form: e.g. ID card, 1 original and 1 copy
 * is two requirements.
 *
 * @param form  original, copy or electronic
 * @param count how many (份数), at least 1
 * @since 0.1.0
 */
public record FormRequirement(MaterialForm form, @Max(100) int count) {

    /**
     * Creates the requirement.
     *
     * @throws NullPointerException     if the form is null
     * @throws IllegalArgumentException if the count is less than 1
     */
    public FormRequirement {
        Checks.required(form, "form");
        Checks.atLeast(count, 1, "count");
    }
}
