package io.github.govrules.rules;

import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine needs to decide one case, in terms of the fact model: the item and its
 * materials, the case's situations, the applicant, the submitted materials and the day of receipt.
 * {@link CaseInputs} builds it from gov-core's case and service item.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseNumber the case number
 * @param item       the item applied for
 * @param materials  the materials of the item's guide
 * @param situations the situations declared by the case
 * @param applicant  the applicant
 * @param submitted  the materials handed in
 * @param receivedOn the day the materials were received
 * @since 0.1.0
 */
public record CaseInput(String caseNumber, ItemFact item, List<RequiredMaterial> materials, Set<String> situations,
                        ApplicantFact applicant, List<SubmittedMaterial> submitted, LocalDate receivedOn) {

    /**
     * Creates the input.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if material codes repeat, a submitted code is not a material of the item,
     *                                  or a material and form is submitted twice
     */
    public CaseInput {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(materials, "materials");
        materials = List.copyOf(materials);
        Objects.requireNonNull(situations, "situations");
        situations = Set.copyOf(situations);
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(submitted, "submitted");
        submitted = List.copyOf(submitted);
        Objects.requireNonNull(receivedOn, "receivedOn");
        Set<String> codes = new HashSet<>();
        for (RequiredMaterial m : materials) {
            if (!codes.add(m.code())) {
                throw new IllegalArgumentException("Item " + item.code() + " lists material " + m.code() + " twice");
            }
        }
        Set<String> seen = new HashSet<>();
        for (SubmittedMaterial s : submitted) {
            if (!codes.contains(s.code())) {
                throw new IllegalArgumentException("Case " + caseNumber + ": submitted material " + s.code()
                        + " is not a material of item " + item.code() + " (materials: " + codes.stream().sorted().toList() + ")");
            }
            if (!seen.add(s.code() + "/" + s.form())) {
                throw new IllegalArgumentException("Case " + caseNumber + ": submitted material " + s.code() + " "
                        + s.form() + " is listed twice");
            }
        }
    }
}
