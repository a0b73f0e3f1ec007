package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A yes/no situation (情形) that a case may set, e.g. "delegated to an agent" (委托代办) or
 * "withdrawing the spouse's fund".
 *
 * @param id   the flag's id, unique among all situation ids of the item, e.g. {@code "agent"}
 * @param name the flag's name as published
 * @since 0.1.0
 */
public record SituationFlag(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lower-case id such as 'agent'") String id,
        @NotBlank @Size(max = 200) String name) {

    /**
     * Creates the flag.
     *
     * @throws NullPointerException if a component is null
     */
    public SituationFlag {
        Checks.required(id, "id");
        Checks.required(name, "name");
    }
}
