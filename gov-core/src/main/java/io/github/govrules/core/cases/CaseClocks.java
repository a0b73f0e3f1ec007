package io.github.govrules.core.cases;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.ClockStatus;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.Extension;
import io.github.govrules.calendar.deadline.HandlingMode;
import io.github.govrules.calendar.deadline.IllegalClockOperationException;
import io.github.govrules.calendar.deadline.LimitStatus;
import io.github.govrules.calendar.deadline.StepStatus;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.WarningLevel;
import io.github.govrules.calendar.deadline.WarningPolicy;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.hall.Window;
import io.github.govrules.core.hall.WindowHours;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.ItemType;
import io.github.govrules.core.item.Material;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.core.item.Step;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drives the deadline calculator's {@link CaseClock} from a case's event log: the clock follows
 * the events, so the due dates and warnings of a case are always those of its history.
 *
 * <p>Mapping (dates are the local dates of the events):
 * <ul>
 *   <li>{@code accepted} / {@code accepted-with-gaps}: the clock starts (from {@link #clockStart}: the
 *       acceptance day, or the day of receipt when a licensing agency answered late, Art. 32(4)) with the
 *       limits a rule pack decided when the event carries its {@link KindDecision} (the kind, the day
 *       acceptance counts from, the promised and statutory limits: 45 working days for a joint case);
 *       otherwise with the item's statutory and promised limits (an item without a statutory limit uses
 *       its promised limit for both). A kind with joint handling ({@link CaseKind#JOINT}, {@link CaseKind#MAJOR}:
 *       decided, else declared by the case, else by the item) uses {@link HandlingMode#JOINT}, so an
 *       extension of up to 15 working days is allowed (Licensing Law Art. 26, 42).
 *       Events before acceptance (receipt, the correction loop) do not touch the clock: the promised
 *       limit counts from the day after acceptance, which follows the supplement.</li>
 *   <li>{@code suspended}: a suspension of the same kind (Art. 45) from that day;
 *       {@code resumed}: the suspension ends the day before (the day of resumption counts again),
 *       or on the same day when suspended and resumed on one day.</li>
 *   <li>{@code extended}: the statutory limit is extended once by the given working days, with
 *       approver and reason (Art. 42).</li>
 *   <li>{@code step-done} / {@code step-returned}: the named step ran, with the item's step limit,
 *       from the previous step boundary (acceptance or the previous step event) to this event.</li>
 *   <li>{@code completed}, {@code withdrawn}, {@code terminated}, {@code voided} (作废): the clock
 *       stops on that day. A case withdrawn or voided before acceptance has no clock. The
 *       {@link #status status} of a voided case carries no warning.</li>
 *   <li>{@code supplemented} after acceptance (closing tolerated gaps), {@code delivered},
 *       {@code evaluated}, {@code revoked} (撤销, after completion): no effect on the clock. A
 *       revocation does not reopen the case: the clock keeps the completion day, and whether the
 *       case was completed on time is still judged by it.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseClocks {

    private CaseClocks() {
    }

    /**
     * The clock of a case, replayed from its events.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the working-day calendar of the accepting agency, e.g. {@code Calendars.cn()}
     * @return the clock, or empty while the case is not accepted (or was never accepted)
     * @throws IllegalArgumentException       if the item is not the version the case pins, or a step event
     *                                        names a step the item does not declare
     * @throws CaseClockException            if the calculator refuses an event (e.g. an extension after
     *                                        the statutory due date), naming the case, the date and the rule;
     *                                        {@link #record} keeps such events out of a case
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a date the answer depends on is
     *                                        outside the calendar's data
     */
    public static Optional<CaseClock> clockOf(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        return clockOf(aCase, item, calendar, (WindowHours) null);
    }

    /**
     * The clock of a case, replayed from its events, with the office hours of the window that
     * received it: when its {@code received} event names a {@linkplain CaseEvent.Received#window()
     * window} of the center, a receipt or acceptance after that window's close of business (or on a
     * day it is closed) counts from the next working day ({@link WindowHours#receiptDay}; Civil Code
     * Art. 203), with its seasonal hours and Saturday rota. A case that names no window is replayed as
     * by {@link #clockOf(Case, ServiceItem, WorkingDayCalendar)}.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the working-day calendar of the accepting agency, e.g. {@code center.calendar(Calendars.standard())}
     * @param center   the service center whose window received the case
     * @return the clock, or empty while the case is not accepted
     * @throws IllegalArgumentException as {@link #clockOf(Case, ServiceItem, WorkingDayCalendar)}, or if
     *                                  the case names a window the center does not have
     * @throws CaseClockException       as {@link #clockOf(Case, ServiceItem, WorkingDayCalendar)}
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a date the answer depends on is
     *                                  outside the calendar's data
     * @since 0.2.0
     */
    public static Optional<CaseClock> clockOf(Case aCase, ServiceItem item, WorkingDayCalendar calendar,
                                              ServiceCenter center) {
        return clockOf(aCase, item, calendar, receivingHours(aCase, center));
    }

    private static Optional<CaseClock> clockOf(Case aCase, ServiceItem item, WorkingDayCalendar calendar,
                                               WindowHours hours) {
        try {
            return replay(aCase, item, calendar, hours);
        } catch (IllegalClockOperationException e) {
            throw new CaseClockException(aCase.number(), e);
        }
    }

    /**
     * The office hours of the window that received a case, or null when its receipt names no window.
     *
     * @throws IllegalArgumentException if the case names a window the center does not have
     */
    private static WindowHours receivingHours(Case aCase, ServiceCenter center) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(center, "center");
        for (CaseEvent e : aCase.events()) {
            if (e instanceof CaseEvent.Received r && r.window() != null) {
                return center.findWindow(r.window()).map(Window::hours).orElseThrow(() -> new IllegalArgumentException(
                        "case " + aCase.number() + " was received at window " + r.window() + ", which service center '"
                                + center.name() + "' does not have (windows: "
                                + center.windows().stream().map(Window::id).toList() + ")"));
            }
        }
        return null;
    }

    /** The day an event counts as happening on: its date, or by the receiving window's hours. */
    private static LocalDate day(CaseEvent e, WindowHours hours, WorkingDayCalendar calendar) {
        return hours == null ? e.at().toLocalDate() : hours.receiptDay(e.at(), calendar);
    }

    /**
     * This case with one more event, when both its lifecycle ({@link Case#record}) and its clock
     * accept it. {@link Case#record} checks the lifecycle only, since the clock needs the item and
     * the calendar; record through here the events that move the clock (extensions above all), so
     * that a case the clock would refuse is never built. The original case is unchanged.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the working-day calendar of the accepting agency
     * @param event    the event
     * @return the case with the event
     * @throws IllegalTransitionException if the lifecycle does not allow the event now
     * @throws CaseClockException         if the clock refuses the case with the event, naming the rule and date
     * @throws IllegalArgumentException   as {@link #clockOf}
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a date the clock needs is
     *                                    outside the calendar's data
     */
    public static Case record(Case aCase, ServiceItem item, WorkingDayCalendar calendar, CaseEvent event) {
        Case next = Objects.requireNonNull(aCase, "aCase").record(event);
        clockOf(next, item, calendar);
        return next;
    }

    private static Optional<CaseClock> replay(Case aCase, ServiceItem item, WorkingDayCalendar calendar,
                                              WindowHours hours) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(calendar, "calendar");
        if (!item.implementationCode().equals(aCase.itemCode()) || item.version() != aCase.itemVersion()) {
            throw new IllegalArgumentException("case " + aCase.number() + " pins item " + aCase.itemCode() + " v"
                    + aCase.itemVersion() + ", not " + item.implementationCode() + " v" + item.version());
        }
        CaseClock clock = null;
        LocalDate boundary = null;
        LocalDate suspendedOn = null;
        LocalDate start = clockStart(aCase, item, calendar, hours).orElse(null);
        for (CaseEvent e : aCase.events()) {
            LocalDate d = e.at().toLocalDate();
            if (e instanceof CaseEvent.Accepted || e instanceof CaseEvent.AcceptedWithGaps) {
                d = day(e, hours, calendar);
                KindDecision decided = decisionOf(e);
                TimeLimit promised = decided != null ? decided.promisedLimit() : item.promisedLimit();
                TimeLimit statutory = decided != null ? decided.statutoryLimit() : item.findStatutoryLimit().orElse(promised);
                CaseKind kind = decided != null ? decided.kind() : aCase.effectiveKind().orElse(item.caseKind());
                clock = CaseClock.start(calendar, start, statutory, promised);
                if (kind.due().isJointHandling()) {
                    clock = clock.withHandlingMode(HandlingMode.JOINT);
                }
                boundary = d;
                continue;
            }
            if (clock == null) {
                continue;
            }
            if (e instanceof CaseEvent.Suspended s) {
                clock = clock.suspend(SuspensionKind.valueOf(s.procedure().name()), d);
                suspendedOn = d;
            } else if (e instanceof CaseEvent.Resumed) {
                LocalDate end = d.isAfter(suspendedOn) ? d.minusDays(1) : d;
                clock = clock.resume(end);
                suspendedOn = null;
            } else if (e instanceof CaseEvent.Extended x) {
                clock = clock.extend(new Extension(x.extension().amount(), d, x.approvedBy(), x.reason()));
            } else if (e instanceof CaseEvent.StepDone sd) {
                clock = step(clock, item, sd.step(), boundary, d);
                boundary = d;
            } else if (e instanceof CaseEvent.StepReturned sr) {
                clock = step(clock, item, sr.step(), boundary, d);
                boundary = d;
            } else if (e instanceof CaseEvent.Completed || e instanceof CaseEvent.Withdrawn
                    || e instanceof CaseEvent.Terminated || e instanceof CaseEvent.Voided) {
                clock = clock.complete(d);
            }
        }
        return Optional.ofNullable(clock);
    }

    /** The days an agency has to give the one-time correction notice (Licensing Law Art. 32(4)). */
    public static final int NOTICE_WORKING_DAYS = 5;

    /**
     * The day the clock of a case starts from (the acceptance day, not counted): the day a rule pack's
     * {@link KindDecision} recorded in the acceptance event counts from; without one, the day of
     * the {@code accepted} (or {@code accepted-with-gaps}) event. For a {@link ItemType#LICENSING
     * licensing} item, Licensing Law Art. 32(4) applies: when the agency neither accepted the case nor
     * gave the one-time correction notice within {@value #NOTICE_WORKING_DAYS} working days of
     * receiving the materials, the application counts as accepted on the day the materials were
     * received, and the clock starts from that day.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the calendar counting the five working days
     * @return the start day, or empty while the case is not accepted
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if the days are outside the calendar's data
     */
    public static Optional<LocalDate> clockStart(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        return clockStart(aCase, item, calendar, (WindowHours) null);
    }

    /**
     * The day the clock of a case starts from, as {@link #clockStart(Case, ServiceItem, WorkingDayCalendar)},
     * with the office hours of the window that received it (see
     * {@link #clockOf(Case, ServiceItem, WorkingDayCalendar, ServiceCenter)}): a receipt or acceptance
     * after close of business counts as on the next working day.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the calendar
     * @param center   the service center whose window received the case
     * @return the start day, or empty while the case is not accepted
     * @throws IllegalArgumentException if the case names a window the center does not have
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if the days are outside the calendar's data
     * @since 0.2.0
     */
    public static Optional<LocalDate> clockStart(Case aCase, ServiceItem item, WorkingDayCalendar calendar,
                                                 ServiceCenter center) {
        return clockStart(aCase, item, calendar, receivingHours(aCase, center));
    }

    private static Optional<LocalDate> clockStart(Case aCase, ServiceItem item, WorkingDayCalendar calendar,
                                                  WindowHours hours) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate received = null;
        LocalDate firstAnswer = null;
        for (CaseEvent e : aCase.events()) {
            LocalDate d = day(e, hours, calendar);
            if (e instanceof CaseEvent.Received && received == null) {
                received = d;
            } else if ((e instanceof CaseEvent.CorrectionRequested || e instanceof CaseEvent.Accepted
                    || e instanceof CaseEvent.AcceptedWithGaps) && firstAnswer == null) {
                firstAnswer = d;
            }
            if (e instanceof CaseEvent.Accepted || e instanceof CaseEvent.AcceptedWithGaps) {
                KindDecision decided = decisionOf(e);
                if (decided != null) {
                    return Optional.of(decided.acceptedOn());
                }
                boolean late = item.type() == ItemType.LICENSING && received != null
                        && firstAnswer.isAfter(calendar.shift(received, NOTICE_WORKING_DAYS));
                return Optional.of(late ? received : d);
            }
        }
        return Optional.empty();
    }

    /**
     * The clock status of a case on a date, as it stood that day: events the log dates after
     * {@code on} (a later resumption, extension, completion, …) do not count
     * ({@link CaseClock#status(LocalDate, WarningPolicy)}).
     *
     * <p>A {@link CaseState#VOIDED voided} case (作废) carries no warning: it was registered in
     * error and never was an application, so electronic supervision (电子监察) must not flag it.
     * Its status keeps the clock's facts (due dates, days used, whether the clock was past a due
     * date when it stopped) but every warning level (statutory, promised, each step) is
     * {@link WarningLevel#NONE}, on any date, before or after the void, as {@code Indicators}
     * leaves a voided case out of every report whenever it was voided. Withdrawn (撤回) and
     * terminated (终止) cases are not treated so: they were real applications, and a limit they
     * passed before they ended keeps its warning, as a case completed late does.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the calendar
     * @param on       the date
     * @param policy   the warning thresholds
     * @return the status, or empty while the case is not accepted
     * @throws IllegalArgumentException       as {@link #clockOf}
     * @throws CaseClockException             as {@link #clockOf}
     */
    public static Optional<ClockStatus> status(Case aCase, ServiceItem item, WorkingDayCalendar calendar, LocalDate on,
                                               WarningPolicy policy) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(policy, "policy");
        boolean voided = aCase.status().state() == CaseState.VOIDED;
        return clockOf(aCase, item, calendar).map(c -> c.status(on, policy))
                .map(s -> voided ? withoutWarnings(s) : s);
    }

    /**
     * The clock status of a case on a date, as {@link #status(Case, ServiceItem, WorkingDayCalendar,
     * LocalDate, WarningPolicy)}, with the office hours of the window that received it (see
     * {@link #clockOf(Case, ServiceItem, WorkingDayCalendar, ServiceCenter)}).
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the calendar
     * @param on       the date
     * @param policy   the warning thresholds
     * @param center   the service center whose window received the case
     * @return the status, or empty while the case is not accepted
     * @throws IllegalArgumentException as {@link #clockOf(Case, ServiceItem, WorkingDayCalendar, ServiceCenter)}
     * @throws CaseClockException       as {@link #clockOf}
     * @since 0.2.0
     */
    public static Optional<ClockStatus> status(Case aCase, ServiceItem item, WorkingDayCalendar calendar, LocalDate on,
                                               WarningPolicy policy, ServiceCenter center) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(policy, "policy");
        boolean voided = aCase.status().state() == CaseState.VOIDED;
        return clockOf(aCase, item, calendar, center).map(c -> c.status(on, policy))
                .map(s -> voided ? withoutWarnings(s) : s);
    }

    /** The status with every warning level set to {@link WarningLevel#NONE}, the day counts unchanged. */
    private static ClockStatus withoutWarnings(ClockStatus s) {
        return new ClockStatus(s.on(), withoutWarning(s.statutory()), withoutWarning(s.promised()),
                s.steps().stream().map(st -> new StepStatus(st.step(), withoutWarning(st.status()))).toList(),
                s.suspended(), s.awaitingSupplements(), s.completedOn(), s.provisionalYears());
    }

    private static LimitStatus withoutWarning(LimitStatus l) {
        return new LimitStatus(l.limit(), l.start(), l.due(), l.elapsedDays(), l.remainingDays(), l.overdue(),
                l.overdueDays(), WarningLevel.NONE);
    }

    /**
     * The last day allowed for supplementing each tolerated gap (容缺) of a case accepted with gaps:
     * the gap material's {@code supplementLimit} counted from the day after acceptance
     * ({@code Deadlines.dueDate}: working days skip rest days and holidays; natural days move past
     * a rest day or holiday, Civil Code Art. 201, 203). Gaps already supplemented are included; use
     * {@link CaseStatus#openGaps()} for those still open.
     *
     * @param aCase    the case
     * @param item     the item version the case pins
     * @param calendar the calendar
     * @return material code to last allowed day, in gap order; empty if the case was not accepted with gaps
     * @throws IllegalArgumentException if a gap is not a tolerated-missing material of the item
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if the day is outside the calendar's data
     */
    public static Map<String, LocalDate> gapDeadlines(Case aCase, ServiceItem item, WorkingDayCalendar calendar) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(calendar, "calendar");
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (CaseEvent e : aCase.events()) {
            if (e instanceof CaseEvent.AcceptedWithGaps g) {
                for (String code : g.gaps()) {
                    TimeLimit limit = item.findMaterial(code).map(Material::supplementLimit)
                            .orElseThrow(() -> new IllegalArgumentException("gap '" + code
                                    + "' is not a tolerated-missing material of item " + item.implementationCode()
                                    + " v" + item.version()));
                    out.put(code, Deadlines.dueDate(calendar,
                            g.at().toLocalDate(), limit));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static KindDecision decisionOf(CaseEvent e) {
        if (e instanceof CaseEvent.Accepted a) {
            return a.decision();
        }
        return e instanceof CaseEvent.AcceptedWithGaps g ? g.decision() : null;
    }

    private static CaseClock step(CaseClock clock, ServiceItem item, String name, LocalDate from, LocalDate to) {
        Step step = item.steps().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("step '" + name + "' is not declared by item "
                        + item.implementationCode() + " v" + item.version() + " (steps: "
                        + item.steps().stream().map(Step::name).toList() + ")"));
        return clock.startStep(name, from, step.limit()).completeStep(name, to);
    }
}
