package io.github.govrules.calendar.deadline.testing;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.Extension;
import io.github.govrules.calendar.deadline.Suspension;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.TimeLimits;
import io.github.govrules.calendar.deadline.WarningPolicy;
import io.github.govrules.calendar.testing.Generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of the deadline calculator's inputs for property tests, built on
 * {@link java.util.random.RandomGenerator} only: limits, dates, suspensions, extensions,
 * warning policies and whole {@link CaseClock case clocks}. They return the calendar module's
 * framework-neutral {@link Generator}; dates of a given kind (holidays, makeup days) come from
 * {@link io.github.govrules.calendar.testing.CalendarGenerators}.
 *
 * <p>Drive them from any tool by turning its random seed into a generator:
 * <pre>{@code
 * Generator<CaseClock> clocks = DeadlineGenerators.clocks(calendar, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30));
 * CaseClock clock = clocks.next(new SplittableRandom(seed));
 * }</pre>
 * All generators are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DeadlineGenerators {

    /** How far after the last acceptance date a generated clock may reach (due dates, suspensions, extension). */
    public static final int CLOCK_REACH_DAYS = 240;

    /** The largest {@code maxCount} of {@link #suspensionLists}: lists are built whole. */
    public static final int MAX_LIST_SIZE = 10_000;

    private DeadlineGenerators() {
    }

    /**
     * Dates from {@code fromInclusive} to {@code toInclusive}, uniformly.
     *
     * @throws IllegalArgumentException if the range is empty
     */
    public static Generator<LocalDate> dates(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("Date range " + fromInclusive + " to " + toInclusive + " is empty");
        }
        long from = fromInclusive.toEpochDay();
        long to = toInclusive.toEpochDay();
        return random -> LocalDate.ofEpochDay(random.nextLong(from, to + 1));
    }

    /**
     * Working days of {@code calendar} from {@code fromInclusive} to {@code toInclusive}, both
     * inclusive, uniformly (dates are drawn from the range until one is a working day).
     *
     * @throws IllegalArgumentException if the range is empty or holds no working day
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a bound is not covered by the calendar
     */
    public static Generator<LocalDate> workingDays(WorkingDayCalendar calendar, LocalDate fromInclusive,
                                                   LocalDate toInclusive) {
        Objects.requireNonNull(calendar, "calendar");
        Generator<LocalDate> dates = dates(fromInclusive, toInclusive);
        calendar.isWorkingDay(toInclusive); // throws if not covered
        if (!calendar.workingDays(fromInclusive, toInclusive.plusDays(1)).findAny().isPresent()) {
            throw new IllegalArgumentException("No working day of calendar " + calendar.id() + " from " + fromInclusive
                    + " to " + toInclusive);
        }
        return random -> {
            while (true) {
                LocalDate d = dates.next(random);
                if (calendar.isWorkingDay(d)) {
                    return d;
                }
            }
        };
    }

    /**
     * Working-day limits with amounts from {@code min} to {@code max} inclusive (any bounds up to
     * {@link Integer#MAX_VALUE}).
     *
     * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
     */
    public static Generator<TimeLimit> workingDayLimits(int min, int max) {
        requireAmounts(min, max);
        return random -> TimeLimit.workingDays(between(random, min, max));
    }

    /**
     * Natural-day limits with amounts from {@code min} to {@code max} inclusive (any bounds up to
     * {@link Integer#MAX_VALUE}).
     *
     * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
     */
    public static Generator<TimeLimit> naturalDayLimits(int min, int max) {
        requireAmounts(min, max);
        return random -> TimeLimit.naturalDays(between(random, min, max));
    }

    /**
     * Limits in natural months (70%) or years (30%), from {@code min} to {@code max} months
     * inclusive (a year when the drawn number of months is a multiple of twelve and the pick says so).
     *
     * @throws IllegalArgumentException if {@code min} is negative, above {@code max}, or {@code max}
     *                                  is above {@value TimeLimit#MAX_MONTHS}
     * @since 0.2.0
     */
    public static Generator<TimeLimit> monthLimits(int min, int max) {
        requireAmounts(min, max);
        if (max > TimeLimit.MAX_MONTHS) {
            throw new IllegalArgumentException("at most " + TimeLimit.MAX_MONTHS + " months, but max was " + max);
        }
        return random -> {
            int months = between(random, min, max);
            int years = months / 12;
            boolean asYears = random.nextInt(10) < 3 && years * 12 >= min;
            return asYears ? TimeLimit.years(years) : TimeLimit.months(months);
        };
    }

    /**
     * Any limit: working days (45%) or natural days (45%) from 0 to {@code max} (up to
     * {@link Integer#MAX_VALUE}), or on the spot (10%).
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static Generator<TimeLimit> timeLimits(int max) {
        requireAmounts(0, max);
        return random -> {
            int pick = random.nextInt(20);
            if (pick < 2) {
                return TimeLimit.onTheSpot();
            }
            int amount = between(random, 0, max);
            return pick < 11 ? TimeLimit.workingDays(amount) : TimeLimit.naturalDays(amount);
        };
    }

    /**
     * Pairs of working-day limits: statutory from 1 to {@code maxStatutory} (up to
     * {@link Integer#MAX_VALUE}), promised from 1 to the statutory amount.
     *
     * @throws IllegalArgumentException if {@code maxStatutory} is below 1
     */
    public static Generator<TimeLimits> workingDayLimitPairs(int maxStatutory) {
        requireAmounts(1, maxStatutory);
        return random -> {
            int statutory = between(random, 1, maxStatutory);
            int promised = between(random, 1, statutory);
            return TimeLimits.of(TimeLimit.workingDays(statutory), TimeLimit.workingDays(promised));
        };
    }

    /** Any of the eight Art. 45 suspension kinds, uniformly. */
    public static Generator<SuspensionKind> suspensionKinds() {
        SuspensionKind[] kinds = SuspensionKind.values();
        return random -> kinds[random.nextInt(kinds.length)];
    }

    /**
     * Closed suspensions starting from {@code fromInclusive} to {@code toInclusive}, lasting 1 to
     * {@code maxDays} calendar days (any {@code maxDays} up to {@link Integer#MAX_VALUE}).
     *
     * @throws IllegalArgumentException if the range is empty or {@code maxDays} is below 1
     */
    public static Generator<Suspension> suspensions(LocalDate fromInclusive, LocalDate toInclusive, int maxDays) {
        requireAmounts(1, maxDays);
        Generator<LocalDate> starts = dates(fromInclusive, toInclusive);
        Generator<SuspensionKind> kinds = suspensionKinds();
        return random -> {
            LocalDate start = starts.next(random);
            return Suspension.of(kinds.next(random), start, start.plusDays(random.nextInt(maxDays)));
        };
    }

    /**
     * Lists of 0 to {@code maxCount} closed suspensions as {@link #suspensions}, possibly
     * overlapping; the size is drawn uniformly. The lists are built whole, so {@code maxCount}
     * is at most {@value #MAX_LIST_SIZE}.
     *
     * @throws IllegalArgumentException if the range is empty or a bound is out of range
     */
    public static Generator<List<Suspension>> suspensionLists(LocalDate fromInclusive, LocalDate toInclusive,
                                                              int maxCount, int maxDays) {
        requireAmounts(0, maxCount);
        if (maxCount > MAX_LIST_SIZE) {
            throw new IllegalArgumentException("maxCount must be at most " + MAX_LIST_SIZE + ", but was " + maxCount);
        }
        Generator<Suspension> one = suspensions(fromInclusive, toInclusive, maxDays);
        return random -> {
            int n = between(random, 0, maxCount);
            List<Suspension> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(one.next(random));
            }
            return List.copyOf(list);
        };
    }

    /**
     * Extensions of 1 to {@code maxDays} working days (up to {@link Integer#MAX_VALUE}) granted from
     * {@code fromInclusive} to {@code toInclusive}.
     *
     * @throws IllegalArgumentException if the range is empty or {@code maxDays} is below 1
     */
    public static Generator<Extension> extensions(LocalDate fromInclusive, LocalDate toInclusive, int maxDays) {
        requireAmounts(1, maxDays);
        Generator<LocalDate> granted = dates(fromInclusive, toInclusive);
        return random -> new Extension(between(random, 1, maxDays), granted.next(random), "agency head",
                "generated extension");
    }

    /**
     * Warning policies: YELLOW at 0–5 remaining days or 50–100% used (each sometimes disabled),
     * escalation after 1–10 overdue days or never.
     */
    public static Generator<WarningPolicy> warningPolicies() {
        return random -> new WarningPolicy(
                random.nextInt(4) == 0 ? WarningPolicy.NEVER : random.nextInt(6),
                random.nextInt(4) == 0 ? WarningPolicy.NEVER : random.nextInt(50, 101),
                random.nextBoolean() ? WarningPolicy.NEVER : random.nextInt(1, 11));
    }

    /**
     * Case clocks of {@code calendar}, accepted on a working day from {@code fromInclusive} to
     * {@code toInclusive}, with working-day limits (statutory 1–45, promised not longer), 0–2
     * closed suspensions of up to 20 days in the first 60 days, an extension half of the time
     * (granted before the statutory due date), 0–2 steps, and a completion a third of the time
 * (dated on or after every other event).
     * Clocks have no corrections, so their promised due date is never after the statutory one.
     *
     * <p>A clock reaches at most {@link #CLOCK_REACH_DAYS} days past its acceptance: keep
     * {@code toInclusive} that far inside the calendar's coverage.
     *
     * @throws IllegalArgumentException if the range is empty or not that far inside the coverage
     */
    public static Generator<CaseClock> clocks(WorkingDayCalendar calendar, LocalDate fromInclusive,
                                              LocalDate toInclusive) {
        return clocks(calendar, fromInclusive, toInclusive, false);
    }

    /**
     * Case clocks as {@link #clocks}, where half of them also had a correction (补正): a request
     * in the first 20 days, and in half of those the supplements 0–20 days later (restarting the
     * promised clock, whose due date may then lie after the statutory one).
     *
     * @throws IllegalArgumentException as {@link #clocks}
     */
    public static Generator<CaseClock> clocksWithCorrections(WorkingDayCalendar calendar, LocalDate fromInclusive,
                                                             LocalDate toInclusive) {
        return clocks(calendar, fromInclusive, toInclusive, true);
    }

    private static Generator<CaseClock> clocks(WorkingDayCalendar calendar, LocalDate fromInclusive,
                                               LocalDate toInclusive, boolean corrections) {
        Objects.requireNonNull(calendar, "calendar");
        if (fromInclusive.isBefore(calendar.coverageStart())
                || toInclusive.plusDays(CLOCK_REACH_DAYS).isAfter(calendar.coverageEnd())) {
            throw new IllegalArgumentException("Clocks accepted " + fromInclusive + " to " + toInclusive
                    + " need calendar " + calendar.id() + " to cover through " + toInclusive.plusDays(CLOCK_REACH_DAYS)
                    + ", but it covers " + calendar.coverageStart() + " to " + calendar.coverageEnd());
        }
        Generator<LocalDate> acceptance = workingDays(calendar, fromInclusive, toInclusive);
        Generator<TimeLimits> limits = workingDayLimitPairs(45);
        Generator<SuspensionKind> kinds = suspensionKinds();
        return random -> {
            LocalDate accepted = acceptance.next(random);
            CaseClock clock = CaseClock.start(calendar, accepted, limits.next(random));
            LocalDate lastStart = accepted;
            int suspensionCount = random.nextInt(3);
            for (int i = 0; i < suspensionCount; i++) {
                LocalDate start = accepted.plusDays(random.nextInt(1, 61));
                LocalDate end = start.plusDays(random.nextInt(20));
                clock = clock.withSuspension(Suspension.of(kinds.next(random), start, end));
                lastStart = end.isAfter(lastStart) ? end : lastStart;
            }
            if (random.nextBoolean()) {
                LocalDate due = clock.statutoryDueAsOf(accepted);
                LocalDate granted = accepted.plusDays(random.nextLong(0, due.toEpochDay() - accepted.toEpochDay() + 1));
                clock = clock.extend(new Extension(random.nextInt(1, 11), granted, "agency head", "generated"));
                lastStart = granted.isAfter(lastStart) ? granted : lastStart;
            }
            int stepCount = random.nextInt(3);
            for (int i = 0; i < stepCount; i++) {
                String name = "step " + (i + 1);
                LocalDate start = accepted.plusDays(random.nextInt(0, 21));
                lastStart = start.isAfter(lastStart) ? start : lastStart;
                clock = clock.startStep(name, start, TimeLimit.workingDays(random.nextInt(1, 11)));
                if (random.nextBoolean()) {
                    LocalDate done = start.plusDays(random.nextInt(0, 16));
                    clock = clock.completeStep(name, done);
                    lastStart = done.isAfter(lastStart) ? done : lastStart;
                }
            }
            if (corrections && random.nextBoolean()) {
                LocalDate requested = accepted.plusDays(random.nextInt(0, 21));
                clock = clock.correctionRequested(requested);
                lastStart = requested.isAfter(lastStart) ? requested : lastStart;
                if (random.nextBoolean()) {
                    LocalDate received = requested.plusDays(random.nextInt(0, 21));
                    clock = clock.supplementsReceived(received);
                    lastStart = received.isAfter(lastStart) ? received : lastStart;
                }
            }
            if (random.nextInt(3) == 0) {
                clock = clock.complete(lastStart.plusDays(random.nextInt(0, 81)));
            }
            return clock;
        };
    }

    /** A uniform int from {@code min} to {@code max}, both inclusive, {@code 0 <= min <= max}; no overflow at the top. */
    private static int between(RandomGenerator random, int min, int max) {
        return max < Integer.MAX_VALUE ? random.nextInt(min, max + 1) : (int) random.nextLong(min, max + 1L);
    }

    private static void requireAmounts(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("Bounds must satisfy 0 <= min <= max, but were " + min + " and " + max);
        }
    }
}
