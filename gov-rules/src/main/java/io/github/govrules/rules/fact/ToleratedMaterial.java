package io.github.govrules.rules.fact;

import io.github.govrules.calendar.deadline.TimeLimit;
import java.util.Objects;

/**
 * A result fact a tolerated-missing rule (容缺受理) inserts: a finding that does not stop acceptance,
 * provided the material is supplemented within {@code supplementWithin} of acceptance.
 *
 * <p>Immutable and thread-safe. The engine turns the limit into a due date with the pack's calendar.
 *
 * @param materialCode     the code of the material, which also has a {@link MaterialFinding}
 * @param supplementWithin how long after acceptance the applicant has to supplement it
 * @param reasonZh         the reason in Chinese
 * @param reasonEn         the reason in English
 * @since 0.1.0
 */
public record ToleratedMaterial(String materialCode, TimeLimit supplementWithin, String reasonZh, String reasonEn) {

    /**
     * Creates the tolerated-missing fact.
     *
     * @throws NullPointerException if a component is null
     */
    public ToleratedMaterial {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(supplementWithin, "supplementWithin");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
