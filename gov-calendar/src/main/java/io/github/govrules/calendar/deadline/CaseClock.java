package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.internal.DayOracle;
import io.github.govrules.calendar.deadline.internal.DeadlineMath;
import io.github.govrules.calendar.deadline.internal.Pauses;
import io.github.govrules.calendar.deadline.internal.RankedPauses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one case (办件计时): from acceptance (受理), it tracks the statutory due date
 * (法定办结时限) and the promised due date (承诺办结时限), through suspensions, an extension,
 * corrections and steps, and tells the status on any date.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The acceptance day is not counted; a limit of n working days ends on the n-th counted
 *       working day after it (Civil Code Art. 201, Administrative Licensing Law Art. 42, 82);
 *       a natural-day limit ends on the n-th counted day, moved past a holiday or weekend
 *       (Civil Code Art. 203).</li>
 *   <li>Suspensions (Art. 45: hearing, bidding, auction, testing, inspection, quarantine,
 *       appraisal, expert review): every day from a suspension's start to its end, both
 *       inclusive, is not counted; overlapping suspensions are not counted twice. While a
 *       suspension is open the due dates are not known ({@link #statutoryDue()} is empty);
 *       {@link #statutoryDueAsOf(LocalDate)} projects them as if it ended on a given day.</li>
 *   <li>Extension (Art. 42): the statutory limit is extended once, by at most 10 working days
 *       ({@link HandlingMode#JOINT joint handling}: 15), before it runs out, with approver and
 *       reason. The promised limit can be extended once too ({@link #extendPromised}), never
 *       beyond the statutory due date.</li>
 *   <li>Corrections (补正): after {@link #correctionRequested} the promised clock waits; after
 *       {@link #supplementsReceived} it restarts, counting from the day after the supplements
 *       arrived. The statutory clock is not affected. After a restart the promised due date may
 *       lie after the statutory one; the statutory date governs legality.</li>
 *   <li>Steps (环节) carry their own limits and warnings.</li>
 *   <li>The promised limit never exceeds the statutory one: {@link #start} refuses it with
 *       {@link PromisedLimitExceedsStatutoryException}.</li>
 * </ul>
 *
 * <h2>Coverage</h2>
 * By default every date the answer depends on must be covered by the calendar, otherwise the
 * query throws the calendar's {@link DateOutOfCoverageException}, which names the covered
 * range. {@link #withProvisionalDates()} opts in to answers by weekends only for uncovered
 * years; {@link ClockStatus#provisionalYears()} then names the years guessed.
 *
 * <h2>Contract</h2>
 * Instances are immutable and thread-safe: every event returns a new clock and leaves this one
 * unchanged; a refused event throws {@link IllegalClockOperationException} naming the date and
 * the {@link ClockRule}. Events need not arrive in date order, but none may be dated before
 * acceptance.
 *
 * <h2>Time</h2>
 * {@link #status(LocalDate, WarningPolicy) status(on)} answers as of {@code on}: it uses only the
 * events dated on or before {@code on} ({@link #asOf(LocalDate)}), so a status is the same
 * whether it is asked on the day or replayed later from the full history. The due-date queries
 * ({@link #statutoryDue()}, {@link #statutoryDueAsOf(LocalDate)}, {@link #explainStatutory(LocalDate)}
 * and their promised forms) use every event the clock knows, whatever its date; their
 * {@code asOf} only says where an open suspension is taken to end. For the due date as known on
 * a past date, ask {@code asOf(date)} or {@code status(date, policy)}.
 *
 * <pre>{@code
 * CaseClock clock = CaseClock.start(calendar, LocalDate.of(2025, 9, 19),
 *         TimeLimit.workingDays(20), TimeLimit.workingDays(10));
 * clock = clock.suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 9, 24))
 *              .resume(LocalDate.of(2025, 9, 26));
 * ClockStatus status = clock.status(LocalDate.of(2025, 10, 9), WarningPolicy.DEFAULT);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CaseClock {

    private final WorkingDayCalendar calendar;
    private final boolean provisional;
    private final HandlingMode mode;
    private final LocalDate acceptedOn;
    private final TimeLimit statutoryLimit;
    private final TimeLimit promisedLimit;
    /** The correction requests and receipts of supplements, in the order recorded. */
    private final List<Correction> corrections;
    // derived from corrections: the day the promised clock counts from, and the open request (or null)
    private final LocalDate promisedStart;
    private final LocalDate correctionRequestedOn;
    private final List<Suspension> suspensions;
    private final Extension statutoryExtension;
    private final Extension promisedExtension;
    private final List<CaseStep> steps;
    private final LocalDate completedOn;
    // derived, computed once: the clock is immutable
    private final boolean anyOpen;
    private final Pauses closedPauses;
    private final TimeLimit statutoryEffective;
    private final TimeLimit promisedEffective;
    private final DayOracle strictOracle;
    /** The date of the latest event the clock knows (acceptance if none): {@link #asOf} of a later date is this clock. */
    private final LocalDate lastEventOn;
    /** The closed pauses as working-day counts from acceptance ({@link RankedPauses}); null if provisional, open or uncovered. */
    private final int[] pauseCounts;

    private CaseClock(WorkingDayCalendar calendar, boolean provisional, HandlingMode mode, LocalDate acceptedOn,
                      TimeLimit statutoryLimit, TimeLimit promisedLimit, List<Correction> corrections,
                      List<Suspension> suspensions, Extension statutoryExtension,
                      Extension promisedExtension, List<CaseStep> steps, LocalDate completedOn) {
        this.calendar = calendar;
        this.provisional = provisional;
        this.mode = mode;
        this.acceptedOn = acceptedOn;
        this.statutoryLimit = statutoryLimit;
        this.promisedLimit = promisedLimit;
        this.corrections = List.copyOf(corrections);
        LocalDate restart = acceptedOn;
        LocalDate requested = null;
        for (Correction c : this.corrections) {
            if (c.request()) {
                requested = c.date();
            } else {
                restart = c.date();
                requested = null;
            }
        }
        this.promisedStart = restart;
        this.correctionRequestedOn = requested;
        this.suspensions = List.copyOf(suspensions);
        this.statutoryExtension = statutoryExtension;
        this.promisedExtension = promisedExtension;
        this.steps = List.copyOf(steps);
        this.completedOn = completedOn;
        boolean open = false;
        for (Suspension s : this.suspensions) {
            open |= s.isOpen();
        }
        this.anyOpen = open;
        this.closedPauses = open ? null : Pauses.of(this.suspensions, acceptedOn);
        this.statutoryEffective = effective(statutoryLimit, statutoryExtension);
        this.promisedEffective = effective(promisedLimit, promisedExtension);
        this.strictOracle = DayOracle.strict(calendar);
        this.pauseCounts = open || provisional ? null : RankedPauses.counts(calendar, acceptedOn, closedPauses);
        this.lastEventOn = lastEventOn();
    }

    /** A correction event: the applicant asked for supplements ({@code request}) or the supplements arrived. */
    private record Correction(boolean request, LocalDate date) {
    }

    private LocalDate lastEventOn() {
        LocalDate last = acceptedOn;
        for (Suspension s : suspensions) {
            last = later(later(last, s.start()), s.end());
        }
        for (Correction c : corrections) {
            last = later(last, c.date());
        }
        for (CaseStep step : steps) {
            last = later(later(last, step.start()), step.completedOn());
        }
        last = later(last, statutoryExtension == null ? null : statutoryExtension.grantedOn());
        last = later(last, promisedExtension == null ? null : promisedExtension.grantedOn());
        return later(last, completedOn);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /**
     * Starts the clock of a case accepted on {@code acceptedOn} (受理日, not counted).
     *
     * @param calendar       the working-day calendar of the accepting agency
     * @param acceptedOn     the acceptance date
     * @param statutoryLimit the statutory limit (法定时限)
     * @param promisedLimit  the promised limit (承诺时限), not longer than the statutory one
     * @return the running clock, with {@link HandlingMode#ORDINARY ordinary} handling
     * @throws PromisedLimitExceedsStatutoryException naming both limits if the promised limit is longer
     *                                                (for limits of different units: if it ends later;
     *                                                that comparison assumes weekends only for years the
     *                                                calendar does not cover, so starting never throws
     *                                                {@link DateOutOfCoverageException})
     */
    public static CaseClock start(WorkingDayCalendar calendar, LocalDate acceptedOn, TimeLimit statutoryLimit,
                                  TimeLimit promisedLimit) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        TimeLimits limits = TimeLimits.of(statutoryLimit, promisedLimit);
        if (!TimeLimits.comparable(statutoryLimit, promisedLimit)) {
            DayOracle oracle = DayOracle.provisional(calendar);
            LocalDate statutoryDue = DeadlineMath.due(oracle, acceptedOn, statutoryLimit.unit(),
                    statutoryLimit.amount(), Pauses.none());
            LocalDate promisedDue = DeadlineMath.due(oracle, acceptedOn, promisedLimit.unit(),
                    promisedLimit.amount(), Pauses.none());
            if (promisedDue.isAfter(statutoryDue)) {
                throw new PromisedLimitExceedsStatutoryException(statutoryLimit, statutoryDue, promisedLimit,
                        promisedDue);
            }
        }
        return new CaseClock(calendar, false, HandlingMode.ORDINARY, acceptedOn, limits.statutory(),
                limits.promised(), List.of(), List.of(), null, null, List.of(), null);
    }

    /**
     * Starts the clock of a case accepted on {@code acceptedOn} with an item's pair of limits.
     *
     * @throws PromisedLimitExceedsStatutoryException see {@link #start(WorkingDayCalendar, LocalDate, TimeLimit, TimeLimit)}
     */
    public static CaseClock start(WorkingDayCalendar calendar, LocalDate acceptedOn, TimeLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return start(calendar, acceptedOn, limits.statutory(), limits.promised());
    }

    private CaseClock with(HandlingMode mode, boolean provisional, TimeLimit promisedLimitNew,
                           List<Correction> corrections, List<Suspension> suspensions, Extension statutoryExtension,
                           Extension promisedExtension, List<CaseStep> steps, LocalDate completedOn) {
        return new CaseClock(calendar, provisional, mode, acceptedOn, statutoryLimit, promisedLimitNew, corrections,
                suspensions, statutoryExtension, promisedExtension, steps, completedOn);
    }

    // ------------------------------------------------------------------ configuration

    /**
     * This clock with another handling mode; {@link HandlingMode#JOINT} allows a 15-day extension.
     *
     * @throws IllegalClockOperationException ({@link ClockRule#EXTENSION_TOO_LONG}) if the clock
     *                                        already has an extension longer than the mode allows
     */
    public CaseClock withHandlingMode(HandlingMode handlingMode) {
        Objects.requireNonNull(handlingMode, "handlingMode");
        if (statutoryExtension != null && statutoryExtension.workingDays() > handlingMode.maxExtensionDays()) {
            throw new IllegalClockOperationException(ClockRule.EXTENSION_TOO_LONG, statutoryExtension.grantedOn(),
                    "handling mode " + handlingMode + " with an extension of " + statutoryExtension.workingDays()
                            + " working days");
        }
        return with(handlingMode, provisional, promisedLimit, corrections, suspensions,
                statutoryExtension, promisedExtension, steps, completedOn);
    }

    /**
     * This clock, answering for years the calendar has no data for by weekends only instead of
     * throwing; statuses then name the {@linkplain ClockStatus#provisionalYears() years guessed}.
     */
    public CaseClock withProvisionalDates() {
        return with(mode, true, promisedLimit, corrections, suspensions,
                statutoryExtension, promisedExtension, steps, completedOn);
    }

    // ------------------------------------------------------------------ events

    private void requireRunning(LocalDate date, String detail) {
        Objects.requireNonNull(date, "date");
        if (completedOn != null) {
            throw new IllegalClockOperationException(ClockRule.ALREADY_COMPLETED, date,
                    detail + " (case completed on " + completedOn + ")");
        }
        if (date.isBefore(acceptedOn)) {
            throw new IllegalClockOperationException(ClockRule.BEFORE_START, date,
                    detail + " (case accepted on " + acceptedOn + ")");
        }
    }

    /**
     * Opens a suspension (Art. 45) of the given kind from {@code start} (the first day not counted).
     *
     * @throws IllegalClockOperationException if the case is completed ({@link ClockRule#ALREADY_COMPLETED}),
     *                                        the start is before acceptance ({@link ClockRule#BEFORE_START}),
     *                                        or a suspension of that kind is open ({@link ClockRule#ALREADY_SUSPENDED})
     */
    public CaseClock suspend(SuspensionKind kind, LocalDate start) {
        Objects.requireNonNull(kind, "kind");
        String detail = "suspension (" + kind.label() + ")";
        requireRunning(start, detail);
        for (Suspension s : suspensions) {
            if (s.isOpen() && s.kind() == kind) {
                throw new IllegalClockOperationException(ClockRule.ALREADY_SUSPENDED, start,
                        detail + " while the " + s + " is open");
            }
        }
        return withSuspensions(append(suspensions, Suspension.open(kind, start)));
    }

    /**
     * Adds a suspension known as a whole, closed or open (for example when replaying history).
     *
     * @throws IllegalClockOperationException as {@link #suspend(SuspensionKind, LocalDate)}
     */
    public CaseClock withSuspension(Suspension suspension) {
        Objects.requireNonNull(suspension, "suspension");
        CaseClock opened = suspend(suspension.kind(), suspension.start());
        return suspension.isOpen() ? opened : opened.resume(suspension.kind(), suspension.end());
    }

    /**
     * Ends the only open suspension: {@code end} is its last day not counted; counting resumes
     * the day after.
     *
     * @throws IllegalClockOperationException if no suspension is open ({@link ClockRule#RESUME_WITHOUT_SUSPENSION}),
     *                                        several are ({@link ClockRule#AMBIGUOUS_RESUME}), the end is before
     *                                        the suspension's start ({@link ClockRule#BEFORE_START}), or the case
     *                                        is completed
     */
    public CaseClock resume(LocalDate end) {
        requireRunning(end, "resume");
        List<Suspension> open = suspensions.stream().filter(Suspension::isOpen).toList();
        if (open.isEmpty()) {
            throw new IllegalClockOperationException(ClockRule.RESUME_WITHOUT_SUSPENSION, end, "resume");
        }
        if (open.size() > 1) {
            throw new IllegalClockOperationException(ClockRule.AMBIGUOUS_RESUME, end,
                    "resume with open suspensions " + open);
        }
        return resume(open.get(0).kind(), end);
    }

    /**
     * Ends the open suspension of the given kind: {@code end} is its last day not counted.
     *
     * @throws IllegalClockOperationException if no suspension of that kind is open
     *                                        ({@link ClockRule#RESUME_WITHOUT_SUSPENSION}), the end is before its
     *                                        start ({@link ClockRule#BEFORE_START}), or the case is completed
     */
    public CaseClock resume(SuspensionKind kind, LocalDate end) {
        Objects.requireNonNull(kind, "kind");
        String detail = "resume from " + kind.label();
        requireRunning(end, detail);
        List<Suspension> updated = new ArrayList<>(suspensions);
        for (int i = 0; i < updated.size(); i++) {
            Suspension s = updated.get(i);
            if (s.isOpen() && s.kind() == kind) {
                if (end.isBefore(s.start())) {
                    throw new IllegalClockOperationException(ClockRule.BEFORE_START, end,
                            detail + " that started on " + s.start());
                }
                updated.set(i, s.withEnd(end));
                return withSuspensions(updated);
            }
        }
        throw new IllegalClockOperationException(ClockRule.RESUME_WITHOUT_SUSPENSION, end, detail);
    }

    private CaseClock withSuspensions(List<Suspension> updated) {
        return with(mode, provisional, promisedLimit, corrections, updated,
                statutoryExtension, promisedExtension, steps, completedOn);
    }

    /**
     * Extends the statutory limit once (Art. 42): {@code extension.workingDays()} more working days.
     *
     * @throws IllegalClockOperationException for a second extension ({@link ClockRule#SECOND_EXTENSION}), one
     *                                        longer than the handling mode allows ({@link ClockRule#EXTENSION_TOO_LONG}),
     *                                        one granted after the statutory due date
     *                                        ({@link ClockRule#EXTENSION_AFTER_DUE}) or before acceptance, of a limit
     *                                        not in working days, or on a completed case
     * @throws DateOutOfCoverageException     if the current due date is not covered (unless provisional)
     */
    public CaseClock extend(Extension extension) {
        Objects.requireNonNull(extension, "extension");
        LocalDate granted = extension.grantedOn();
        String detail = "extension of " + extension.workingDays() + " working days";
        requireExtensible(extension, statutoryLimit, statutoryExtension, detail);
        LocalDate due = dueAsOf(acceptedOn, statutoryEffective, granted, newOracle());
        if (granted.isAfter(due)) {
            throw new IllegalClockOperationException(ClockRule.EXTENSION_AFTER_DUE, granted,
                    detail + " of the statutory limit due " + due);
        }
        return with(mode, provisional, promisedLimit, corrections, suspensions,
                extension, promisedExtension, steps, completedOn);
    }

    /**
     * Extends the promised limit once (with a leader's approval and notice to the applicant).
     *
     * @throws IllegalClockOperationException as {@link #extend(Extension)}, for the promised limit
     * @throws PromisedLimitExceedsStatutoryException if the extended promised due date would lie after the
     *                                                statutory due date
     */
    public CaseClock extendPromised(Extension extension) {
        Objects.requireNonNull(extension, "extension");
        LocalDate granted = extension.grantedOn();
        String detail = "extension of the promised limit by " + extension.workingDays() + " working days";
        requireExtensible(extension, promisedLimit, promisedExtension, detail);
        DayOracle oracle = newOracle();
        LocalDate due = dueAsOf(promisedStart, promisedEffective, granted, oracle);
        if (granted.isAfter(due)) {
            throw new IllegalClockOperationException(ClockRule.EXTENSION_AFTER_DUE, granted,
                    detail + " due " + due);
        }
        TimeLimit extended = effective(promisedLimit, extension);
        TimeLimit statutory = statutoryEffective;
        LocalDate promisedDue = dueAsOf(promisedStart, extended, granted, oracle);
        LocalDate statutoryDue = dueAsOf(acceptedOn, statutory, granted, oracle);
        if (promisedDue.isAfter(statutoryDue)) {
            throw new PromisedLimitExceedsStatutoryException(statutory, statutoryDue, extended, promisedDue);
        }
        return with(mode, provisional, promisedLimit, corrections, suspensions,
                statutoryExtension, extension, steps, completedOn);
    }

    private void requireExtensible(Extension extension, TimeLimit limit, Extension existing, String detail) {
        LocalDate granted = extension.grantedOn();
        requireRunning(granted, detail);
        if (existing != null) {
            throw new IllegalClockOperationException(ClockRule.SECOND_EXTENSION, granted,
                    detail + " (already extended by " + existing.workingDays() + " working days on "
                            + existing.grantedOn() + ")");
        }
        if (limit.unit() != TimeLimitUnit.WORKING_DAYS) {
            throw new IllegalClockOperationException(ClockRule.EXTENSION_OF_NON_WORKING_DAY_LIMIT, granted,
                    detail + " of a limit of " + limit);
        }
        if (extension.workingDays() > mode.maxExtensionDays()) {
            throw new IllegalClockOperationException(ClockRule.EXTENSION_TOO_LONG, granted,
                    detail + " (" + mode + " handling allows " + mode.maxExtensionDays() + ")");
        }
    }

    /**
     * Records that the applicant was asked for supplements (补正): the promised clock stops
     * until {@link #supplementsReceived(LocalDate)}.
     *
     * @throws IllegalClockOperationException if a correction is already open ({@link ClockRule#CORRECTION_STATE}),
     *                                        the date is before acceptance, or the case is completed
     */
    public CaseClock correctionRequested(LocalDate date) {
        requireRunning(date, "correction request");
        if (correctionRequestedOn != null) {
            throw new IllegalClockOperationException(ClockRule.CORRECTION_STATE, date,
                    "correction request (one is open since " + correctionRequestedOn + ")");
        }
        return with(mode, provisional, promisedLimit, append(corrections, new Correction(true, date)), suspensions,
                statutoryExtension, promisedExtension, steps, completedOn);
    }

    /**
     * Records that the supplements arrived: the promised clock restarts, counting from the day
     * after {@code date}. The statutory clock is not affected.
     *
     * @throws IllegalClockOperationException if the date is before acceptance or before the correction request
     *                                        ({@link ClockRule#BEFORE_START}), or the case is completed
     */
    public CaseClock supplementsReceived(LocalDate date) {
        requireRunning(date, "supplements received");
        if (correctionRequestedOn != null && date.isBefore(correctionRequestedOn)) {
            throw new IllegalClockOperationException(ClockRule.BEFORE_START, date,
                    "supplements received before the correction request of " + correctionRequestedOn);
        }
        return with(mode, provisional, promisedLimit, append(corrections, new Correction(false, date)), suspensions,
                statutoryExtension, promisedExtension, steps, completedOn);
    }

    /**
     * Starts a step (环节) with its own limit, counted from the day after {@code start}.
     *
     * @throws IllegalClockOperationException if a step of that name is running ({@link ClockRule#STEP_ALREADY_RUNNING}),
     *                                        the start is before acceptance, or the case is completed
     * @throws IllegalArgumentException       if the name is blank
     */
    public CaseClock startStep(String name, LocalDate start, TimeLimit limit) {
        CaseStep step = new CaseStep(name, start, limit, null);
        requireRunning(start, "start of step '" + name + "'");
        if (findRunningStep(name).isPresent()) {
            throw new IllegalClockOperationException(ClockRule.STEP_ALREADY_RUNNING, start,
                    "start of step '" + name + "'");
        }
        return with(mode, provisional, promisedLimit, corrections, suspensions,
                statutoryExtension, promisedExtension, append(steps, step), completedOn);
    }

    /**
     * Completes the running step of that name on {@code date}.
     *
     * @throws IllegalClockOperationException if no step of that name is running ({@link ClockRule#STEP_NOT_RUNNING}),
     *                                        the date is before the step started ({@link ClockRule#BEFORE_START}),
     *                                        or the case is completed
     */
    public CaseClock completeStep(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        String detail = "completion of step '" + name + "'";
        requireRunning(date, detail);
        CaseStep step = findRunningStep(name).orElseThrow(
                () -> new IllegalClockOperationException(ClockRule.STEP_NOT_RUNNING, date, detail));
        if (date.isBefore(step.start())) {
            throw new IllegalClockOperationException(ClockRule.BEFORE_START, date,
                    detail + " that started on " + step.start());
        }
        List<CaseStep> updated = new ArrayList<>(steps);
        updated.set(steps.indexOf(step), new CaseStep(step.name(), step.start(), step.limit(), date));
        return with(mode, provisional, promisedLimit, corrections, suspensions,
                statutoryExtension, promisedExtension, updated, completedOn);
    }

    /**
     * Completes the case (办结) on {@code date}: the clock stops. Open suspensions end and running
     * steps complete on that date; a promised clock waiting for supplements stays stopped at the request.
     *
     * @throws IllegalClockOperationException if the case is already completed or the date is before acceptance
     *                                        or before the start of an open suspension or running step
     */
    public CaseClock complete(LocalDate date) {
        requireRunning(date, "completion");
        List<Suspension> closed = new ArrayList<>();
        for (Suspension s : suspensions) {
            if (s.isOpen() && date.isBefore(s.start())) {
                throw new IllegalClockOperationException(ClockRule.BEFORE_START, date,
                        "completion during the " + s);
            }
            closed.add(s.isOpen() ? s.withEnd(date) : s);
        }
        List<CaseStep> done = new ArrayList<>();
        for (CaseStep step : steps) {
            if (step.isRunning() && date.isBefore(step.start())) {
                throw new IllegalClockOperationException(ClockRule.BEFORE_START, date,
                        "completion while step '" + step.name() + "' started on " + step.start());
            }
            done.add(step.isRunning() ? new CaseStep(step.name(), step.start(), step.limit(), date) : step);
        }
        return with(mode, provisional, promisedLimit, corrections, closed,
                statutoryExtension, promisedExtension, done, date);
    }

    private Optional<CaseStep> findRunningStep(String name) {
        return steps.stream().filter(s -> s.isRunning() && s.name().equals(name)).findFirst();
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    // ------------------------------------------------------------------ queries

    /** The calendar the clock counts with. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Whether the clock answers uncovered years provisionally (see {@link #withProvisionalDates()}). */
    public boolean isProvisionalAllowed() {
        return provisional;
    }

    /** The handling mode, {@link HandlingMode#ORDINARY} unless set. */
    public HandlingMode handlingMode() {
        return mode;
    }

    /** The acceptance date (not counted). */
    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    /** The statutory limit, without extension. */
    public TimeLimit statutoryLimit() {
        return statutoryLimit;
    }

    /** The promised limit, without extension. */
    public TimeLimit promisedLimit() {
        return promisedLimit;
    }

    /** The day the promised clock counts from: acceptance, or the last day supplements arrived. */
    public LocalDate promisedStart() {
        return promisedStart;
    }

    /** Every suspension, open or closed, in the order they were recorded. */
    public List<Suspension> suspensions() {
        return suspensions;
    }

    /** Whether a suspension is open. */
    public boolean isSuspended() {
        return anyOpen;
    }

    /** Whether the promised clock waits for supplements. */
    public boolean isAwaitingSupplements() {
        return correctionRequestedOn != null && completedOn == null;
    }

    /** The extension of the statutory limit, if granted. */
    public Optional<Extension> statutoryExtension() {
        return Optional.ofNullable(statutoryExtension);
    }

    /** The extension of the promised limit, if granted. */
    public Optional<Extension> promisedExtension() {
        return Optional.ofNullable(promisedExtension);
    }

    /** The steps, in the order they started. */
    public List<CaseStep> steps() {
        return steps;
    }

    /** The completion date, empty while the case runs. */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    /**
     * The statutory due date, including any extension and skipping suspended days; empty while a
     * suspension is open (the due date is not known until it ends).
     *
     * @throws DateOutOfCoverageException if the answer needs a date the calendar does not cover
     *                                    (unless {@link #withProvisionalDates()})
     */
    public Optional<LocalDate> statutoryDue() {
        return anyOpen ? Optional.empty() : Optional.of(dueAsOf(acceptedOn, statutoryEffective, acceptedOn));
    }

    /**
     * The promised due date, including any extension and skipping suspended days; empty while a
     * suspension is open or the clock waits for supplements.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public Optional<LocalDate> promisedDue() {
        return isSuspended() || isAwaitingSupplements() ? Optional.empty() : Optional.of(promisedDueAsOf(acceptedOn));
    }

    /**
     * The statutory due date with every event this clock knows, open suspensions taken to end on
     * {@code asOf} (or on their start day, if later). Events dated after {@code asOf} still count:
     * for the due date as known on a past date use {@code asOf(date).statutoryDueAsOf(date)}.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public LocalDate statutoryDueAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return dueAsOf(acceptedOn, statutoryEffective, asOf);
    }

    /**
     * The promised due date with every event this clock knows, open suspensions taken to end on
     * {@code asOf} (or on their start day, if later); while the clock waits for supplements, the
     * due date before the correction. As {@link #statutoryDueAsOf(LocalDate)}, events dated after
     * {@code asOf} still count.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public LocalDate promisedDueAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return dueAsOf(promisedStart, promisedEffective, asOf);
    }

    /**
     * This clock as it stood at the end of day {@code on} (当日状态): only the events dated on or
     * before {@code on} are kept, so the answer on {@code on} never depends on what happened later.
     * <ul>
     *   <li>A suspension that starts after {@code on} is dropped; one that starts on or before
     *       {@code on} and ends after it is open (its end was not known yet).</li>
     *   <li>An extension (statutory or promised) granted after {@code on} is dropped.</li>
     *   <li>Correction requests and receipts of supplements dated after {@code on} are dropped: a
     *       request made on or before {@code on} whose supplements arrived later is still
     *       waiting, and the promised clock counts from the last receipt on or before {@code on}.</li>
     *   <li>A step that starts after {@code on} is dropped; one completed after {@code on} is running.</li>
     *   <li>A completion dated after {@code on} is dropped: the case was running, with the
     *       suspensions and steps the completion closed still open or running.</li>
     *   <li>A completion dated on or before {@code on} stops the clock as {@link #complete} does:
     *       events recorded with a date after the completion are dropped, and a suspension or step
     *       still open at the completion ends on the completion date.</li>
     * </ul>
     * The calendar, the limits, the handling mode and {@link #withProvisionalDates()} are kept.
     * If no event is dated after {@code on} (nor after the completion), the answer is this clock
     * itself. The view is a normal clock: it takes events and answers queries like any other.
     *
     * @param on the last day whose events are kept
     * @return the clock without the events dated after {@code on}
     */
    public CaseClock asOf(LocalDate on) {
        Objects.requireNonNull(on, "on");
        boolean completed = completedOn != null && !completedOn.isAfter(on);
        LocalDate cut = completed ? completedOn : on;
        if (!cut.isBefore(lastEventOn)) {
            return this;
        }
        List<Suspension> knownSuspensions = new ArrayList<>(suspensions.size());
        for (Suspension s : suspensions) {
            if (!s.start().isAfter(cut)) {
                boolean endKnown = !s.isOpen() && !s.end().isAfter(cut);
                knownSuspensions.add(endKnown ? s
                        : completed ? Suspension.of(s.kind(), s.start(), cut) : Suspension.open(s.kind(), s.start()));
            }
        }
        List<Correction> knownCorrections = new ArrayList<>(corrections.size());
        for (Correction c : corrections) {
            if (!c.date().isAfter(cut)) {
                knownCorrections.add(c);
            }
        }
        List<CaseStep> knownSteps = new ArrayList<>(steps.size());
        for (CaseStep step : steps) {
            if (!step.start().isAfter(cut)) {
                boolean endKnown = !step.isRunning() && !step.completedOn().isAfter(cut);
                knownSteps.add(endKnown ? step
                        : new CaseStep(step.name(), step.start(), step.limit(), completed ? cut : null));
            }
        }
        return new CaseClock(calendar, provisional, mode, acceptedOn, statutoryLimit, promisedLimit, knownCorrections,
                knownSuspensions, grantedBy(statutoryExtension, cut), grantedBy(promisedExtension, cut), knownSteps,
                completed ? completedOn : null);
    }

    private static Extension grantedBy(Extension extension, LocalDate on) {
        return extension != null && !extension.grantedOn().isAfter(on) ? extension : null;
    }

    /**
     * The status on {@code on} of the clock as it stood that day ({@link #asOf(LocalDate) asOf(on)}):
     * for the statutory and promised limits and every step started by then, the days elapsed and
     * remaining, the due date, whether it is overdue and the warning level under {@code policy}.
     * Events dated after {@code on} are not taken into account: adding them to the clock never
     * changes this answer. A suspension open on {@code on} is taken to end on {@code on}
     * (counting would resume the next day). After completion the status is frozen at the
     * completion date.
     *
     * <p>While the case runs, the days elapsed never decrease as {@code on} moves forward, and
     * warning levels never decrease between two dates unless an extension was granted or
     * supplements arrived (restarting the promised clock) in between.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public ClockStatus status(LocalDate on, WarningPolicy policy) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(policy, "policy");
        return asOf(on).statusOfKnownEvents(on, policy);
    }

    /** The status on {@code on}, with every event this clock knows (the caller removed later ones). */
    private ClockStatus statusOfKnownEvents(LocalDate on, WarningPolicy policy) {
        LocalDate asOf = completedOn != null && completedOn.isBefore(on) ? completedOn : on;
        DayOracle oracle = newOracle();
        Pauses pauses = pausesAsOf(asOf);
        LimitStatus statutory = limitStatus(oracle, pauses, acceptedOn,
                statutoryEffective, asOf, policy);
        LocalDate promisedAsOf = correctionRequestedOn != null && correctionRequestedOn.isBefore(asOf)
                ? correctionRequestedOn : asOf;
        LimitStatus promised = limitStatus(oracle, pauses, promisedStart,
                promisedEffective, promisedAsOf, policy);
        List<StepStatus> stepStatuses = new ArrayList<>(steps.size());
        for (CaseStep step : steps) {
            LocalDate stepAsOf = step.completedOn() != null && step.completedOn().isBefore(asOf)
                    ? step.completedOn() : asOf;
            stepStatuses.add(new StepStatus(step, limitStatus(oracle, pauses, step.start(), step.limit(), stepAsOf,
                    policy)));
        }
        boolean suspendedOn = completedOn == null && suspensions.stream().anyMatch(s -> s.covers(on));
        return new ClockStatus(on, statutory, promised, stepStatuses, suspendedOn,
                correctionRequestedOn != null && !on.isBefore(correctionRequestedOn)
                        && (completedOn == null || on.isBefore(completedOn)),
                Optional.ofNullable(completedOn), oracle.provisionalYears());
    }

    /**
     * The day-by-day explanation of the statutory due date, with open suspensions taken to end on {@code asOf}.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public DeadlineExplanation explainStatutory(LocalDate asOf) {
        return explain(acceptedOn, statutoryEffective, asOf);
    }

    /**
     * The day-by-day explanation of the promised due date, with open suspensions taken to end on {@code asOf}.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public DeadlineExplanation explainPromised(LocalDate asOf) {
        return explain(promisedStart, promisedEffective, asOf);
    }

    private DeadlineExplanation explain(LocalDate start, TimeLimit limit, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        DayOracle oracle = newOracle();
        Pauses pauses = pausesAsOf(asOf);
        LocalDate due = DeadlineMath.due(oracle, start, limit.unit(), limit.amount(), pauses);
        List<ExplainedDay> days = DeadlineMath.explain(oracle, start, limit.unit(), limit.amount(), due, pauses);
        return new DeadlineExplanation(start, limit, due, days, oracle.provisionalYears());
    }

    private LimitStatus limitStatus(DayOracle oracle, Pauses pauses, LocalDate start, TimeLimit limit, LocalDate asOf,
                                    WarningPolicy policy) {
        LocalDate due = DeadlineMath.due(oracle, start, limit.unit(), limit.amount(), pauses);
        int elapsed = DeadlineMath.counted(oracle, limit.unit(), start, asOf, pauses);
        boolean overdue = asOf.isAfter(due);
        int overdueDays = overdue ? DeadlineMath.counted(oracle, countingUnit(limit), due, asOf, pauses) : 0;
        int remaining = Math.max(0, limit.amount() - elapsed);
        return new LimitStatus(limit, start, due, elapsed, remaining, overdue, overdueDays,
                policy.levelFor(limit.amount(), elapsed, overdue, overdueDays));
    }

    private static TimeLimitUnit countingUnit(TimeLimit limit) {
        return limit.isOnTheSpot() ? TimeLimitUnit.WORKING_DAYS : limit.unit();
    }

    private LocalDate dueAsOf(LocalDate start, TimeLimit limit, LocalDate asOf) {
        if (pauseCounts != null && start == acceptedOn && limit.unit() == TimeLimitUnit.WORKING_DAYS
                && limit.amount() > 0) {
            // all suspensions closed: integer arithmetic on the precomputed counts and one shift
            LocalDate due = RankedPauses.due(calendar, acceptedOn, pauseCounts, limit.amount());
            if (due != null) {
                return due;
            }
        }
        return dueAsOf(start, limit, asOf, newOracle());
    }

    private LocalDate dueAsOf(LocalDate start, TimeLimit limit, LocalDate asOf, DayOracle oracle) {
        return DeadlineMath.due(oracle, start, limit.unit(), limit.amount(), pausesAsOf(asOf));
    }

    private Pauses pausesAsOf(LocalDate asOf) {
        return closedPauses != null ? closedPauses : Pauses.of(suspensions, asOf);
    }

    private DayOracle newOracle() {
        return provisional ? DayOracle.provisional(calendar) : strictOracle;
    }

    private static TimeLimit effective(TimeLimit limit, Extension extension) {
        return extension == null ? limit : TimeLimit.workingDays(limit.amount() + extension.workingDays());
    }

    /** A summary such as {@code "CaseClock[accepted 2025-09-19, statutory 20 working days, promised 10 working days]"}. */
    @Override
    public String toString() {
        return "CaseClock[accepted " + acceptedOn + ", statutory " + statutoryEffective
                + ", promised " + promisedEffective
                + (promisedStart.equals(acceptedOn) ? "" : " from " + promisedStart)
                + (suspensions.isEmpty() ? "" : ", suspensions " + suspensions)
                + (steps.isEmpty() ? "" : ", steps " + steps.stream().map(CaseStep::name).toList())
                + (completedOn == null ? "" : ", completed " + completedOn) + "]";
    }
}
