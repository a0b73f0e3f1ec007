/**
 * The fact model that rules see (事实模型): a small, documented and stable API of records.
 *
 * <p>Input facts, inserted by the engine for every evaluation: {@link io.github.govrules.rules.fact.CaseFact}
 * (the case, its situations and dates), {@link io.github.govrules.rules.fact.ItemFact} (the service item and
 * its time limits), {@link io.github.govrules.rules.fact.RequiredMaterial} (one per material of the item's
 * guide) and {@link io.github.govrules.core.cases.SubmittedMaterial} (one per material the applicant handed in).
 * Result facts, which rules {@code insert}: {@link io.github.govrules.rules.fact.MaterialFinding},
 * {@link io.github.govrules.rules.fact.ToleratedMaterial} and {@link io.github.govrules.rules.fact.KindCandidate}.
 * Materials, forms, necessity and kinds are gov-core's types ({@code SubmittedMaterial},
 * {@code MaterialForm}, {@code Necessity}, {@code CaseKind}): one vocabulary for the model and the rules.
 * A DRL file imports {@code io.github.govrules.rules.fact.*} and, where it names them,
 * {@code io.github.govrules.core.cases.SubmittedMaterial} and {@code io.github.govrules.core.item.MaterialForm};
 * any other fact type is rejected before the pack runs.
 *
 * @since 0.1.0
 */
package io.github.govrules.rules.fact;
