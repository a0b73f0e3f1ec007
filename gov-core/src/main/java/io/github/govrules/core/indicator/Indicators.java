package io.github.govrules.core.indicator;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.CaseStatus;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.NationalCaseType;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;

/**
 * Computes the monthly indicators (domain.md §9) over a set of cases and a period
 * {@code [startInclusive, endExclusive)} of event dates.
 *
 * <p>Let C be the cases whose {@code completed} event falls in the period, and P ⊆ C the
 * promised cases (national type 2). The promised due date of a case is the one of its
 * {@link CaseClocks clock}: working days, with suspensions not counted; an extension (Art. 42)
 * moves the statutory due date only, not the promised one.
 * <ul>
 *   <li>received = |cases whose {@code received} event is in the period|;
 *       accepted = |cases whose acceptance is in the period|; completed = |C|</li>
 *   <li>immediate-case rate (即办件率) = |{c ∈ C : type 1}| / |C|</li>
 *   <li>on-time completion rate (按时办结率) = |{c ∈ P : completed on or before the promised due date}| / |P|</li>
 *   <li>early completion rate (提前办结率) = |{c ∈ P : completed before the promised due date}| / |P|</li>
 *   <li>overdue rate (超期率) = |{c ∈ P : completed after the promised due date}| / |P| (= 1 − on-time)</li>
 *   <li>on-site completion rate (现场办结率) = |{c ∈ C : completed on the day it was accepted}| / |C|</li>
 *   <li>satisfaction rate (满意率) = |evaluations in the period at least "basically satisfied"| /
 *       |evaluations in the period|; dissatisfaction = 1 − satisfaction</li>
 *   <li>complaint rate (投诉率) = |evaluations in the period marked as complaints| / |C|</li>
 *   <li>average visits (平均跑动次数) = Σ_{c ∈ C} visits(c) / |C|, where visits(c) counts the
 *       {@code received}, {@code supplemented} and {@code delivered} events at a {@code WINDOW}</li>
 *   <li>open overdue = |{cases accepted, not completed nor ended by the period's last day, whose
 *       promised due date is before that day}|</li>
 * </ul>
 * A rate with an empty base has denominator 0 and no value.
 *
 * <p>Side exits: a {@link CaseState#VOIDED voided} case (作废) was registered in error and is
 * left out of every figure above, counts and denominators alike, whenever it was voided (a report
 * for an earlier period changes once a case is voided: the registration never was an
 * application). Withdrawn (撤回) and terminated (终止) cases count as received and accepted, not as
 * completed. A {@link CaseState#REVOKED revoked} case (撤销) stays a completed case: it counts in
 * C (and P) of the period of its completion, on time or late by its completion day, with its
 * evaluations; the revocation itself changes no indicator.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * Computes the indicators.
     *
     * @param cases          the cases (of any period; only events in the period count)
     * @param catalog        the catalog holding the item versions the cases pin
     * @param calendar       the working-day calendar for due dates
     * @param startInclusive the first day of the period
     * @param endExclusive   the day after the period, after the start
     * @return the report
     * @throws IllegalArgumentException if the period is empty, or two of the cases have the same
     *                                  number (a case counts once: pass each case once, as it now stands)
     * @throws NullPointerException     if {@code cases} holds a null, naming its position
     * @throws io.github.govrules.core.catalog.UnknownItemException if a case pins an item version the catalog lacks
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a due date is outside the calendar's data
     * @throws io.github.govrules.core.cases.CaseClockException if a case's events break a rule of its clock,
     *                                        naming the case
     */
    public static IndicatorReport compute(Collection<Case> cases, Catalog catalog, WorkingDayCalendar calendar,
                                          LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException("the period " + startInclusive + " to " + endExclusive + " (exclusive) is empty");
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        int position = 0;
        for (Case c : cases) {
            int at = position;
            Objects.requireNonNull(c, () -> "cases holds a null at position " + at);
            Integer first = seen.putIfAbsent(c.number(), position);
            if (first != null) {
                throw new IllegalArgumentException("case " + c.number() + " is given twice (at positions " + first
                        + " and " + position + "): a case counts once; pass each case once, as it now stands");
            }
            position++;
        }
        LocalDate lastDay = endExclusive.minusDays(1);
        long received = 0;
        long accepted = 0;
        long completed = 0;
        long immediate = 0;
        long promised = 0;
        long onTime = 0;
        long early = 0;
        long late = 0;
        long onSite = 0;
        long evaluations = 0;
        long satisfied = 0;
        long complaints = 0;
        long visits = 0;
        long openOverdue = 0;
        for (Case c : cases) {
            CaseStatus status = c.status();
            if (status.state() == CaseState.VOIDED) {
                continue;
            }
            for (CaseEvent e : c.events()) {
                if (!in(e.at(), startInclusive, endExclusive)) {
                    continue;
                }
                if (e instanceof CaseEvent.Received) {
                    received++;
                } else if (e instanceof CaseEvent.Accepted || e instanceof CaseEvent.AcceptedWithGaps) {
                    accepted++;
                } else if (e instanceof CaseEvent.Evaluated ev) {
                    evaluations++;
                    satisfied += ev.satisfaction().isSatisfied() ? 1 : 0;
                    complaints += ev.complaint() ? 1 : 0;
                }
            }
            if (status.acceptedAt() == null) {
                continue;
            }
            ServiceItem item = catalog.item(c.itemCode(), c.itemVersion());
            LocalDateTime done = status.completedAt();
            if (done != null && in(done, startInclusive, endExclusive)) {
                completed++;
                visits += visits(c);
                NationalCaseType type = c.effectiveKind().map(CaseKind::nationalType).orElse(item.caseType());
                if (type == NationalCaseType.IMMEDIATE) {
                    immediate++;
                }
                if (done.toLocalDate().equals(status.acceptedAt().toLocalDate())) {
                    onSite++;
                }
                if (type == NationalCaseType.PROMISED) {
                    promised++;
                    LocalDate due = promisedDue(c, item, calendar);
                    LocalDate day = done.toLocalDate();
                    if (day.isAfter(due)) {
                        late++;
                    } else {
                        onTime++;
                        early += day.isBefore(due) ? 1 : 0;
                    }
                }
            } else if (done == null || !done.isBefore(endExclusive.atStartOfDay())) {
                // open at the period's end? Ask the case as it stood then: a completion,
                // withdrawal or suspension after the period does not change what was open
                Case then = c.before(endExclusive.atStartOfDay());
                CaseStatus thenStatus = then == c ? status : then.status();
                if (thenStatus.isProcessing() && !thenStatus.acceptedAt().toLocalDate().isAfter(lastDay)) {
                    LocalDate due = promisedDueAsOf(then, item, calendar, lastDay);
                    if (due.isBefore(lastDay)) {
                        openOverdue++;
                    }
                }
            }
        }
        return new IndicatorReport(startInclusive, endExclusive, received, accepted, completed,
                new Rate(immediate, completed), new Rate(onTime, promised), new Rate(early, promised),
                new Rate(onSite, completed), new Rate(late, promised), new Rate(satisfied, evaluations),
                new Rate(complaints, completed), new Rate(visits, completed), openOverdue);
    }

    /** Visits to the hall: received, supplemented and delivered events at a window. */
    static long visits(Case c) {
        long n = 0;
        for (CaseEvent e : c.events()) {
            ServiceChannel ch = null;
            if (e instanceof CaseEvent.Received r) {
                ch = r.channel();
            } else if (e instanceof CaseEvent.Supplemented s) {
                ch = s.channel();
            } else if (e instanceof CaseEvent.Delivered d) {
                ch = d.channel();
            }
            n += ch == ServiceChannel.WINDOW ? 1 : 0;
        }
        return n;
    }

    private static boolean in(LocalDateTime at, LocalDate startInclusive, LocalDate endExclusive) {
        LocalDate d = at.toLocalDate();
        return !d.isBefore(startInclusive) && d.isBefore(endExclusive);
    }

    private static LocalDate promisedDue(Case c, ServiceItem item, WorkingDayCalendar calendar) {
        CaseClock clock = CaseClocks.clockOf(c, item, calendar).orElseThrow();
        return clock.promisedDue().orElseThrow(() -> new IllegalStateException("case " + c.number()
                + " is completed but its promised due date is unknown"));
    }

    private static LocalDate promisedDueAsOf(Case c, ServiceItem item, WorkingDayCalendar calendar, LocalDate asOf) {
        return CaseClocks.clockOf(c, item, calendar).orElseThrow().promisedDueAsOf(asOf);
    }
}
