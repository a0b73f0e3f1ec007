package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A choice group of situations (情形): a case chooses exactly one of its options, e.g.
 * "loan type": provident-fund loan / bank loan, first withdrawal / bank loan, later withdrawal.
 *
 * @param id      the group's id, e.g. {@code "loan-type"}
 * @param name    the group's name as published
 * @param options the options, at least two, ids unique
 * @since 0.1.0
 */
public record SituationGroup(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lower-case id such as 'loan-type'") String id,
        @NotBlank @Size(max = 200) String name,
        List<@Valid SituationOption> options) {

    /**
     * Creates the group.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if there are fewer than two options or an id repeats
     */
    public SituationGroup {
        Checks.required(id, "id");
        Checks.required(name, "name");
        options = Checks.list(Checks.required(options, "options"), "options");
        if (options.size() < 2) {
            throw new IllegalArgumentException("situation group '" + id + "' needs at least two options, but has " + options.size());
        }
        Checks.unique(options, SituationOption::id, "options");
    }

    /** Whether one of this group's options has the given id. */
    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(o -> o.id().equals(optionId));
    }
}
