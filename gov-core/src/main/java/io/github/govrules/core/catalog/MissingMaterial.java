package io.github.govrules.core.catalog;

import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.item.Material;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.Necessity;

/**
 * A material that applies to a case but was not handed in in full: the form and how many
 * pieces were needed and received.
 *
 * @param material  the material of the item
 * @param form      the form short of pieces
 * @param needed    the pieces needed in that form
 * @param submitted the pieces handed in in that form (less than needed)
 * @since 0.1.0
 */
public record MissingMaterial(Material material, MaterialForm form, int needed, int submitted) {

    /**
     * Creates the entry.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if nothing is actually missing
     */
    public MissingMaterial {
        Checks.required(material, "material");
        Checks.required(form, "form");
        if (submitted >= needed) {
            throw new IllegalArgumentException("nothing missing: " + submitted + " of " + needed);
        }
    }

    /** Whether the case may still be accepted with this gap (the material is tolerated-missing, 容缺). */
    public boolean tolerated() {
        return material.necessity() == Necessity.TOLERATED_MISSING;
    }

    /** E.g. {@code "id-card (身份证): ORIGINAL 0 of 1"}. */
    @Override
    public String toString() {
        return material.code() + " (" + material.name() + "): " + form + " " + submitted + " of " + needed;
    }
}
