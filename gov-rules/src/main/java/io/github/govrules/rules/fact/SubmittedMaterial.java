package io.github.govrules.rules.fact;

import java.util.Locale;
import java.util.Objects;

/**
 * Material the applicant handed in (已提交材料): one fact per material and form, e.g. the ID card's
 * original and its copy are two facts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code  the material code, as in the item's guide
 * @param form  the form handed in
 * @param count how many of that form, one or more
 * @since 0.1.0
 */
public record SubmittedMaterial(String code, MaterialForm form, int count) {

    /**
     * Creates the submitted material.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the code is blank or the count is below one
     */
    public SubmittedMaterial {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(form, "form");
        if (code.isBlank()) {
            throw new IllegalArgumentException("Submitted material code must not be blank");
        }
        if (count < 1) {
            throw new IllegalArgumentException("Submitted material " + code + " " + form + ": count must be 1 or more, but was " + count);
        }
    }

    /** A short description such as {@code "id-card original ×1"}. */
    public String describe() {
        return code + " " + form.name().toLowerCase(Locale.ROOT) + " ×" + count;
    }
}
