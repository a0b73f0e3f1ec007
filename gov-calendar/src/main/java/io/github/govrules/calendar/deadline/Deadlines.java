package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.internal.DayOracle;
import io.github.govrules.calendar.deadline.internal.DeadlineMath;
import io.github.govrules.calendar.deadline.internal.Pauses;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One-call due dates (办结期限) and their explanations, for a start date and a {@link TimeLimit}.
 *
 * <ul>
 *   <li>Working days: the n-th working day after the start day (Civil Code Art. 201,
 *       Administrative Licensing Law Art. 82). Accepted Friday 2025-09-19, 20 working days:
 *       due Thursday 2025-10-23.</li>
 *   <li>Natural days: the n-th day after the start day; when that is a weekend or holiday,
 *       the first working day after it (Civil Code Art. 201, 203).</li>
 *   <li>On the spot, or an amount of 0: the start day itself.</li>
 *   <li>Suspensions (Art. 45): their days are not counted; overlapping ones are counted once.</li>
 * </ul>
 *
 * <p>By default a date outside the calendar's data throws the calendar's
 * {@link DateOutOfCoverageException}, whose message names the covered range. The
 * {@code provisional…} methods opt in to answers provisionally for uncovered years (for a
 * regional overlay, by its base calendar's data where the base has it: see
 * {@link io.github.govrules.calendar.ProvisionalCalendar}), marked in the returned
 * {@link CalendarAnswer}, up to the provisional horizon
 * ({@value io.github.govrules.calendar.ProvisionalCalendar#HORIZON_YEARS} years past the data),
 * beyond which they throw {@link DateOutOfCoverageException} too. For a case with extensions, corrections and steps use
 * {@link CaseClock}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * The due date of {@code limit} counted from the day after {@code start}.
     *
     * @throws DateOutOfCoverageException if the answer needs a date the calendar does not cover
     */
    public static LocalDate dueDate(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit) {
        return dueDate(calendar, start, limit, List.of());
    }

    /**
     * The due date of {@code limit} counted from the day after {@code start}, not counting the
     * days of the (closed) suspensions.
     *
     * @throws IllegalArgumentException   if a suspension is open
     * @throws IllegalClockOperationException ({@link ClockRule#BEFORE_START}) naming the suspension and the
     *                                    start day if a suspension ends before the start day, as
     *                                    {@link CaseClock} refuses it (one that runs across the start day
     *                                    pauses its days after the start day): the due date is not known until it ends
     * @throws DateOutOfCoverageException if the answer needs a date the calendar does not cover
     */
    public static LocalDate dueDate(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
                                    Collection<Suspension> suspensions) {
        DayOracle oracle = DayOracle.strict(Objects.requireNonNull(calendar, "calendar"));
        Objects.requireNonNull(limit, "limit");
        return DeadlineMath.due(oracle, requireStart(start), limit.unit(), limit.amount(), pausesFrom(suspensions, start));
    }

    /**
     * The due date, answering uncovered years provisionally (their statutory holidays where known, else weekends only) and saying so in the answer. The
     * answer's {@linkplain CalendarAnswer#provisionalYears() years} are those whose days decided
     * the date: for a working-day limit every day counted, for a natural-day limit only the days
     * Civil Code Art. 203 looks at (the last counted day and the days it is moved past). The
     * {@linkplain #explainProvisional explanation} of the same date may name more years: it labels
     * every day it lists.
     *
     * @throws IllegalArgumentException   if a suspension is open
     * @throws IllegalClockOperationException ({@link ClockRule#BEFORE_START}) naming the suspension and the
     *                                    start day if a suspension ends before the start day, as
     *                                    {@link CaseClock} refuses it (one that runs across the start day
     *                                    pauses its days after the start day)
     * @throws DateOutOfCoverageException if the answer needs a date beyond the provisional horizon,
     *                                    {@value io.github.govrules.calendar.ProvisionalCalendar#HORIZON_YEARS}
     *                                    years past the data (at once for an amount that cannot fit)
     */
    public static CalendarAnswer<LocalDate> provisionalDueDate(WorkingDayCalendar calendar, LocalDate start,
                                                               TimeLimit limit, Collection<Suspension> suspensions) {
        DayOracle oracle = DayOracle.provisional(Objects.requireNonNull(calendar, "calendar"));
        Objects.requireNonNull(limit, "limit");
        LocalDate due = DeadlineMath.due(oracle, requireStart(start), limit.unit(), limit.amount(),
                pausesFrom(suspensions, start));
        return new CalendarAnswer<>(due, calendar.id(), oracle.provisionalYears());
    }

    /**
     * The due date, answering uncovered years provisionally (their statutory holidays where known, else weekends only) and saying so in the answer.
     *
     * @throws DateOutOfCoverageException if the answer needs a date beyond the provisional horizon
     */
    public static CalendarAnswer<LocalDate> provisionalDueDate(WorkingDayCalendar calendar, LocalDate start,
                                                               TimeLimit limit) {
        return provisionalDueDate(calendar, start, limit, List.of());
    }

    /**
     * The day-by-day explanation of {@link #dueDate(WorkingDayCalendar, LocalDate, TimeLimit)}.
     *
     * @throws DateOutOfCoverageException if the answer needs a date the calendar does not cover
     */
    public static DeadlineExplanation explain(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit) {
        return explain(calendar, start, limit, List.of());
    }

    /**
     * The day-by-day explanation of
     * {@link #dueDate(WorkingDayCalendar, LocalDate, TimeLimit, Collection)}.
     *
     * @throws IllegalArgumentException   if a suspension is open
     * @throws IllegalClockOperationException ({@link ClockRule#BEFORE_START}) naming the suspension and the
     *                                    start day if a suspension ends before the start day, as
     *                                    {@link CaseClock} refuses it (one that runs across the start day
     *                                    pauses its days after the start day)
     * @throws DateOutOfCoverageException if the answer needs a date the calendar does not cover
     */
    public static DeadlineExplanation explain(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
                                              Collection<Suspension> suspensions) {
        return explain(DayOracle.strict(Objects.requireNonNull(calendar, "calendar")), start, limit, suspensions);
    }

    /**
     * The day-by-day explanation, answering uncovered years provisionally (their statutory holidays where known, else weekends only); the explanation
     * names the {@linkplain DeadlineExplanation#provisionalYears() years guessed}: those the due
     * date depended on and those of every day listed (more than
     * {@link #provisionalDueDate(WorkingDayCalendar, LocalDate, TimeLimit, Collection)} names for a
     * natural-day limit whose listed days reach into an uncovered year before its last days).
     *
     * @throws IllegalArgumentException   if a suspension is open
     * @throws IllegalClockOperationException ({@link ClockRule#BEFORE_START}) naming the suspension and the
     *                                    start day if a suspension ends before the start day, as
     *                                    {@link CaseClock} refuses it (one that runs across the start day
     *                                    pauses its days after the start day)
     * @throws DateOutOfCoverageException if the answer needs a date beyond the provisional horizon
     */
    public static DeadlineExplanation explainProvisional(WorkingDayCalendar calendar, LocalDate start,
                                                         TimeLimit limit, Collection<Suspension> suspensions) {
        return explain(DayOracle.provisional(Objects.requireNonNull(calendar, "calendar")), start, limit,
                suspensions);
    }

    private static DeadlineExplanation explain(DayOracle oracle, LocalDate start, TimeLimit limit,
                                               Collection<Suspension> suspensions) {
        Objects.requireNonNull(limit, "limit");
        Pauses pauses = pausesFrom(suspensions, requireStart(start));
        LocalDate due = DeadlineMath.due(oracle, start, limit.unit(), limit.amount(), pauses);
        List<ExplainedDay> days = DeadlineMath.explain(oracle, start, limit.unit(), limit.amount(), due, pauses);
        return new DeadlineExplanation(start, limit, due, days, oracle.provisionalYears());
    }

    /**
     * The days counted towards a limit of {@code unit} in (startExclusive, endInclusive], not
     * counting suspended days; 0 when the end is not after the start. A count over an interval, not a
     * due date: the days of a suspension outside the interval are simply not in it.
     *
     * @throws IllegalArgumentException   if a suspension is open
     * @throws DateOutOfCoverageException if a working-day count needs a date the calendar does not cover
     */
    public static int countedDays(WorkingDayCalendar calendar, TimeLimitUnit unit, LocalDate startExclusive,
                                  LocalDate endInclusive, Collection<Suspension> suspensions) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(endInclusive, "endInclusive");
        DayOracle oracle = DayOracle.strict(Objects.requireNonNull(calendar, "calendar"));
        return DeadlineMath.counted(oracle, unit, requireStart(startExclusive), endInclusive,
                pauses(suspensions, startExclusive));
    }

    private static LocalDate requireStart(LocalDate start) {
        return Objects.requireNonNull(start, "start");
    }

    private static Pauses pauses(Collection<Suspension> suspensions, LocalDate start) {
        Objects.requireNonNull(suspensions, "suspensions");
        for (Suspension s : suspensions) {
            if (s.isOpen()) {
                throw new IllegalArgumentException("The due date from " + start + " is not known while the "
                        + s + " suspension is open; close it or use CaseClock.statutoryDueAsOf");
            }
        }
        return Pauses.of(suspensions, start);
    }

    /**
     * {@link #pauses}, refusing a suspension wholly before the start day as {@link CaseClock} refuses it:
     * it pauses no day of the count, so taking it would silently give the unsuspended answer.
     */
    private static Pauses pausesFrom(Collection<Suspension> suspensions, LocalDate start) {
        Objects.requireNonNull(suspensions, "suspensions");
        for (Suspension s : suspensions) {
            if (!s.isOpen() && s.end().isBefore(start)) {
                throw IllegalClockOperationException.beforeStart("suspension " + s, s.start(), start);
            }
        }
        return pauses(suspensions, start);
    }
}
