package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One option of a {@link SituationGroup} (情形选项), e.g. "bank loan, first withdrawal".
 *
 * @param id   the option's id, unique among all situation ids of the item, e.g. {@code "bank-loan-first"}
 * @param name the option's name as published in the guide
 * @since 0.1.0
 */
public record SituationOption(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lower-case id such as 'bank-loan-first'") String id,
        @NotBlank @Size(max = 200) String name) {

    /**
     * Creates the option.
     *
     * @throws NullPointerException if a component is null
     */
    public SituationOption {
        Checks.required(id, "id");
        Checks.required(name, "name");
    }
}
