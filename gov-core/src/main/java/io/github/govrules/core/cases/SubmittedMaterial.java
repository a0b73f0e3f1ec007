package io.github.govrules.core.cases;

import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.item.MaterialForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;

/**
 * Pieces of one material handed in for a case (已提交材料), and the fact rules see for it: the item's material code, the form and the count.
 * An ID card shown as original and handed in as one copy is two entries.
 *
 * @param code  the material code of the item, e.g. {@code "id-card"}
 * @param form  original, copy or electronic
 * @param count how many pieces, at least 1
 * @since 0.1.0
 */
public record SubmittedMaterial(@NotBlank String code, MaterialForm form, @Max(100) int count) {

    /**
     * Creates the entry.
     *
     * @throws NullPointerException     if the code or form is null
     * @throws IllegalArgumentException if the count is less than 1
     */
    public SubmittedMaterial {
        Checks.required(code, "code");
        Checks.required(form, "form");
        Checks.atLeast(count, 1, "count");
    }

    /** A short description such as {@code "id-card original ×1"}. */
    public String describe() {
        return code + " " + form.name().toLowerCase(java.util.Locale.ROOT) + " ×" + count;
    }
}
