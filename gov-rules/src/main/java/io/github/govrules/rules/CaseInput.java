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
import java.util.TreeSet;

/**
 * Everything the engine needs to decide one case, in terms of the fact model: the item, its
 * materials and the situations (情形) it declares, the case's situations, the applicant, the submitted
 * materials and the day of receipt. {@link CaseInputs} builds it from gov-core's case and service item.
 *
 * <p>A situation the item does not declare (a misspelt {@code bank-loan-latr}) is refused here, with
 * {@link UnknownSituationException}: every way into the engine ({@link RuleEngine#evaluate},
 * {@link RuleEngine#check}, {@link CaseInputs}, lint's scenarios) builds a {@code CaseInput}, so all
 * refuse it alike, instead of deciding as if the situation were absent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseNumber the case number
 * @param item       the item applied for
 * @param materials  the materials of the item's guide
 * @param declaredSituations the situation codes the item version declares (options of its groups and
 *                   its flags; {@link CaseInputs#situations(io.github.govrules.core.item.ServiceItem)})
 * @param situations the situations declared by the case, each one of {@code declaredSituations}
 * @param applicant  the applicant
 * @param submitted  the materials handed in
 * @param receivedOn the day the materials were received
 * @since 0.1.0
 */
public record CaseInput(String caseNumber, ItemFact item, List<RequiredMaterial> materials,
                        Set<String> declaredSituations, Set<String> situations,
                        ApplicantFact applicant, List<SubmittedMaterial> submitted, LocalDate receivedOn) {

    /**
     * Creates the input.
     *
     * @throws NullPointerException     if a component is null
     * @throws UnknownSituationException if the case declares a situation the item does not (the first one, in
     *                                  the iteration order of {@code situations})
     * @throws IllegalArgumentException if material codes repeat, a material applies under a situation the item
     *                                  does not declare, a submitted code is not a material of the item, or a
     *                                  material and form is submitted twice
     */
    public CaseInput {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(materials, "materials");
        materials = List.copyOf(materials);
        Objects.requireNonNull(declaredSituations, "declaredSituations");
        declaredSituations = Set.copyOf(declaredSituations);
        Objects.requireNonNull(situations, "situations");
        for (String situation : situations) {
            if (!declaredSituations.contains(Objects.requireNonNull(situation, "situation"))) {
                throw UnknownSituationException.of(caseNumber, situation, item, declaredSituations);
            }
        }
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
            for (List<String> condition : List.of(m.whenAnyOf(), m.whenAllOf())) {
                for (String situation : condition) {
                    if (!declaredSituations.contains(situation)) {
                        throw new IllegalArgumentException("Item " + item.code() + " v" + item.version() + ": material "
                                + m.code() + " applies under situation '" + situation + "', which the item does not"
                                + " declare (declared: " + new TreeSet<>(declaredSituations) + ")");
                    }
                }
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
