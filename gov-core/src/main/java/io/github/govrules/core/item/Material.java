package io.github.govrules.core.item;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;

/**
 * A material (材料) that an item's guide asks for, with the forms and counts needed, its
 * necessity, its source, and the situations (情形) under which it applies.
 *
 * <p><b>When it applies.</b> A material applies to a case when (a) {@code whenAnyOf} is empty or
 * the case chose at least one of its situation ids, and (b) the case chose every id of
 * {@code whenAllOf}. Both empty: the material always applies. See {@link #appliesTo(Collection)}.
 *
 * <p>Immutable. Nullable components are marked below; every other component is non-null
 * (lists may be empty).
 *
 * @param code               the material's code, unique within the item, e.g. {@code "id-card"}
 * @param name               the material's name as published, e.g. "身份证"
 * @param forms              the forms and counts needed, at least one, each form at most once
 * @param necessity          required, optional or tolerated-missing (容缺)
 * @param optionalWhen       nullable: for optional materials, when they are needed (非必要时办理情形)
 * @param source             where the material comes from
 * @param issuer             nullable: who issues it (出具单位), e.g. "公安机关"
 * @param legalBasis         nullable: the legal basis for requiring it
 * @param acceptanceCriteria nullable: what makes it acceptable (受理标准), e.g. "加盖单位公章"
 * @param signedInPerson     whether the applicant must sign it in person (是否需要本人签字)
 * @param whenAnyOf          situation ids, at least one of which must be chosen; empty: no condition
 * @param whenAllOf          situation ids that must all be chosen; empty: no condition
 * @param supplementLimit    nullable: for tolerated-missing materials (only), how long the
 *                           applicant has to supplement it after acceptance
 * @since 0.1.0
 */
public record Material(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lower-case code such as 'id-card'") String code,
        @NotBlank @Size(max = 200) String name,
        List<@Valid FormRequirement> forms,
        Necessity necessity,
        @Size(max = 500) String optionalWhen,
        MaterialSource source,
        @Size(max = 200) String issuer,
        @Size(max = 500) String legalBasis,
        @Size(max = 500) String acceptanceCriteria,
        boolean signedInPerson,
        List<String> whenAnyOf,
        List<String> whenAllOf,
        TimeLimit supplementLimit) {

    /**
     * Creates the material.
     *
     * @throws NullPointerException     if a non-nullable component is null
     * @throws IllegalArgumentException if there are no forms, a form repeats, or the supplement
     *                                  limit is present for a material that is not tolerated-missing
     *                                  (or missing for one that is)
     */
    public Material {
        Checks.optionalText(optionalWhen, "optionalWhen");
        Checks.optionalText(issuer, "issuer");
        Checks.optionalText(legalBasis, "legalBasis");
        Checks.optionalText(acceptanceCriteria, "acceptanceCriteria");
        Checks.required(code, "code");
        Checks.required(name, "name");
        forms = Checks.list(Checks.required(forms, "forms"), "forms");
        Checks.required(necessity, "necessity");
        Checks.required(source, "source");
        whenAnyOf = Checks.list(whenAnyOf, "whenAnyOf");
        whenAllOf = Checks.list(whenAllOf, "whenAllOf");
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("material '" + code + "' needs at least one form (ORIGINAL, COPY or ELECTRONIC)");
        }
        Checks.unique(forms, f -> f.form().name(), "forms of material '" + code + "'");
        if (necessity == Necessity.TOLERATED_MISSING && supplementLimit == null) {
            throw new IllegalArgumentException("material '" + code
                    + "' is TOLERATED_MISSING and needs a supplementLimit (how long the applicant has to supplement it)");
        }
        if (necessity != Necessity.TOLERATED_MISSING && supplementLimit != null) {
            throw new IllegalArgumentException("material '" + code + "' is " + necessity
                    + " and must not have a supplementLimit (only TOLERATED_MISSING materials do)");
        }
    }

    /**
     * Whether this material applies to a case that chose the given situation ids.
     *
     * @param situations the ids of the chosen options and set flags
     * @return true when the {@code whenAnyOf} and {@code whenAllOf} conditions hold
     */
    public boolean appliesTo(Collection<String> situations) {
        boolean any = whenAnyOf.isEmpty() || whenAnyOf.stream().anyMatch(situations::contains);
        return any && situations.containsAll(whenAllOf);
    }

    /**
     * How many pieces of the given form are needed; 0 when the form is not asked for.
     *
     * @param form the form
     * @return the count
     */
    public int countOf(MaterialForm form) {
        return forms.stream().filter(f -> f.form() == form).mapToInt(FormRequirement::count).sum();
    }
}
