package io.github.govrules.core.catalog;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.Violation;
import io.github.govrules.core.item.FormRequirement;
import io.github.govrules.core.item.Material;
import io.github.govrules.core.item.Necessity;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.core.item.SituationGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks of a case against the item version it pins: the situations and materials must be
 * those the item declares; and which materials are still missing (一次性告知 lists them all).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseChecks {

    private CaseChecks() {
    }

    /**
     * The violations of a case against its item: unknown situation ids, a choice group with no
     * option or more than one chosen, unknown material codes (handed in, listed in a correction notice or
     * supplemented), tolerated gaps that are not tolerated-missing materials (容缺), step events naming
     * undeclared steps, acceptance on a day the item version is not in force, a fee charged at
     * completion ({@code feeChargedFen} above 0) for an item that is free of charge
     * ({@code fees: {charged: false}}, 不收费; an item that does not say is not checked), a national
     * type different from the item's case type.
     *
     * @param aCase the case
     * @param item  the item version the case pins
     * @return the violations, empty when consistent
     * @throws IllegalArgumentException if the item is not the version the case pins
     */
    public static List<Violation> violations(Case aCase, ServiceItem item) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        if (!item.implementationCode().equals(aCase.itemCode()) || item.version() != aCase.itemVersion()) {
            throw new IllegalArgumentException("case " + aCase.number() + " pins item " + aCase.itemCode() + " v"
                    + aCase.itemVersion() + ", not " + item.implementationCode() + " v" + item.version());
        }
        List<Violation> out = new ArrayList<>();
        Set<String> declared = item.situationIds();
        for (int i = 0; i < aCase.situations().size(); i++) {
            String s = aCase.situations().get(i);
            if (!declared.contains(s)) {
                out.add(new Violation("situations[" + i + "]", "situation '" + s + "' is not declared by item "
                        + item.implementationCode() + " v" + item.version() + " (declared: " + declared.stream().sorted().toList() + ")"));
            }
        }
        for (SituationGroup g : item.situationGroups()) {
            List<String> chosen = aCase.situations().stream().filter(g::hasOption).toList();
            if (chosen.size() != 1) {
                out.add(new Violation("situations", "choose exactly one option of situation group '" + g.id()
                        + "' (" + g.options().stream().map(o -> o.id()).toList() + "), but " + chosen.size()
                        + " chosen" + (chosen.isEmpty() ? "" : ": " + chosen)));
            }
        }
        for (int i = 0; i < aCase.materials().size(); i++) {
            SubmittedMaterial m = aCase.materials().get(i);
            if (item.findMaterial(m.code()).isEmpty()) {
                out.add(new Violation("materials[" + i + "].code", "material '" + m.code() + "' is not declared by item "
                        + item.implementationCode() + " v" + item.version()));
            }
        }
        for (int i = 0; i < aCase.events().size(); i++) {
            String step = null;
            if (aCase.events().get(i) instanceof CaseEvent.StepDone d) {
                step = d.step();
            } else if (aCase.events().get(i) instanceof CaseEvent.StepReturned r) {
                step = r.step();
            }
            String name = step;
            if (name != null && item.steps().stream().noneMatch(s -> s.name().equals(name))) {
                out.add(new Violation("events[" + i + "].step", "step '" + name + "' is not declared by item "
                        + item.implementationCode() + " v" + item.version() + " (steps: "
                        + item.steps().stream().map(s -> s.name()).toList() + ")"));
            }
        }
        for (int i = 0; i < aCase.events().size(); i++) {
            CaseEvent e = aCase.events().get(i);
            if (e instanceof CaseEvent.AcceptedWithGaps g) {
                for (int j = 0; j < g.gaps().size(); j++) {
                    String code = g.gaps().get(j);
                    Necessity n = item.findMaterial(code).map(Material::necessity).orElse(null);
                    if (n != Necessity.TOLERATED_MISSING) {
                        out.add(new Violation("events[" + i + "].gaps[" + j + "]", "material '" + code + "' "
                                + (n == null ? "is not declared by the item" : "is " + n + ", not TOLERATED_MISSING")
                                + ": only tolerated-missing materials (容缺) may be left as gaps"));
                    }
                }
            } else if (e instanceof CaseEvent.CorrectionRequested r) {
                for (int j = 0; j < r.missing().size(); j++) {
                    if (item.findMaterial(r.missing().get(j)).isEmpty()) {
                        out.add(new Violation("events[" + i + "].missing[" + j + "]", "material '" + r.missing().get(j)
                                + "' is not declared by item " + item.implementationCode() + " v" + item.version()));
                    }
                }
            } else if (e instanceof CaseEvent.Supplemented sup) {
                for (int j = 0; j < sup.materials().size(); j++) {
                    if (item.findMaterial(sup.materials().get(j).code()).isEmpty()) {
                        out.add(new Violation("events[" + i + "].materials[" + j + "].code", "material '"
                                + sup.materials().get(j).code() + "' is not declared by item " + item.implementationCode()
                                + " v" + item.version()));
                    }
                }
            }
        }
        for (int i = 0; i < aCase.events().size(); i++) {
            CaseEvent e = aCase.events().get(i);
            if (e instanceof CaseEvent.Accepted
                    || e instanceof CaseEvent.AcceptedWithGaps) {
                LocalDate day = e.at().toLocalDate();
                if (!item.isInForceOn(day)) {
                    out.add(new Violation("itemVersion", "item " + item.implementationCode() + " v" + item.version()
                            + " is not in force on " + day + " (state " + item.state()
                            + (item.effectiveFrom() == null ? "" : ", effective from " + item.effectiveFrom())
                            + (item.cancelledFrom() == null ? "" : ", cancelled from " + item.cancelledFrom())
                            + "): a case is accepted under the version in force"));
                }
            }
        }
        boolean free = item.findFees().map(f -> !f.charged()).orElse(false);
        for (int i = 0; free && i < aCase.events().size(); i++) {
            if (aCase.events().get(i) instanceof CaseEvent.Completed done
                    && done.feeChargedFen() != null && done.feeChargedFen() > 0) {
                out.add(new Violation("events[" + i + "].feeChargedFen", "a fee of " + done.findFeeChargedYuan().orElseThrow()
                        + " yuan (" + done.feeChargedFen() + " fen) was charged, but item " + item.implementationCode() + " v"
                        + item.version() + " is free of charge (fees: charged: false, 不收费): record 0 or leave it out"));
            }
        }
        if (aCase.nationalType() != item.caseType()) {
            out.add(new Violation("nationalType", "case type " + aCase.nationalType().code() + " differs from the item's case type "
                    + item.caseType().code()));
        }
        return List.copyOf(out);
    }

    /**
     * Checks a case against the catalog: the item version must exist and {@link #violations} be empty.
     *
     * @param aCase   the case
     * @param catalog the catalog
     * @return the item version the case pins
     * @throws UnknownItemException     if the catalog lacks the item version
     * @throws ModelValidationException listing every violation
     */
    public static ServiceItem check(Case aCase, Catalog catalog) {
        ServiceItem item = catalog.item(aCase.itemCode(), aCase.itemVersion());
        List<Violation> v = violations(aCase, item);
        if (!v.isEmpty()) {
            throw new ModelValidationException("case " + aCase.number(), v);
        }
        return item;
    }

    /**
     * Every applicable material and form not handed in in full (counting supplements), in
     * guide order: the content of a one-time correction notice. Optional materials are skipped.
     *
     * @param aCase the case
     * @param item  the item version the case pins
     * @return the missing pieces, empty when complete
     */
    public static List<MissingMaterial> missing(Case aCase, ServiceItem item) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        List<MissingMaterial> out = new ArrayList<>();
        for (Material m : item.materialsFor(aCase.situations())) {
            if (m.necessity() == Necessity.OPTIONAL) {
                continue;
            }
            for (FormRequirement f : m.forms()) {
                int got = aCase.submittedCount(m.code(), f.form());
                if (got < f.count()) {
                    out.add(new MissingMaterial(m, f.form(), f.count(), got));
                }
            }
        }
        return List.copyOf(out);
    }
}
