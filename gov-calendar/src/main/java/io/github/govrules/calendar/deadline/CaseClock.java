package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.internal.DayOracle;
import io.github.govrules.calendar.deadline.internal.DeadlineMath;
import io.github.govrules.calendar.deadline.internal.Pauses;
import io.github.govrules.calendar.deadline.internal.RankedPauses;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

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
 *   <li>Corrections (补正): after {@link #correctionRequested} the promised clock waits (the
 *       request day is still counted); after {@link #supplementsReceived} it restarts, counting
 *       from the day after the supplements arrived. The statutory clock is not affected. After a
 *       restart the promised due date may lie after the statutory one; the statutory date governs
 *       legality. While the promised clock waits, and after a completion while it waited, its due
 *       date is not known, as during an open suspension: {@link #promisedDue()} is empty, and
 *       {@link #promisedDueAsOf(LocalDate)} and a {@linkplain #status status} project it as if
 *       counting resumed the day after the given day (the status date, or the completion date): the
 *       days left at the request counted from then, or that day itself when none are left. A limit
 *       that had already run out before the request keeps its due date and stays overdue. So
 *       {@link LimitStatus#overdue()} is always whether the status (or completion) date is after
 *       {@link LimitStatus#due()}.</li>
 *   <li>Steps (环节) carry their own limits and warnings.</li>
 *   <li>The promised limit never exceeds the statutory one: {@link #start} refuses it with
 *       {@link PromisedLimitExceedsStatutoryException}; an extension of the promised limit that would
 *       end after the statutory due date (with the events dated up to its grant, a correction's
 *       restart included) is refused like any other event, with
 *       {@link ClockRule#PROMISED_EXTENSION_BEYOND_STATUTORY} and the grant's date. That comparison
 *       assumes the provisional days (statutory holidays, else weekends only) for years the calendar does not cover, as {@link #start} does.</li>
 * </ul>
 *
 * <h2>Coverage</h2>
 * By default every date the answer depends on must be covered by the calendar, otherwise the
 * query throws the calendar's {@link DateOutOfCoverageException}, which names the covered
 * range. {@link #withProvisionalDates()} opts in to answers provisionally for uncovered
 * years (for a regional overlay, by its base calendar's data where the base has it, as
 * {@link io.github.govrules.calendar.ProvisionalCalendar} does), in the queries whose result
 * says so: {@link #statutoryDueAnswer()} and {@link #promisedDueAnswer()} (a
 * {@link CalendarAnswer} naming the years guessed), {@link #status(LocalDate, WarningPolicy) status}
 * ({@link ClockStatus#provisionalYears()}) and the explanations
 * ({@link DeadlineExplanation#provisionalYears()}). The queries that return a plain
 * {@link LocalDate} ({@link #statutoryDue()}, {@link #statutoryDueAsOf(LocalDate)} and their
 * promised forms) are exact on every clock: they throw {@link DateOutOfCoverageException} when
 * the date depends on an uncovered year, provisional clock or not, never returning a guess
 * unmarked.
 *
 * <h2>Contract</h2>
 * Instances are immutable and thread-safe: every event returns a new clock and leaves this one
 * unchanged; a refused event throws {@link IllegalClockOperationException} naming the date and
 * the {@link ClockRule}. Events need not arrive in date order, but none may be dated before
 * acceptance.
 *
 * <h2>Order of events</h2>
 * The clock depends only on the events it has recorded and their dates, never on the order in
 * which they were recorded: it is the replay of its events in date order, and each rule is
 * checked on that replay, against the clock as it stood on the event's date. A new event is
 * accepted when the replay of all events, the new one included, breaks no rule; otherwise the
 * first event in the replay that breaks one is refused, with that event's date and rule, which
 * may be an event recorded earlier (a completion recorded now refuses an extension dated after
 * it). So any recording order of the same events gives the same clock, and a set of events that
 * breaks a rule is refused with the same rule and date whatever order it came in. Every refusal
 * is an {@link IllegalClockOperationException}; recording never needs dates the calendar does not
 * cover, except to judge an extension granted on a day after its data (whether a grant is in time
 * is decided from the days before it, so a later due date may lie outside the data: the queries,
 * not the recording, then throw {@link DateOutOfCoverageException}). Orders in
 * which an intermediate set already breaks a rule are refused at that point: supplements (a
 * receipt needs a request before it) cannot be recorded before their correction request,
 * although both can be recorded after, or before, any suspension, extension or completion.
 *
 * <p>Events of one day are replayed in this order:
 * <ol>
 *   <li>suspensions and resumes, kind by kind; then correction requests and receipts of
 *       supplements; then starts and completions of steps, name by name. Within each of these,
 *       ends and starts alternate, an end first if one is open at the start of the day: so a
 *       one-day suspension ({@code suspend} and {@code resume} on the same day) and a resume
 *       followed by a new suspension of the same kind on the same day are both possible;</li>
 *   <li>the extension of the statutory limit, then that of the promised limit, checked against
 *       the due dates after the day's suspensions and corrections;</li>
 *   <li>the completion, last: events dated on the completion day are part of the case.</li>
 * </ol>
 * The one method that depends on what was recorded before it is {@link #resume(LocalDate)}
 * without a kind, which picks the suspension among those recorded as open so far.
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
    /** The events recorded. The clock depends only on which events they are, not on their order ({@link Replay}). */
    private final List<Event> events;
    // derived from the events, replayed in date order
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
    /** The closed pauses as working-day counts from acceptance ({@link RankedPauses}); null if open or uncovered. */
    private final int[] pauseCounts;

    /**
     * A clock of the given events.
     *
     * @param validate whether to check every rule on the replay (false only for events known to be valid,
     *                 such as a date-ordered prefix of a valid clock's events)
     */
    private CaseClock(WorkingDayCalendar calendar, boolean provisional, HandlingMode mode, LocalDate acceptedOn,
                      TimeLimit statutoryLimit, TimeLimit promisedLimit, List<Event> events, boolean validate) {
        this.calendar = calendar;
        this.provisional = provisional;
        this.mode = mode;
        this.acceptedOn = acceptedOn;
        this.statutoryLimit = statutoryLimit;
        this.promisedLimit = promisedLimit;
        this.events = List.copyOf(events);
        Replay replay = new Replay(calendar, mode, acceptedOn, statutoryLimit, promisedLimit,
                validate ? (provisional ? DayOracle.provisional(calendar) : DayOracle.strict(calendar)) : null);
        replay.run(this.events);
        this.promisedStart = replay.promisedStart;
        this.correctionRequestedOn = replay.openRequest;
        this.suspensions = List.copyOf(replay.suspensions);
        this.statutoryExtension = replay.statutoryExtension;
        this.promisedExtension = replay.promisedExtension;
        this.steps = List.copyOf(replay.steps);
        this.completedOn = replay.completedOn;
        boolean open = false;
        for (Suspension s : this.suspensions) {
            open |= s.isOpen();
        }
        this.anyOpen = open;
        this.closedPauses = open ? null : Pauses.of(this.suspensions, acceptedOn);
        this.statutoryEffective = effective(statutoryLimit, statutoryExtension);
        this.promisedEffective = effective(promisedLimit, promisedExtension);
        this.strictOracle = DayOracle.strict(calendar);
        this.pauseCounts = open ? null : RankedPauses.counts(calendar, acceptedOn, closedPauses);
        LocalDate last = acceptedOn;
        for (Event e : this.events) {
            last = later(last, e.lastDate());
        }
        this.lastEventOn = last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    // ------------------------------------------------------------------ recorded events

    /** An event as recorded: the clock is the replay of its events in date order. */
    private sealed interface Event permits SuspensionStart, SuspensionEnd, SuspensionPeriod, PeriodEnd,
            CorrectionRequest, SupplementsReceipt, StepStart, StepEnd, Grant, Completion {
        /** The day the event is replayed on. */
        LocalDate date();

        /** The last date the event names. */
        default LocalDate lastDate() {
            return date();
        }
    }

    private record SuspensionStart(SuspensionKind kind, LocalDate date) implements Event {
    }

    private record SuspensionEnd(SuspensionKind kind, LocalDate date) implements Event {
    }

    /**
     * A suspension recorded whole ({@link #withSuspension} of a closed one). It pairs with no
     * {@code suspend} or {@code resume}, so it may overlap any other suspension. It is open only in
     * an {@link #asOf} view whose day is before its end.
     */
    private record SuspensionPeriod(Suspension suspension) implements Event {
        @Override
        public LocalDate date() {
            return suspension.start();
        }

        @Override
        public LocalDate lastDate() {
            return suspension.isOpen() ? suspension.start() : suspension.end();
        }
    }

    /** The last day of a {@link SuspensionPeriod}, replayed on that day (never recorded itself). */
    private record PeriodEnd(Suspension suspension) implements Event {
        @Override
        public LocalDate date() {
            return suspension.end();
        }
    }

    private record CorrectionRequest(LocalDate date) implements Event {
    }

    private record SupplementsReceipt(LocalDate date) implements Event {
    }

    private record StepStart(CaseStep step) implements Event {
        @Override
        public LocalDate date() {
            return step.start();
        }
    }

    private record StepEnd(String name, LocalDate date) implements Event {
    }

    /** An extension granted, of the promised limit or (if not {@code promised}) of the statutory one. */
    private record Grant(boolean promised, Extension extension) implements Event {
        @Override
        public LocalDate date() {
            return extension.grantedOn();
        }
    }

    private record Completion(LocalDate date) implements Event {
    }

    private static final Comparator<CaseStep> STEPS_BY_LIMIT = Comparator
            .comparing((CaseStep s) -> s.limit().unit()).thenComparingInt(s -> s.limit().amount());
    private static final Comparator<Extension> EXTENSIONS = Comparator.comparingInt(Extension::workingDays)
            .thenComparing(Extension::approver).thenComparing(Extension::reason);
    private static final Comparator<Event> BY_DATE = Comparator.comparing(Event::date);
    private static final Comparator<Suspension> PERIODS_BY_END = Comparator.comparing(Suspension::end,
            Comparator.nullsLast(Comparator.naturalOrder()));
    /** {@link SuspensionKind#values()}, cloned once: read only, never handed out. */
    private static final SuspensionKind[] KINDS = SuspensionKind.values();

    /**
     * The date-ordered replay of a clock's events (the class Javadoc, "Order of events"): it
     * checks each event against the clock as it stood on the event's date and collects the
     * clock's state. The first event that breaks a rule, in that order, is refused; so the result,
     * and the refusal, depend only on which events there are. Used once, by one thread.
     */
    private static final class Replay {
        private final HandlingMode mode;
        private final LocalDate acceptedOn;
        private final TimeLimit statutoryLimit;
        private final TimeLimit promisedLimit;
        /** Counts the due dates an extension is checked against; null when the events are known to be valid. */
        private final DayOracle oracle;
        /** For the provisional comparison of a promised extension with the statutory due date. */
        private final WorkingDayCalendar calendar;
        private List<Event> all = List.of();
        final List<Suspension> suspensions = new ArrayList<>();
        private final Map<SuspensionKind, Integer> openSuspensions = new EnumMap<>(SuspensionKind.class);
        /** Whole suspensions cut open by {@link #asOf}: a resume of their kind ends them if nothing else is open. */
        private final Map<SuspensionKind, Integer> openPeriods = new EnumMap<>(SuspensionKind.class);
        LocalDate promisedStart;
        LocalDate openRequest;
        private boolean received;
        final List<CaseStep> steps = new ArrayList<>();
        private final Map<String, Integer> runningSteps = new HashMap<>();
        Extension statutoryExtension;
        Extension promisedExtension;
        LocalDate completedOn;

        Replay(WorkingDayCalendar calendar, HandlingMode mode, LocalDate acceptedOn, TimeLimit statutoryLimit,
               TimeLimit promisedLimit, DayOracle oracle) {
            this.calendar = calendar;
            this.mode = mode;
            this.acceptedOn = acceptedOn;
            this.statutoryLimit = statutoryLimit;
            this.promisedLimit = promisedLimit;
            this.oracle = oracle;
            this.promisedStart = acceptedOn;
        }

        void run(List<Event> events) {
            all = events;
            int n = events.size();
            int periodEnds = 0;
            for (int i = 0; i < n; i++) {
                periodEnds += events.get(i) instanceof SuspensionPeriod p && spansDays(p.suspension()) ? 1 : 0;
            }
            // one array, sorted stably by date: within a day, events keep their recorded order, each
            // period's end right after the period (as the per-day lists of the first version had them)
            Event[] byDate = new Event[n + periodEnds];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Event e = events.get(i);
                byDate[k++] = e;
                if (e instanceof SuspensionPeriod p && spansDays(p.suspension())) {
                    byDate[k++] = new PeriodEnd(p.suspension());
                }
            }
            Arrays.sort(byDate, BY_DATE);
            for (int from = 0; from < byDate.length; ) {
                LocalDate d = byDate[from].date();
                int to = from + 1;
                while (to < byDate.length && byDate[to].date().equals(d)) {
                    to++;
                }
                replayDay(d, byDate, from, to);
                from = to;
            }
        }

        private static boolean spansDays(Suspension s) {
            return !s.isOpen() && s.end().isAfter(s.start());
        }

        /**
         * The events {@code day[from, to)} of day {@code d}, in the documented same-day order. Lists,
         * maps and detail strings are built only for what the day has (and detail strings only to throw):
         * {@link #asOf} and {@link #status(LocalDate, WarningPolicy) status(on)} replay every day.
         */
        private void replayDay(LocalDate d, Event[] day, int from, int to) {
            boolean suspensionEvents = false;
            int requests = 0;
            int receipts = 0;
            int stepEvents = 0;
            boolean grants = false;
            int completions = 0;
            for (int i = from; i < to; i++) {
                Event e = day[i];
                if (e instanceof SuspensionStart || e instanceof SuspensionEnd || e instanceof SuspensionPeriod
                        || e instanceof PeriodEnd) {
                    suspensionEvents = true;
                } else if (e instanceof CorrectionRequest) {
                    requests++;
                } else if (e instanceof SupplementsReceipt) {
                    receipts++;
                } else if (e instanceof StepStart || e instanceof StepEnd) {
                    stepEvents++;
                } else if (e instanceof Grant) {
                    grants = true;
                } else {
                    completions++;
                }
            }
            if (suspensionEvents) {
                for (SuspensionKind kind : KINDS) {
                    suspensionsOn(d, kind, day, from, to);
                }
            }
            if (requests + receipts > 0) {
                correctionsOn(d, requests, receipts);
            }
            if (stepEvents > 0) {
                stepsOn(d, day, from, to, stepEvents);
            }
            if (grants) {
                grantsOn(d, day, from, to, false);
                grantsOn(d, day, from, to, true);
            }
            for (int i = 0; i < completions; i++) {
                complete(d);
            }
        }

        /** The suspension events of one kind on day {@code d}. */
        private void suspensionsOn(LocalDate d, SuspensionKind kind, Event[] day, int from, int to) {
            int starts = 0;
            int ends = 0;
            int periods = 0;
            for (int i = from; i < to; i++) {
                Event e = day[i];
                starts += e instanceof SuspensionStart s && s.kind() == kind ? 1 : 0;
                ends += e instanceof SuspensionEnd s && s.kind() == kind ? 1 : 0;
                periods += e instanceof SuspensionPeriod p && p.suspension().kind() == kind ? 1 : 0;
            }
            if (starts + ends > 0) {
                startsAndEndsOn(d, kind, starts, ends);
            }
            List<Suspension> whole = periods == 0 ? null : new ArrayList<>(periods);
            for (int i = from; i < to; i++) {
                Event e = day[i];
                if (e instanceof SuspensionPeriod p && p.suspension().kind() == kind) {
                    whole.add(p.suspension());
                } else if (e instanceof PeriodEnd p && p.suspension().kind() == kind && !running(d)) {
                    throw notRunning(d, "end of the " + p.suspension());
                }
            }
            if (whole == null) {
                return;
            }
            if (periods > 1) {
                whole.sort(PERIODS_BY_END);
            }
            for (Suspension period : whole) {
                if (!running(d)) {
                    throw notRunning(d, "suspension " + period);
                }
                if (period.isOpen()) {
                    openPeriods.putIfAbsent(kind, suspensions.size());
                }
                suspensions.add(period);
            }
        }

        private static String suspendDetail(SuspensionKind kind) {
            return "suspension (" + kind.label() + ")";
        }

        private static String resumeDetail(SuspensionKind kind) {
            return "resume from " + kind.label();
        }

        /** On one day, ends and starts of suspensions of one kind alternate, an end first if one is open. */
        private void startsAndEndsOn(LocalDate d, SuspensionKind kind, int starts, int ends) {
            while (starts + ends > 0) {
                Integer open = openSuspensions.get(kind);
                if (open != null && ends > 0) {
                    ends--;
                    requireRunning(d, kind, false);
                    suspensions.set(open, suspensions.get(open).withEnd(d));
                    openSuspensions.remove(kind);
                } else if (open == null && starts > 0) {
                    starts--;
                    requireRunning(d, kind, true);
                    openSuspensions.put(kind, suspensions.size());
                    suspensions.add(Suspension.open(kind, d));
                } else if (open != null) {
                    requireRunning(d, kind, true);
                    throw new IllegalClockOperationException(ClockRule.ALREADY_SUSPENDED, d,
                            suspendDetail(kind) + " while the " + suspensions.get(open) + " is open");
                } else if (openPeriods.containsKey(kind)) {
                    ends--;
                    requireRunning(d, kind, false);
                    int period = openPeriods.remove(kind);
                    suspensions.set(period, suspensions.get(period).withEnd(d));
                } else {
                    requireRunning(d, kind, false);
                    LocalDate next = nextAfter(d, e -> e instanceof SuspensionStart s && s.kind() == kind);
                    if (next != null) {
                        throw new IllegalClockOperationException(ClockRule.BEFORE_START, d,
                                resumeDetail(kind) + " that starts on " + next);
                    }
                    throw new IllegalClockOperationException(ClockRule.RESUME_WITHOUT_SUSPENSION, d,
                            resumeDetail(kind));
                }
            }
        }

        private void requireRunning(LocalDate d, SuspensionKind kind, boolean suspend) {
            if (!running(d)) {
                throw notRunning(d, suspend ? suspendDetail(kind) : resumeDetail(kind));
            }
        }

        /** On one day, receipts of supplements and correction requests alternate, a receipt first if a request is open. */
        private void correctionsOn(LocalDate d, int requests, int receipts) {
            String request = "correction request";
            String receipt = "supplements received";
            while (requests + receipts > 0) {
                if (openRequest != null && receipts > 0) {
                    receipts--;
                    requireRunning(d, receipt);
                    received = true;
                    promisedStart = d;
                    openRequest = null;
                } else if (openRequest == null && requests > 0) {
                    requests--;
                    requireRunning(d, request);
                    openRequest = d;
                } else if (openRequest != null) {
                    requireRunning(d, request);
                    throw new IllegalClockOperationException(ClockRule.CORRECTION_STATE, d,
                            request + " (one is open since " + openRequest + ")");
                } else {
                    requireRunning(d, receipt);
                    LocalDate next = nextAfter(d, e -> e instanceof CorrectionRequest);
                    if (next != null) {
                        throw new IllegalClockOperationException(ClockRule.BEFORE_START, d,
                                receipt + " before the correction request of " + next);
                    }
                    throw new IllegalClockOperationException(ClockRule.CORRECTION_STATE, d, receipt
                            + " with no correction request open (" + (received
                            ? "the last supplements arrived on " + promisedStart : "none was made since acceptance")
                            + ")");
                }
            }
        }

        /** The {@code count} step events of day {@code d}, name by name. */
        private void stepsOn(LocalDate d, Event[] day, int from, int to, int count) {
            if (count == 1) {
                // the usual day: one start or one completion, no maps
                for (int i = from; i < to; i++) {
                    if (day[i] instanceof StepStart s) {
                        stepsOn(d, s.step().name(), List.of(s.step()), 0);
                    } else if (day[i] instanceof StepEnd s) {
                        stepsOn(d, s.name(), List.of(), 1);
                    }
                }
                return;
            }
            TreeMap<String, List<CaseStep>> stepStarts = new TreeMap<>();
            Map<String, Integer> stepEnds = new HashMap<>();
            for (int i = from; i < to; i++) {
                Event e = day[i];
                if (e instanceof StepStart s) {
                    stepStarts.computeIfAbsent(s.step().name(), n -> new ArrayList<>()).add(s.step());
                } else if (e instanceof StepEnd s) {
                    stepStarts.computeIfAbsent(s.name(), n -> new ArrayList<>());
                    stepEnds.merge(s.name(), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, List<CaseStep>> name : stepStarts.entrySet()) {
                List<CaseStep> starting = name.getValue();
                starting.sort(STEPS_BY_LIMIT);
                stepsOn(d, name.getKey(), starting, stepEnds.getOrDefault(name.getKey(), 0));
            }
        }

        private static String stepStartDetail(String name) {
            return "start of step '" + name + "'";
        }

        private static String stepCompletionDetail(String name) {
            return "completion of step '" + name + "'";
        }

        /** On one day, completions and starts of steps of one name alternate, a completion first if one runs. */
        private void stepsOn(LocalDate d, String name, List<CaseStep> starting, int ends) {
            int next = 0;
            while (next < starting.size() || ends > 0) {
                Integer running = runningSteps.get(name);
                if (running != null && ends > 0) {
                    ends--;
                    if (!running(d)) {
                        throw notRunning(d, stepCompletionDetail(name));
                    }
                    CaseStep step = steps.get(running);
                    steps.set(running, new CaseStep(step.name(), step.start(), step.limit(), d));
                    runningSteps.remove(name);
                } else if (running == null && next < starting.size()) {
                    if (!running(d)) {
                        throw notRunning(d, stepStartDetail(name));
                    }
                    runningSteps.put(name, steps.size());
                    steps.add(starting.get(next++));
                } else if (running != null) {
                    if (!running(d)) {
                        throw notRunning(d, stepStartDetail(name));
                    }
                    throw new IllegalClockOperationException(ClockRule.STEP_ALREADY_RUNNING, d,
                            stepStartDetail(name) + " (running since " + steps.get(running).start() + ")");
                } else {
                    if (!running(d)) {
                        throw notRunning(d, stepCompletionDetail(name));
                    }
                    LocalDate later = nextAfter(d, e -> e instanceof StepStart s && s.step().name().equals(name));
                    if (later != null) {
                        throw new IllegalClockOperationException(ClockRule.BEFORE_START, d,
                                stepCompletionDetail(name) + " that starts on " + later);
                    }
                    throw new IllegalClockOperationException(ClockRule.STEP_NOT_RUNNING, d,
                            stepCompletionDetail(name));
                }
            }
        }

        /** The extensions of one limit granted on day {@code d}, in the order of {@link #EXTENSIONS}. */
        private void grantsOn(LocalDate d, Event[] day, int from, int to, boolean promised) {
            int count = 0;
            Extension only = null;
            for (int i = from; i < to; i++) {
                if (day[i] instanceof Grant g && g.promised() == promised) {
                    count++;
                    only = g.extension();
                }
            }
            if (count == 1) {
                grant(d, only, promised);
            } else if (count > 1) {
                List<Extension> granted = new ArrayList<>(count);
                for (int i = from; i < to; i++) {
                    if (day[i] instanceof Grant g && g.promised() == promised) {
                        granted.add(g.extension());
                    }
                }
                granted.sort(EXTENSIONS);
                for (Extension extension : granted) {
                    grant(d, extension, promised);
                }
            }
        }

        private static String grantDetail(Extension extension, boolean promised) {
            return promised ? "extension of the promised limit by " + extension.workingDays() + " working days"
                    : "extension of " + extension.workingDays() + " working days";
        }

        private void grant(LocalDate d, Extension extension, boolean promised) {
            int days = extension.workingDays();
            if (!running(d)) {
                throw notRunning(d, grantDetail(extension, promised));
            }
            Extension existing = promised ? promisedExtension : statutoryExtension;
            TimeLimit limit = promised ? promisedLimit : statutoryLimit;
            if (existing != null) {
                throw new IllegalClockOperationException(ClockRule.SECOND_EXTENSION, d,
                        grantDetail(extension, promised) + " (already extended by " + existing.workingDays()
                                + " working days on " + existing.grantedOn() + ")");
            }
            if (limit.unit() != TimeLimitUnit.WORKING_DAYS) {
                throw new IllegalClockOperationException(ClockRule.EXTENSION_OF_NON_WORKING_DAY_LIMIT, d,
                        grantDetail(extension, promised) + " of a limit of " + limit);
            }
            if (days > mode.maxExtensionDays()) {
                throw new IllegalClockOperationException(ClockRule.EXTENSION_TOO_LONG, d,
                        grantDetail(extension, promised) + " (" + mode + " handling allows "
                                + mode.maxExtensionDays() + ")");
            }
            if (oracle != null) {
                // the due dates as known on the day of the grant: suspensions open that day taken to end on it
                List<Suspension> known = new ArrayList<>(suspensions.size());
                for (Suspension s : suspensions) {
                    known.add(s.isOpen() || !s.end().isAfter(d) ? s : Suspension.open(s.kind(), s.start()));
                }
                Pauses pauses = Pauses.of(known, d);
                LocalDate start = promised ? promisedStart : acceptedOn;
                if (ranOutBefore(d, start, limit.amount(), pauses)) {
                    // the due date lies before d, within the days just counted
                    LocalDate due = DeadlineMath.due(oracle, start, limit.unit(), limit.amount(), pauses);
                    throw new IllegalClockOperationException(ClockRule.EXTENSION_AFTER_DUE, d,
                            grantDetail(extension, promised) + (promised ? "" : " of the statutory limit")
                                    + " due " + due);
                }
                if (promised) {
                    requireWithinStatutory(d, extension, pauses);
                }
            }
            if (promised) {
                promisedExtension = extension;
            } else {
                statutoryExtension = extension;
            }
        }

        /**
         * Whether a limit of {@code amount} working days from {@code start} ran out before day {@code d}
         * (its due date is before {@code d}). Only the days in (start, d) are counted, so a grant
         * dated within the calendar's data is judged without the due date, which may lie beyond it;
         * if the limit ran out within the data, a grant dated after it is late whatever the days after.
         */
        private boolean ranOutBefore(LocalDate d, LocalDate start, int amount, Pauses pauses) {
            if (!d.isAfter(start)) {
                return false;
            }
            LocalDate before = d.minusDays(1);
            LocalDate known = oracle.lastKnownDay();
            if (before.isAfter(known) && known.isAfter(start)
                    && DeadlineMath.counted(oracle, TimeLimitUnit.WORKING_DAYS, start, known, pauses) >= amount) {
                return true;
            }
            return DeadlineMath.counted(oracle, TimeLimitUnit.WORKING_DAYS, start, before, pauses) >= amount;
        }

        /**
         * Refuses a promised extension granted on {@code d} whose promised due date would lie after the
         * statutory one, both counted with the events dated up to {@code d}. The comparison assumes
         * weekends only for years the calendar does not cover, as {@link #start} does: for two
         * working-day limits it is exact wherever the days up to the later start are covered (the n-th
         * counted day after a date comes before the m-th exactly when n is less than m).
         */
        private void requireWithinStatutory(LocalDate d, Extension extension, Pauses pauses) {
            DayOracle guess = DayOracle.provisional(calendar);
            TimeLimit extended = effective(promisedLimit, extension);
            TimeLimit statutory = effective(statutoryLimit, statutoryExtension);
            LocalDate promisedDue = DeadlineMath.due(guess, promisedStart, extended.unit(), extended.amount(), pauses);
            LocalDate statutoryDue = DeadlineMath.due(guess, acceptedOn, statutory.unit(), statutory.amount(), pauses);
            if (promisedDue.isAfter(statutoryDue)) {
                List<Year> guessed = guess.provisionalYears();
                throw new IllegalClockOperationException(ClockRule.PROMISED_EXTENSION_BEYOND_STATUTORY, d,
                        grantDetail(extension, true) + ": promised '" + extended + "' (due " + promisedDue
                                + ") would end after statutory '" + statutory + "' (due " + statutoryDue + ")"
                                + (guessed.isEmpty() ? "" : ", provisional days assumed for " + guessed));
            }
        }

        /** The completion: open suspensions end and running steps complete on its day. */
        private void complete(LocalDate d) {
            requireRunning(d, "completion");
            completedOn = d;
            suspensions.replaceAll(s -> s.isOpen() ? s.withEnd(d) : s);
            openSuspensions.clear();
            openPeriods.clear();
            for (int i : runningSteps.values()) {
                CaseStep step = steps.get(i);
                steps.set(i, new CaseStep(step.name(), step.start(), step.limit(), d));
            }
            runningSteps.clear();
        }

        /** Whether an event dated {@code d} may be recorded: on or after acceptance, not after completion. */
        private boolean running(LocalDate d) {
            return !d.isBefore(acceptedOn) && completedOn == null;
        }

        /** The refusal of an event that {@link #running} does not allow (build {@code detail} only to throw). */
        private IllegalClockOperationException notRunning(LocalDate d, String detail) {
            if (d.isBefore(acceptedOn)) {
                return IllegalClockOperationException.beforeStart(detail, d, acceptedOn);
            }
            return new IllegalClockOperationException(ClockRule.ALREADY_COMPLETED, d,
                    detail + " (case completed on " + completedOn + ")");
        }

        /** For a detail that is a constant: no string is built unless it throws. */
        private void requireRunning(LocalDate d, String detail) {
            if (!running(d)) {
                throw notRunning(d, detail);
            }
        }

        /** The earliest date after {@code d} of an event that {@code test} accepts, or null. */
        private LocalDate nextAfter(LocalDate d, Predicate<Event> test) {
            LocalDate next = null;
            for (Event e : all) {
                if (e.date().isAfter(d) && test.test(e) && (next == null || e.date().isBefore(next))) {
                    next = e.date();
                }
            }
            return next;
        }
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
     *                                                that comparison assumes the provisional days (statutory holidays, else weekends only) for years the
     *                                                calendar does not cover, so starting throws no
     *                                                {@link DateOutOfCoverageException} for a due date
     *                                                within the provisional horizon)
     * @throws DateOutOfCoverageException             only for limits of different units when a due date
     *                                                lies beyond the
     *                                                {@linkplain io.github.govrules.calendar.ProvisionalCalendar#HORIZON_YEARS
     *                                                provisional horizon}, 100 years past the data
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
                limits.promised(), List.of(), false);
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

    /** This clock with one or more events more, replayed and checked (see the class Javadoc). */
    private CaseClock recording(Event... more) {
        List<Event> updated = new ArrayList<>(events.size() + more.length);
        updated.addAll(events);
        updated.addAll(Arrays.asList(more));
        return new CaseClock(calendar, provisional, mode, acceptedOn, statutoryLimit, promisedLimit, updated, true);
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
        return new CaseClock(calendar, provisional, handlingMode, acceptedOn, statutoryLimit, promisedLimit, events,
                true);
    }

    /**
     * This clock, answering for years the calendar has no data for provisionally (statutory holidays where known, else weekends only) instead of
     * throwing, in the answers that say so: {@link #statutoryDueAnswer()} and
     * {@link #promisedDueAnswer()} name the years guessed, as do statuses
     * ({@link ClockStatus#provisionalYears()}) and explanations. {@link #statutoryDue()},
     * {@link #promisedDue()} and their {@code AsOf} forms stay exact and throw
     * {@link DateOutOfCoverageException} for a date that depends on an uncovered year.
     */
    public CaseClock withProvisionalDates() {
        return new CaseClock(calendar, true, mode, acceptedOn, statutoryLimit, promisedLimit, events, false);
    }

    // ------------------------------------------------------------------ events

    /**
     * Opens a suspension (Art. 45) of the given kind from {@code start} (the first day not counted).
     *
     * @throws IllegalClockOperationException if the case is completed before {@code start}
     *                                        ({@link ClockRule#ALREADY_COMPLETED}), the start is before
     *                                        acceptance ({@link ClockRule#BEFORE_START}), or a suspension of
     *                                        that kind is open on {@code start} ({@link ClockRule#ALREADY_SUSPENDED})
     * @throws IllegalClockOperationException also, with that event's rule and date, for an event recorded
     *                                        earlier that this one makes break a rule (see "Order of events"),
     *                                        such as a suspension of its kind that starts while this one is open
     */
    public CaseClock suspend(SuspensionKind kind, LocalDate start) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        return recording(new SuspensionStart(kind, start));
    }

    /**
     * Adds a suspension known as a whole, closed or open (for example when replaying history).
     * An open one is the same as {@link #suspend(SuspensionKind, LocalDate) suspend}. A closed one
     * is recorded whole: it pairs with no {@code suspend} or {@code resume}, so it may overlap
     * other suspensions, of its kind too (overlapping days are counted once).
     *
     * @throws IllegalClockOperationException as {@link #suspend(SuspensionKind, LocalDate)}; for a closed
     *                                        suspension, if the case is completed before its start or end
     *                                        ({@link ClockRule#ALREADY_COMPLETED}) or it starts before
     *                                        acceptance ({@link ClockRule#BEFORE_START})
     */
    public CaseClock withSuspension(Suspension suspension) {
        Objects.requireNonNull(suspension, "suspension");
        return suspension.isOpen() ? recording(new SuspensionStart(suspension.kind(), suspension.start()))
                : recording(new SuspensionPeriod(suspension));
    }

    /**
     * Ends the only open suspension: {@code end} is its last day not counted; counting resumes
     * the day after. The suspension is chosen among those this clock has recorded as open (not
     * yet resumed): the only one, or if there are several, the only one started on or before
     * {@code end}. The clock then records {@link #resume(SuspensionKind, LocalDate) resume(kind, end)}.
     *
     * @throws IllegalClockOperationException if no suspension is open ({@link ClockRule#RESUME_WITHOUT_SUSPENSION}),
     *                                        several are ({@link ClockRule#AMBIGUOUS_RESUME}), the end is before
     *                                        the suspension's start ({@link ClockRule#BEFORE_START}), or the case
     *                                        is completed before {@code end}
     * @throws IllegalClockOperationException as {@link #resume(SuspensionKind, LocalDate)} for an event recorded earlier
     */
    public CaseClock resume(LocalDate end) {
        Objects.requireNonNull(end, "end");
        Map<SuspensionKind, LocalDate> open = openSuspensionStarts();
        if (open.size() == 1) {
            return resume(open.keySet().iterator().next(), end);
        }
        if (open.size() > 1) {
            List<SuspensionKind> started = open.entrySet().stream().filter(e -> !e.getValue().isAfter(end))
                    .map(Map.Entry::getKey).toList();
            if (started.size() == 1) {
                return resume(started.get(0), end);
            }
            throw new IllegalClockOperationException(ClockRule.AMBIGUOUS_RESUME, end, "resume with open suspensions "
                    + open.entrySet().stream().map(e -> Suspension.open(e.getKey(), e.getValue())).toList());
        }
        if (end.isBefore(acceptedOn)) {
            throw new IllegalClockOperationException(ClockRule.BEFORE_START, end,
                    "resume (case accepted on " + acceptedOn + ")");
        }
        if (completedOn != null && end.isAfter(completedOn)) {
            throw new IllegalClockOperationException(ClockRule.ALREADY_COMPLETED, end,
                    "resume (case completed on " + completedOn + ")");
        }
        throw new IllegalClockOperationException(ClockRule.RESUME_WITHOUT_SUSPENSION, end, "resume");
    }

    /** Per kind with more suspensions recorded than resumes: the start of the last one. */
    private Map<SuspensionKind, LocalDate> openSuspensionStarts() {
        Map<SuspensionKind, Integer> balance = new EnumMap<>(SuspensionKind.class);
        Map<SuspensionKind, LocalDate> lastStart = new EnumMap<>(SuspensionKind.class);
        for (Event e : events) {
            if (e instanceof SuspensionStart s) {
                balance.merge(s.kind(), 1, Integer::sum);
                lastStart.merge(s.kind(), s.date(), CaseClock::later);
            } else if (e instanceof SuspensionPeriod p && p.suspension().isOpen()) {
                balance.merge(p.suspension().kind(), 1, Integer::sum);
                lastStart.merge(p.suspension().kind(), p.date(), CaseClock::later);
            } else if (e instanceof SuspensionEnd s) {
                balance.merge(s.kind(), -1, Integer::sum);
            }
        }
        lastStart.keySet().removeIf(kind -> balance.get(kind) <= 0);
        return lastStart;
    }

    /**
     * Ends the open suspension of the given kind: {@code end} is its last day not counted.
     *
     * @throws IllegalClockOperationException if no suspension of that kind is open on {@code end}
     *                                        ({@link ClockRule#RESUME_WITHOUT_SUSPENSION}), the end is before the
     *                                        start of the next suspension of that kind ({@link ClockRule#BEFORE_START}),
     *                                        or the case is completed before {@code end}
     * @throws IllegalClockOperationException also, with that event's rule and date, for an event recorded
     *                                        earlier that this one makes break a rule (see "Order of events"):
     *                                        an extension granted after this event's date that it makes late
     *                                        ({@link ClockRule#EXTENSION_AFTER_DUE}) or, for the promised limit,
     *                                        end after the statutory due date
     *                                        ({@link ClockRule#PROMISED_EXTENSION_BEYOND_STATUTORY})
     */
    public CaseClock resume(SuspensionKind kind, LocalDate end) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(end, "end");
        return recording(new SuspensionEnd(kind, end));
    }

    /**
     * Extends the statutory limit once (Art. 42): {@code extension.workingDays()} more working days.
     * Whether it was granted in time is judged on the day of the grant, with the events dated up
     * to that day.
     *
     * @throws IllegalClockOperationException for a second extension ({@link ClockRule#SECOND_EXTENSION}), one
     *                                        longer than the handling mode allows ({@link ClockRule#EXTENSION_TOO_LONG}),
     *                                        one granted after the statutory due date
     *                                        ({@link ClockRule#EXTENSION_AFTER_DUE}) or before acceptance, of a limit
     *                                        not in working days, or on a case completed before the grant
     * @throws DateOutOfCoverageException     only if the grant is dated after the calendar's data and the limit
     *                                        had not run out by its last day (unless provisional): a grant on a
     *                                        covered day is judged on the days before it, even if the due date
     *                                        lies beyond the data
     */
    public CaseClock extend(Extension extension) {
        Objects.requireNonNull(extension, "extension");
        return recording(new Grant(false, extension));
    }

    /**
     * Extends the promised limit once (with a leader's approval and notice to the applicant).
     * Both checks below use the events dated up to the day of the grant.
     *
     * @throws IllegalClockOperationException as {@link #extend(Extension)}, for the promised limit, and
     *                                        ({@link ClockRule#PROMISED_EXTENSION_BEYOND_STATUTORY}) if the extended
     *                                        promised due date would lie after the statutory due date (compared
     *                                        assuming the provisional days for uncovered years, so never throwing
     *                                        {@link DateOutOfCoverageException} for that)
     * @throws DateOutOfCoverageException     as {@link #extend(Extension)}
     */
    public CaseClock extendPromised(Extension extension) {
        Objects.requireNonNull(extension, "extension");
        return recording(new Grant(true, extension));
    }

    /**
     * Records that the applicant was asked for supplements (补正): the promised clock stops
     * until {@link #supplementsReceived(LocalDate)}.
     *
     * @throws IllegalClockOperationException if a correction is open on that date ({@link ClockRule#CORRECTION_STATE}),
     *                                        the date is before acceptance, or the case is completed before it
     * @throws IllegalClockOperationException also, with that event's rule and date, for an event recorded
     *                                        earlier that this one makes break a rule (see "Order of events"):
     *                                        an extension granted after this event's date that it makes late
     *                                        ({@link ClockRule#EXTENSION_AFTER_DUE}) or, for the promised limit,
     *                                        end after the statutory due date
     *                                        ({@link ClockRule#PROMISED_EXTENSION_BEYOND_STATUTORY})
     */
    public CaseClock correctionRequested(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return recording(new CorrectionRequest(date));
    }

    /**
     * Records that the supplements arrived: the promised clock restarts, counting from the day
     * after {@code date}. The statutory clock is not affected.
     *
     * @throws IllegalClockOperationException if no correction request is open on that date
     *                                        ({@link ClockRule#CORRECTION_STATE}: none was made, or its
     *                                        supplements already arrived), the date is before acceptance or before
     *                                        the next correction request ({@link ClockRule#BEFORE_START}), or the
     *                                        case is completed before it
     * @throws IllegalClockOperationException also, with that event's rule and date, for an event recorded
     *                                        earlier that this one makes break a rule (see "Order of events"):
     *                                        an extension granted after this event's date that, from the promised clock's
     *                                        restart, would end after the statutory due date
     *                                        ({@link ClockRule#PROMISED_EXTENSION_BEYOND_STATUTORY})
     */
    public CaseClock supplementsReceived(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return recording(new SupplementsReceipt(date));
    }

    /**
     * Starts a step (环节) with its own limit, counted from the day after {@code start}.
     *
     * @throws IllegalClockOperationException if a step of that name is running on {@code start}
     *                                        ({@link ClockRule#STEP_ALREADY_RUNNING}), the start is before
     *                                        acceptance, or the case is completed before it
     * @throws IllegalClockOperationException also, with that event's rule and date, for an event recorded
     *                                        earlier that this one makes break a rule (see "Order of events"),
     *                                        such as a later start of a step of that name while this one runs
     * @throws IllegalArgumentException       if the name is blank
     */
    public CaseClock startStep(String name, LocalDate start, TimeLimit limit) {
        return recording(new StepStart(new CaseStep(name, start, limit, null)));
    }

    /**
     * Completes the running step of that name on {@code date}.
     *
     * @throws IllegalClockOperationException if no step of that name is running on {@code date}
     *                                        ({@link ClockRule#STEP_NOT_RUNNING}), the date is before the next
     *                                        step of that name starts ({@link ClockRule#BEFORE_START}), or the
     *                                        case is completed before it
     */
    public CaseClock completeStep(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        return recording(new StepEnd(name, date));
    }

    /**
     * Completes the case (办结) on {@code date}: the clock stops. Open suspensions end and running
     * steps complete on that date; a promised clock waiting for supplements stays stopped at the request.
     * Events dated on the completion day are part of the case; events dated after it are refused.
     *
     * @throws IllegalClockOperationException ({@link ClockRule#ALREADY_COMPLETED}) if the case is already
     *                                        completed or an event is dated after {@code date}, or
     *                                        ({@link ClockRule#BEFORE_START}) if the date is before acceptance
     */
    public CaseClock complete(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return recording(new Completion(date));
    }

    // ------------------------------------------------------------------ queries

    /** The calendar the clock counts with. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * Whether the clock answers uncovered years provisionally where the answer says so (see
     * {@link #withProvisionalDates()}).
     */
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

    /**
     * Every suspension, open or closed, in date order: by start, then by kind (in the order of
     * {@link SuspensionKind}'s constants).
     */
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

    /** The steps, in the order they started: by start day, then by name. */
    public List<CaseStep> steps() {
        return steps;
    }

    /** The completion date, empty while the case runs. */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    /**
     * The statutory due date, including any extension and skipping suspended days; empty while a
     * suspension is open (the due date is not known until it ends). Always exact: for a date that
     * depends on an uncovered year use {@link #statutoryDueAnswer()} on a
     * {@linkplain #withProvisionalDates() provisional} clock.
     *
     * @throws DateOutOfCoverageException if the answer needs a date the calendar does not cover,
     *                                    also on a provisional clock
     */
    public Optional<LocalDate> statutoryDue() {
        return anyOpen ? Optional.empty() : Optional.of(dueAsOf(acceptedOn, statutoryEffective, acceptedOn));
    }

    /**
     * The statutory due date as {@link #statutoryDue()}, as an answer that says whether it is
     * exact: on a {@linkplain #withProvisionalDates() provisional} clock a date that depends on an
     * uncovered year is answered provisionally (for a regional overlay, its base calendar's days
     * where the base has data) and the answer names those {@linkplain CalendarAnswer#provisionalYears()
     * years}; on a strict clock the answer is exact or the query throws. Empty while a suspension is open.
     *
     * @throws DateOutOfCoverageException on a strict clock as {@link #statutoryDue()}; on a provisional
     *                                    one beyond the provisional horizon
     *                                    ({@value io.github.govrules.calendar.ProvisionalCalendar#HORIZON_YEARS}
     *                                    years past the data)
     */
    public Optional<CalendarAnswer<LocalDate>> statutoryDueAnswer() {
        return anyOpen ? Optional.empty() : Optional.of(dueAnswer(acceptedOn, statutoryEffective, acceptedOn));
    }

    /**
     * The promised due date, including any extension and skipping suspended days; empty while a
     * suspension is open or a correction request waits for supplements, also on a case completed
     * while it waited (the promised clock never resumed, so the limit has no due date; a status
     * projects one). Always exact, as {@link #statutoryDue()}.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public Optional<LocalDate> promisedDue() {
        return promisedDueUnknown() ? Optional.empty() : Optional.of(promisedDueAsOf(acceptedOn));
    }

    /** Whether the promised due date is not known: a suspension is open, or a correction request (even at completion). */
    private boolean promisedDueUnknown() {
        return anyOpen || correctionRequestedOn != null;
    }

    /**
     * The promised due date as {@link #promisedDue()}, as an answer that says whether it is exact
     * (see {@link #statutoryDueAnswer()}). Empty when {@link #promisedDue()} is.
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDueAnswer()}
     */
    public Optional<CalendarAnswer<LocalDate>> promisedDueAnswer() {
        return promisedDueUnknown() ? Optional.empty()
                : Optional.of(dueAnswer(promisedStart, promisedEffective, acceptedOn));
    }

    /**
     * The statutory due date with every event this clock knows, open suspensions taken to end on
     * {@code asOf} (or on their start day, if later). Events dated after {@code asOf} still count:
     * for the due date as known on a past date use {@code asOf(date).statutoryDueAsOf(date)}.
     * Always exact, as {@link #statutoryDue()}: for the projection with the years guessed on a
     * provisional clock, use {@link #explainStatutory(LocalDate)} ({@link DeadlineExplanation#due()}
     * and {@link DeadlineExplanation#provisionalYears()}).
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public LocalDate statutoryDueAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return dueAsOf(acceptedOn, statutoryEffective, asOf);
    }

    /**
     * The promised due date with every event this clock knows, open suspensions taken to end on
     * {@code asOf} (or on their start day, if later). While a correction request waits for
     * supplements, the wait is taken to end on {@code asOf} (or on the request day, if later; on a
     * completed case, on the completion date): the due date if counting resumed the day after
     * (see the class Javadoc, "Corrections"); a limit that ran out before the request keeps its
     * due date. As {@link #statutoryDueAsOf(LocalDate)}, events dated after
     * {@code asOf} still count, and the answer is always exact ({@link #status(LocalDate, WarningPolicy)} gives the
     * same projection with the years guessed on a provisional clock; {@link #explainPromised(LocalDate)}
     * explains the limit without the wait).
     *
     * @throws DateOutOfCoverageException as {@link #statutoryDue()}
     */
    public LocalDate promisedDueAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate due = dueAsOf(promisedStart, promisedEffective, asOf);
        if (correctionRequestedOn == null) {
            return due;
        }
        LocalDate waitEnd = completedOn != null ? completedOn : later(asOf, correctionRequestedOn);
        Pauses pauses = pausesAsOf(asOf);
        int used = DeadlineMath.counted(strictOracle, promisedEffective.unit(), promisedStart, correctionRequestedOn,
                pauses);
        int amount = DeadlineMath.dayAmount(promisedStart, promisedEffective.unit(), promisedEffective.amount());
        return waitingDue(strictOracle, pauses, due, Math.max(0, amount - used), waitEnd);
    }

    /**
     * The promised due date while a correction request made on {@link #correctionRequestedOn}
     * waits, the wait taken to end on {@code waitEnd}: {@code due} (the due date before the request)
     * if the wait has not begun or the limit ran out before the request, otherwise the
     * {@code remaining} days counted from the day after {@code waitEnd} ({@code waitEnd} itself when
     * none remain), never before {@code due} (a natural-day last day moved past holidays stays moved).
     */
    private LocalDate waitingDue(DayOracle oracle, Pauses pauses, LocalDate due, int remaining, LocalDate waitEnd) {
        if (!waitEnd.isAfter(correctionRequestedOn) || due.isBefore(correctionRequestedOn)) {
            return due;
        }
        LocalDate resumed = DeadlineMath.due(oracle, waitEnd, DeadlineMath.dayUnit(promisedEffective.unit()), remaining,
                pauses);
        return later(due, resumed);
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
     *   <li>A completion dated on or before {@code on} is the clock's last event (no event may be
     *       dated after it), so the view is the whole clock.</li>
     * </ul>
     * The calendar, the limits, the handling mode and {@link #withProvisionalDates()} are kept.
     * If no event is dated after {@code on}, the answer is this clock itself. The view is a normal clock: it takes events and answers queries like any other.
     *
     * @param on the last day whose events are kept
     * @return the clock without the events dated after {@code on}
     */
    public CaseClock asOf(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (!on.isBefore(lastEventOn)) {
            return this;
        }
        // a completion on or before on is the last event: only a running case gets here
        List<Event> known = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e instanceof SuspensionPeriod p && !p.date().isAfter(on) && p.lastDate().isAfter(on)) {
                known.add(new SuspensionPeriod(Suspension.open(p.suspension().kind(), p.date())));
            } else if (!e.date().isAfter(on)) {
                known.add(e);
            }
        }
        return new CaseClock(calendar, provisional, mode, acceptedOn, statutoryLimit, promisedLimit, known, false);
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
        if (!promisedAsOf.equals(asOf)) {
            // waiting for supplements: the due date as if counting resumed the day after asOf
            LocalDate due = waitingDue(oracle, pauses, promised.due(), promised.remainingDays(), asOf);
            promised = new LimitStatus(promised.limit(), promised.start(), due, promised.elapsedDays(),
                    promised.remainingDays(), promised.overdue(), promised.overdueDays(), promised.warning());
        }
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
     * A correction request still waiting for supplements (补正) is not shown: the explanation counts
     * as if there were none, so while one waits its due date is not the projected one that
     * {@link #promisedDueAsOf(LocalDate)} and {@link #status(LocalDate, WarningPolicy)} give.
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
        int amount = DeadlineMath.dayAmount(start, limit.unit(), limit.amount()); // months and years in days
        int remaining = Math.max(0, amount - elapsed);
        return new LimitStatus(limit, start, due, elapsed, remaining, overdue, overdueDays,
                policy.levelFor(amount, elapsed, overdue, overdueDays));
    }

    private static TimeLimitUnit countingUnit(TimeLimit limit) {
        return limit.isOnTheSpot() ? TimeLimitUnit.WORKING_DAYS : limit.unit();
    }

    /** The exact due date (strict on every clock: a plain date is never a guess). */
    private LocalDate dueAsOf(LocalDate start, TimeLimit limit, LocalDate asOf) {
        if (pauseCounts != null && start == acceptedOn && limit.unit() == TimeLimitUnit.WORKING_DAYS
                && limit.amount() > 0) {
            // all suspensions closed: integer arithmetic on the precomputed counts and one shift
            LocalDate due = RankedPauses.due(calendar, acceptedOn, pauseCounts, limit.amount());
            if (due != null) {
                return due;
            }
        }
        return DeadlineMath.due(strictOracle, start, limit.unit(), limit.amount(), pausesAsOf(asOf));
    }

    /** The due date as an answer: exact on a strict clock, the years guessed named on a provisional one. */
    private CalendarAnswer<LocalDate> dueAnswer(LocalDate start, TimeLimit limit, LocalDate asOf) {
        if (!provisional) {
            return CalendarAnswer.exact(dueAsOf(start, limit, asOf), calendar.id());
        }
        DayOracle oracle = DayOracle.provisional(calendar);
        LocalDate due = DeadlineMath.due(oracle, start, limit.unit(), limit.amount(), pausesAsOf(asOf));
        return new CalendarAnswer<>(due, calendar.id(), oracle.provisionalYears());
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
