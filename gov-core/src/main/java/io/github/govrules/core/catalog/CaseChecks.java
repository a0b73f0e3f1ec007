package io.github.govrules.core.catalog;

import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClockException;
import io.github.govrules.core.cases.CaseClocks;
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
 * Given the working-day calendar of the accepting agency, the checks also cover what needs one:
 * the rules of the case's {@linkplain CaseClocks clock} (计时) and the due date of tolerated gaps
 * (容缺), so that a case that passes {@link #violations(Case, ServiceItem, WorkingDayCalendar)}
 * never makes {@link CaseClocks#clockOf} (nor {@code Indicators}) refuse it with a
 * {@link CaseClockException}.
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
     * <p>Without a calendar, neither the case's clock nor the due date of its tolerated gaps is
     * checked: a case that passes here may still be refused by {@link CaseClocks#clockOf} (an
     * extension longer than Licensing Law Art. 42 allows, …). Where the calendar is known, use
     * {@link #violations(Case, ServiceItem, WorkingDayCalendar)}.
     *
     * @param aCase the case
     * @param item  the item version the case pins
     * @return the violations, empty when consistent
     * @throws IllegalArgumentException if the item is not the version the case pins
     */
    public static List<Violation> violations(Case aCase, ServiceItem item) {
        return List.copyOf(itemViolations(aCase, item));
    }

    /**
     * The violations of a case against its item ({@link #violations(Case, ServiceItem)}), and those
     * that need the working-day calendar of the accepting agency:
     * <ul>
     *   <li>every event the case's clock refuses, as {@link CaseClocks#clockOf} replays it with this
     *       calendar (as {@code Indicators} does): an extension longer than the handling mode allows
     *       (Licensing Law Art. 42: 10 working days, 15 for joint handling), granted after the
     *       statutory due date, and the other {@link io.github.govrules.calendar.deadline.ClockRule
     *       clock rules}. The violation is placed at the event that the clock refuses
     *       ({@code events[3]}, the first event whose addition to the log the clock refuses) and gives
     *       the clock's words, e.g. {@code Refused extension of 100 working days (ORDINARY handling
     *       allows 10) on 2025-10-09: …}. The clock is not replayed when a step event names a step the
     *       item does not declare (that is already a violation);</li>
     *   <li>a tolerated-gap due date ({@code supplementDue} of {@code accepted-with-gaps}, 容缺) later
     *       than the item allows: the last day of each gap material's {@code supplementLimit} counted
     *       from the day after acceptance, as {@link CaseClocks#gapDeadlines} gives it. The violation is
     *       placed at {@code events[i].supplementDue} and names both dates and the gap. An earlier day
     *       is allowed: the hall may ask for the material sooner.</li>
     * </ul>
     * A case without violations here never makes {@link CaseClocks#clockOf} throw a
     * {@link CaseClockException} with this calendar, as long as the days the clock derives (due
     * dates, the notice window) lie within the calendar's data: near the end of the data those
     * rules, and a gap's last day, cannot be judged yet and are left out. A day of the case's own
     * events outside the calendar's data is not a violation of the case: it is thrown.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the working-day calendar of the accepting agency, e.g. {@code Calendars.cn()}
     *                 (the one given to {@code Indicators})
     * @return the violations, empty when consistent
     * @throws IllegalArgumentException if the item is not the version the case pins
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a day of the case's events is
     *                                  outside the calendar's data
     */
    public static List<Violation> violations(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<Violation> out = itemViolations(aCase, item);
        for (CaseEvent e : aCase.events()) {
            calendar.isWorkingDay(e.at().toLocalDate()); // a day of the case outside the data is thrown
        }
        out.addAll(gapDueViolations(aCase, item, calendar));
        if (!namesUndeclaredStep(aCase, item)) {
            try {
                out.addAll(clockViolations(aCase, item, calendar));
            } catch (DateOutOfCoverageException beyond) {
                // a day the clock derives (a due date, the Art. 32 notice window) lies beyond the data:
                // its rules cannot be judged yet, and the case must still count near the end of the data
            }
        }
        return List.copyOf(out);
    }

    private static List<Violation> itemViolations(Case aCase, ServiceItem item) {
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
            String name = undeclaredStep(aCase.events().get(i), item);
            if (name != null) {
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
        if (aCase.nationalType() != null && aCase.nationalType() != item.caseType()) {
            out.add(new Violation("nationalType", "case type " + aCase.nationalType().code() + " differs from the item's case type "
                    + item.caseType().code()));
        }
        return out;
    }

    /** Whether a step event names a step the item does not declare (the clock cannot replay it). */
    private static boolean namesUndeclaredStep(Case aCase, ServiceItem item) {
        return aCase.events().stream().anyMatch(e -> undeclaredStep(e, item) != null);
    }

    /** The step a step event names when the item does not declare it, else null. */
    private static String undeclaredStep(CaseEvent e, ServiceItem item) {
        String step = e instanceof CaseEvent.StepDone d ? d.step()
                : e instanceof CaseEvent.StepReturned r ? r.step() : null;
        return step != null && item.steps().stream().noneMatch(s -> s.name().equals(step)) ? step : null;
    }

    /**
     * A {@code supplementDue} after the last day a gap's material allows, counted as
     * {@link CaseClocks#gapDeadlines} does (gaps that are not tolerated-missing materials are
     * reported by {@link #itemViolations}). A gap whose last day lies beyond the calendar's data is
     * not judged: the indicators do not need it, and a case near the end of the data must still count.
     */
    private static List<Violation> gapDueViolations(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < aCase.events().size(); i++) {
            if (!(aCase.events().get(i) instanceof CaseEvent.AcceptedWithGaps g)) {
                continue;
            }
            LocalDate accepted = g.at().toLocalDate();
            for (int j = 0; j < g.gaps().size(); j++) {
                String code = g.gaps().get(j);
                Material m = item.findMaterial(code).orElse(null);
                if (m == null || m.necessity() != Necessity.TOLERATED_MISSING || m.supplementLimit() == null) {
                    continue;
                }
                LocalDate last;
                try {
                    last = Deadlines.dueDate(calendar, accepted, m.supplementLimit());
                } catch (DateOutOfCoverageException beyond) {
                    continue; // the last day lies beyond the calendar's data: it cannot be judged (and nothing else needs it)
                }
                if (g.supplementDue().isAfter(last)) {
                    out.add(new Violation("events[" + i + "].supplementDue", "supplementDue " + g.supplementDue()
                            + " is after " + last + ", the last day item " + item.implementationCode() + " v"
                            + item.version() + " allows to supplement gap '" + code + "' (gaps[" + j + "]: "
                            + m.supplementLimit() + " from the day after acceptance on " + accepted + ", calendar "
                            + calendar.id() + "): the hall may set an earlier day (容缺), not a later one"));
                }
            }
        }
        return out;
    }

    /**
     * What the case's clock refuses, placed at the first event whose addition to the log the clock
     * refuses, with the clock's words.
     */
    private static List<Violation> clockViolations(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        try {
            CaseClocks.clockOf(aCase, item, calendar);
            return List.of();
        } catch (CaseClockException refused) {
            String words = refused.getCause() == null ? refused.getMessage() : refused.getCause().getMessage();
            return List.of(new Violation(refusedEvent(aCase, item, calendar), "the case's clock (计时) refuses this event: "
                    + words));
        }
    }

    /** The path of the first event whose addition to the log the clock refuses, or {@code events}. */
    private static String refusedEvent(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        List<CaseEvent> events = aCase.events();
        Case prefix = aCase.before(events.get(0).at()); // no events: the log is in time order
        for (int i = 0; i < events.size(); i++) {
            prefix = prefix.record(events.get(i));
            try {
                CaseClocks.clockOf(prefix, item, calendar);
            } catch (CaseClockException e) {
                return "events[" + i + "]";
            }
        }
        return "events";
    }

    /**
     * Checks a case against the catalog: the item version must exist and
     * {@link #violations(Case, ServiceItem)} be empty. Without a calendar the case's clock and
     * tolerated-gap due dates are not checked: see {@link #check(Case, Catalog, WorkingDayCalendar)}.
     *
     * @param aCase   the case
     * @param catalog the catalog
     * @return the item version the case pins
     * @throws UnknownItemException     if the catalog lacks the item version
     * @throws ModelValidationException listing every violation
     */
    public static ServiceItem check(Case aCase, Catalog catalog) {
        ServiceItem item = catalog.item(aCase.itemCode(), aCase.itemVersion());
        return refuseAny(aCase, item, violations(aCase, item));
    }

    /**
     * Checks a case against the catalog and its clock: the item version must exist and
     * {@link #violations(Case, ServiceItem, WorkingDayCalendar)} be empty. A case that passes never
     * makes {@code Indicators} (with the same calendar) refuse it for its clock.
     *
     * @param aCase    the case
     * @param catalog  the catalog
     * @param calendar the working-day calendar of the accepting agency, e.g. {@code Calendars.cn()}
     * @return the item version the case pins
     * @throws UnknownItemException     if the catalog lacks the item version
     * @throws ModelValidationException listing every violation
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a day of the case's events is
     *                                  outside the calendar's data
     */
    public static ServiceItem check(Case aCase, Catalog catalog, WorkingDayCalendar calendar) {
        ServiceItem item = catalog.item(aCase.itemCode(), aCase.itemVersion());
        return refuseAny(aCase, item, violations(aCase, item, calendar));
    }

    private static ServiceItem refuseAny(Case aCase, ServiceItem item, List<Violation> v) {
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
