package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One fee item (收费项目) of a service item: its name, charging standard, charging basis and any
 * reductions or exemptions. Listed in {@link Fees#items()}.
 *
 * <p>In YAML:
 * <pre>{@code
 * - name: "工本费"
 *   standard: "10 元/本"
 *   basis: "《关于规范证照工本费的通知》（示例）"
 *   reductions: "小微企业免收"        # optional
 * }</pre>
 *
 * @param name       the fee's name (收费项目名称), unique within the item
 * @param standard   the charging standard (收费标准) as text, e.g. "每证 10 元"
 * @param basis      the charging basis (收费依据): the law, regulation or price notice that sets the fee
 * @param reductions nullable: who pays less or nothing, and on what basis (减免政策 / 减免依据)
 * @since 0.1.0
 */
public record Fee(@NotBlank @Size(max = 200) String name,
                  @NotBlank @Size(max = 500) String standard,
                  @NotBlank @Size(max = 500) String basis,
                  @Size(max = 1000) String reductions) {

    /**
     * Creates the fee item.
     *
     * @throws NullPointerException     if a non-nullable component is null
     * @throws IllegalArgumentException if {@code reductions} is blank (leave it out when there are none)
     */
    public Fee {
        Checks.optionalText(reductions, "reductions");
        Checks.required(name, "name");
        Checks.required(standard, "standard");
        Checks.required(basis, "basis");
    }

    /**
     * Creates a fee item without reductions or exemptions.
     *
     * @param name     the fee's name (收费项目名称)
     * @param standard the charging standard (收费标准)
     * @param basis    the charging basis (收费依据)
     * @throws NullPointerException if a component is null
     */
    public Fee(String name, String standard, String basis) {
        this(name, standard, basis, null);
    }
}
