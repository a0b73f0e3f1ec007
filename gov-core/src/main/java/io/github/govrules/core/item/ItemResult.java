package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The result of an item (办理结果): its name and type.
 *
 * @param name the result's name, e.g. "统计调查登记证"
 * @param type licence, approval document or other
 * @since 0.1.0
 */
public record ItemResult(@NotBlank @Size(max = 200) String name, ResultType type) {

    /**
     * Creates the result.
     *
     * @throws NullPointerException if a component is null
     */
    public ItemResult {
        Checks.required(name, "name");
        Checks.required(type, "type");
    }
}
