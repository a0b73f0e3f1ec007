package io.github.govrules.rules;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.Party;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.item.FormRequirement;
import io.github.govrules.core.item.Material;
import io.github.govrules.core.item.PartyType;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.core.item.SpecialProcedure;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The adapter from gov-core's model (案件 {@link Case}, 事项 {@link ServiceItem}) to the fact model
 * rules see ({@link CaseInput}).
 *
 * <p>Mapping: the item's implementation code, version, type code, limits (an item without a statutory
 * limit uses its promised limit for both), joint departments, special procedures, declared case kind
 * and legal bases (joined with '；'); each material with its counts per form, necessity, supplement
 * limit, situation conditions and legal basis; the case's situations, applicant (with an agent
 * when the case names one), submitted materials (the same material and form submitted twice are
 * added up) and the day of receipt (the first {@code received} event, else the application date).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseInputs {

    private CaseInputs() {
    }

    /**
     * The input for {@code aCase}, whose item is looked up in {@code catalog} by code and version.
     *
     * @throws io.github.govrules.core.catalog.UnknownItemException if the catalog has no such item version
     * @throws UnknownSituationException if the case declares a situation the item version does not
     * @throws IllegalArgumentException naming the case when the case has no date of receipt, or
     *                                  submits a material the item does not list
     */
    public static CaseInput from(Case aCase, Catalog catalog) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(catalog, "catalog");
        return from(aCase, catalog.item(aCase.itemCode(), aCase.itemVersion()));
    }

    /**
     * The input for {@code aCase} applying for {@code item}.
     *
     * @throws UnknownSituationException naming the case, the code and the closest declared one when
     *                                  the case declares a situation the item version does not
     * @throws IllegalArgumentException naming the case when the item's code differs from the case's,
     *                                  the case has no date of receipt, or it submits a material the
     *                                  item does not list
     */
    public static CaseInput from(Case aCase, ServiceItem item) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        if (!item.implementationCode().equals(aCase.itemCode())) {
            throw new IllegalArgumentException("Case " + aCase.number() + " applies for item " + aCase.itemCode()
                    + ", not " + item.implementationCode());
        }
        Map<Map.Entry<String, MaterialForm>, Integer> counts = new LinkedHashMap<>();
        for (SubmittedMaterial s : aCase.allSubmitted()) {
            counts.merge(Map.entry(s.code(), s.form()), s.count(), Integer::sum);
        }
        List<SubmittedMaterial> submitted = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> submitted.add(new SubmittedMaterial(k.getKey(), k.getValue(), n)));
        return new CaseInput(aCase.number(), itemFact(item), materials(item), situations(item),
                new java.util.LinkedHashSet<>(aCase.situations()),
                applicant(aCase), submitted, receivedOn(aCase));
    }

    /**
     * The situation codes (情形) {@code item} declares: the options of its situation groups and its flags,
     * what {@link CaseInput} accepts as a case's situations.
     *
     * @throws NullPointerException if {@code item} is null
     * @since 0.1.0
     */
    public static java.util.Set<String> situations(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        return item.situationIds();
    }

    /** The day the case's materials were received: its first {@code received} event, else its application date. */
    public static LocalDate receivedOn(Case aCase) {
        for (CaseEvent e : aCase.events()) {
            if (e instanceof CaseEvent.Received r) {
                return r.at().toLocalDate();
            }
        }
        if (aCase.appliedAt() != null) {
            return aCase.appliedAt().toLocalDate();
        }
        throw new IllegalArgumentException("Case " + aCase.number()
                + " has neither a 'received' event nor 'appliedAt': the day of receipt is unknown");
    }

    private static ApplicantFact applicant(Case aCase) {
        Party p = aCase.applicant();
        if (p == null) {
            throw new IllegalArgumentException("Case " + aCase.number() + " has no applicant");
        }
        return new ApplicantFact(p.name(), p.type() == PartyType.LEGAL_PERSON ? ApplicantType.LEGAL_PERSON
                : ApplicantType.NATURAL_PERSON, p.idType() == null ? "" : p.idType().name(), p.idNumber(),
                aCase.agent() != null);
    }

    /** The item as rules see it. */
    public static ItemFact itemFact(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        TimeLimit promised = item.promisedLimit() != null ? item.promisedLimit() : item.statutoryLimit();
        TimeLimit statutory = item.statutoryLimit() != null ? item.statutoryLimit() : promised;
        if (promised == null) {
            throw new IllegalArgumentException("Item " + item.implementationCode() + " has neither a statutory nor a promised limit");
        }
        List<String> procedures = item.specialProcedures().stream().filter(p -> p != SpecialProcedure.EXTENSION)
                .map(Enum::name).toList();
        return new ItemFact(item.implementationCode(), item.name(), Integer.toString(item.version()),
                item.type() == null ? "" : item.type().code(), statutory, promised, item.jointDepartments(),
                procedures, item.caseKind(), item.caseKind().isReportedUp(), String.join("；", item.legalBasis()));
    }

    /** The item's materials as rules see them. */
    public static List<RequiredMaterial> materials(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        List<RequiredMaterial> out = new ArrayList<>();
        for (Material m : item.materials()) {
            int originals = 0;
            int copies = 0;
            int electronic = 0;
            for (FormRequirement f : m.forms()) {
                switch (f.form()) {
                    case ORIGINAL -> originals += f.count();
                    case COPY -> copies += f.count();
                    case ELECTRONIC -> electronic += f.count();
                    default -> throw new IllegalStateException("Unhandled form " + f.form());
                }
            }
            out.add(new RequiredMaterial(m.code(), m.name(), originals, copies, electronic,
                    m.necessity(), m.supplementLimit(), m.whenAnyOf(), m.whenAllOf(),
                    m.legalBasis() == null ? "" : m.legalBasis()));
        }
        return out;
    }
}
