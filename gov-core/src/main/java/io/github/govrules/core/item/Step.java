package io.github.govrules.core.item;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One step of an item's handling procedure (办理环节), e.g. acceptance (受理), review (审查),
 * decision (决定), issue (办结/送达), with its own limit.
 *
 * @param name             the step's name, unique within the item
 * @param limit            the step's time limit (环节时限)
 * @param specialProcedure whether the step involves a special procedure whose time is not counted
 * @since 0.1.0
 */
public record Step(@NotBlank @Size(max = 100) String name, TimeLimit limit, boolean specialProcedure) {

    /**
     * Creates the step.
     *
     * @throws NullPointerException if the name or the limit is null
     */
    public Step {
        Checks.required(name, "name");
        Checks.required(limit, "limit");
    }
}
