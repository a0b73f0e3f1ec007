package io.github.govrules.calendar.bench;

import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.ProvisionalBasis;
import io.github.govrules.calendar.ProvisionalCalendar;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The national calendar {@code CN} against Strata's {@code ImmutableHolidayCalendar} and a naive
 * day-by-day loop, on the same data (the holidays and makeup working days of CN 2020–2026) and
 * the same inputs (1,024 pre-drawn random cases per operation, fixed seed, cycled).
 *
 * <ul>
 *   <li>{@code isWorkingDay_*}: a random date 2024–2026;</li>
 *   <li>{@code shift20_*}: a random date 2024-01-01..2026-11-30 shifted by 20 working days;</li>
 *   <li>{@code countWithinYear_*}: working days between a random date 2024–2025 and a date up to
 *       a year later (Strata's {@code daysBetween} counts [a, b), the others (a, b]: the same
 *       amount of work).</li>
 *   <li>{@code countWithinYear_floor}: not an implementation but the cost every
 *       {@code countWithinYear_*} method pays before any calendar work: the same loop, the same
 *       array reads and the same reads of both dates' year, month and day. A calendar's own cost
 *       is its score minus this one.</li>
 * </ul>
 *
 * Two harnesses, both in every run:
 * <ul>
 *   <li>{@code <op>_<impl>} (batched): one invocation runs all 1,024 cases in a loop, each result
 *       consumed by the {@link Blackhole}; {@code @OperationsPerInvocation} makes the score per case.
 *       This is the cost of the operation when a program calls it for many cases (a batch of due
 *       dates, an indicator over a year's cases).</li>
 *   <li>{@code <op>PerCall_<impl>}: one case per invocation, picked by a counter field ({@code i++ &
 *       1023}). Each call then also pays JMH's per-invocation bookkeeping and a store-to-load
 *       dependency on the counter, shown by {@code countWithinYearPerCall_floor}.</li>
 * </ul>
 *
 * Run: {@code java -jar gov-calendar/target/benchmarks.jar CalendarBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s};
 * add {@code -prof gc} for allocation per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {

    private static final int CASES = 1024;
    private static final int MASK = CASES - 1;

    private WorkingDayCalendar gov;
    private ImmutableHolidayCalendar strata;
    private NaiveCalendar naive;

    private final LocalDate[] days = new LocalDate[CASES];
    private final LocalDate[] shiftStarts = new LocalDate[CASES];
    private final LocalDate[] countStarts = new LocalDate[CASES];
    private final LocalDate[] countEnds = new LocalDate[CASES];
    private int i;

    /** The provisional view of {@code gov}, and shift starts in years it does not cover (issue 17.2). */
    private ProvisionalCalendar provisional;
    private final LocalDate[] statutoryStarts = new LocalDate[CASES];
    private final LocalDate[] weekendsOnlyStarts = new LocalDate[CASES];

    @Setup
    public void setUp() {
        gov = Calendars.cn();
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = gov.coverageStart(); !d.isAfter(gov.coverageEnd()); d = d.plusDays(1)) {
            DayKind kind = gov.describe(d).kind();
            if (kind == DayKind.HOLIDAY) {
                holidays.add(d);
            } else if (kind == DayKind.MAKEUP_WORKING_DAY) {
                workingDays.add(d);
            }
        }
        strata = ImmutableHolidayCalendar.of(HolidayCalendarId.of("CN-BENCH"), holidays,
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), workingDays);
        naive = new NaiveCalendar(new HashSet<>(holidays), new HashSet<>(workingDays));

        SplittableRandom random = new SplittableRandom(20250919);
        LocalDate from = LocalDate.of(2024, 1, 1);
        for (int k = 0; k < CASES; k++) {
            days[k] = from.plusDays(random.nextInt(3 * 365));
            shiftStarts[k] = from.plusDays(random.nextInt((int) (LocalDate.of(2026, 11, 30).toEpochDay() - from.toEpochDay())));
            countStarts[k] = from.plusDays(random.nextInt(2 * 365));
            countEnds[k] = countStarts[k].plusDays(random.nextInt(366));
            // 2027-01-01..2030-11-30: no notice, statutory holidays; 2052-01-01..2055-11-30: beyond the lunar table
            statutoryStarts[k] = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(4 * 365 - 31));
            weekendsOnlyStarts[k] = LocalDate.of(2052, 1, 1).plusDays(random.nextInt(4 * 365 - 31));
        }
        provisional = gov.provisional();
        for (int k = 0; k < CASES; k++) {
            check(provisional.shift(shiftStarts[k], 20).exactValue().equals(gov.shift(shiftStarts[k], 20)),
                    "provisional shift " + shiftStarts[k]);
            check(provisional.basis(java.time.Year.from(statutoryStarts[k])) == ProvisionalBasis.STATUTORY_HOLIDAYS
                    && provisional.basis(java.time.Year.from(weekendsOnlyStarts[k])) == ProvisionalBasis.WEEKENDS_ONLY,
                    "provisional basis " + statutoryStarts[k] + " " + weekendsOnlyStarts[k]);
        }
        // the three implementations agree on every input
        for (int k = 0; k < CASES; k++) {
            check(gov.isWorkingDay(days[k]) == strata.isBusinessDay(days[k])
                    && gov.isWorkingDay(days[k]) == naive.isWorkingDay(days[k]), "isWorkingDay " + days[k]);
            LocalDate shifted = gov.shift(shiftStarts[k], 20);
            check(shifted.equals(strata.shift(shiftStarts[k], 20)) && shifted.equals(naive.shift(shiftStarts[k], 20)),
                    "shift " + shiftStarts[k]);
            int count = gov.countWorkingDays(countStarts[k], countEnds[k]);
            check(count == naive.count(countStarts[k], countEnds[k])
                            && count == strata.daysBetween(countStarts[k].plusDays(1), countEnds[k].plusDays(1)),
                    "count " + countStarts[k] + " " + countEnds[k]);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Implementations disagree: " + what);
        }
    }

    // ---- Batched: each invocation runs all 1,024 pre-drawn cases; scores are per case. ----

    /** The provisional view on covered dates: the exact answer, wrapped (compare {@code shift20_gov}). */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void provisionalShift20_exact(Blackhole bh) {
        ProvisionalCalendar p = provisional;
        LocalDate[] in = shiftStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(p.shift(in[k], 20));
        }
    }

    /** The provisional view in years without a notice: day by day over the statutory holidays (2027–2030). */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void provisionalShift20_statutory(Blackhole bh) {
        ProvisionalCalendar p = provisional;
        LocalDate[] in = statutoryStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(p.shift(in[k], 20));
        }
    }

    /** The last resort, beyond the lunar table (2052–2055): day by day, weekends only. */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void provisionalShift20_weekendsOnly(Blackhole bh) {
        ProvisionalCalendar p = provisional;
        LocalDate[] in = weekendsOnlyStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(p.shift(in[k], 20));
        }
    }

    /** {@code isWorkingDay} of the provisional view on a covered date (compare {@code isWorkingDay_gov}). */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void provisionalIsWorkingDay_exact(Blackhole bh) {
        ProvisionalCalendar p = provisional;
        LocalDate[] in = days;
        for (int k = 0; k < CASES; k++) {
            bh.consume(p.isWorkingDay(in[k]));
        }
    }

    /** {@code isWorkingDay} of the provisional view in a year without a notice (an answer naming its year). */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void provisionalIsWorkingDay_statutory(Blackhole bh) {
        ProvisionalCalendar p = provisional;
        LocalDate[] in = statutoryStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(p.isWorkingDay(in[k]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void isWorkingDay_gov(Blackhole bh) {
        WorkingDayCalendar c = gov;
        LocalDate[] in = days;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.isWorkingDay(in[k]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void isWorkingDay_strata(Blackhole bh) {
        ImmutableHolidayCalendar c = strata;
        LocalDate[] in = days;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.isBusinessDay(in[k]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void isWorkingDay_naive(Blackhole bh) {
        NaiveCalendar c = naive;
        LocalDate[] in = days;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.isWorkingDay(in[k]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void shift20_gov(Blackhole bh) {
        WorkingDayCalendar c = gov;
        LocalDate[] in = shiftStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.shift(in[k], 20));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void shift20_strata(Blackhole bh) {
        ImmutableHolidayCalendar c = strata;
        LocalDate[] in = shiftStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.shift(in[k], 20));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void shift20_naive(Blackhole bh) {
        NaiveCalendar c = naive;
        LocalDate[] in = shiftStarts;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.shift(in[k], 20));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void countWithinYear_gov(Blackhole bh) {
        WorkingDayCalendar c = gov;
        LocalDate[] a = countStarts;
        LocalDate[] b = countEnds;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.countWorkingDays(a[k], b[k]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void countWithinYear_strata(Blackhole bh) {
        ImmutableHolidayCalendar c = strata;
        LocalDate[] a = countStarts;
        LocalDate[] b = countEnds;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.daysBetween(a[k], b[k]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void countWithinYear_naive(Blackhole bh) {
        NaiveCalendar c = naive;
        LocalDate[] a = countStarts;
        LocalDate[] b = countEnds;
        for (int k = 0; k < CASES; k++) {
            bh.consume(c.count(a[k], b[k]));
        }
    }

    /** The batched harness alone: the same loop reading both dates' fields, no calendar. */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void countWithinYear_floor(Blackhole bh) {
        LocalDate[] as = countStarts;
        LocalDate[] bs = countEnds;
        for (int k = 0; k < CASES; k++) {
            LocalDate a = as[k];
            LocalDate b = bs[k];
            bh.consume((b.getYear() - a.getYear()) * 512 + (b.getMonthValue() - a.getMonthValue()) * 32
                    + b.getDayOfMonth() - a.getDayOfMonth());
        }
    }

    // ---- Per call: one case per invocation, cycling through the cases with a counter field. ----

    @Benchmark
    public boolean isWorkingDayPerCall_gov() {
        return gov.isWorkingDay(days[i++ & MASK]);
    }

    @Benchmark
    public boolean isWorkingDayPerCall_strata() {
        return strata.isBusinessDay(days[i++ & MASK]);
    }

    @Benchmark
    public LocalDate shift20PerCall_gov() {
        return gov.shift(shiftStarts[i++ & MASK], 20);
    }

    @Benchmark
    public LocalDate shift20PerCall_strata() {
        return strata.shift(shiftStarts[i++ & MASK], 20);
    }

    @Benchmark
    public int countWithinYearPerCall_gov() {
        int k = i++ & MASK;
        return gov.countWorkingDays(countStarts[k], countEnds[k]);
    }

    @Benchmark
    public int countWithinYearPerCall_strata() {
        int k = i++ & MASK;
        return strata.daysBetween(countStarts[k], countEnds[k]);
    }

    /** The per-call harness alone: pick the case and read both dates' fields, no calendar. */
    @Benchmark
    public int countWithinYearPerCall_floor() {
        int k = i++ & MASK;
        LocalDate a = countStarts[k];
        LocalDate b = countEnds[k];
        return (b.getYear() - a.getYear()) * 512 + (b.getMonthValue() - a.getMonthValue()) * 32
                + b.getDayOfMonth() - a.getDayOfMonth();
    }

    /** The naive implementation: a day-by-day loop over {@code HashSet<LocalDate>}s. */
    static final class NaiveCalendar {
        private final Set<LocalDate> holidays;
        private final Set<LocalDate> makeupDays;

        NaiveCalendar(Set<LocalDate> holidays, Set<LocalDate> makeupDays) {
            this.holidays = holidays;
            this.makeupDays = makeupDays;
        }

        boolean isWorkingDay(LocalDate d) {
            if (makeupDays.contains(d)) {
                return true;
            }
            DayOfWeek dow = d.getDayOfWeek();
            return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(d);
        }

        LocalDate shift(LocalDate d, int n) {
            LocalDate r = d;
            for (int left = n; left > 0; ) {
                r = r.plusDays(1);
                if (isWorkingDay(r)) {
                    left--;
                }
            }
            return r;
        }

        int count(LocalDate a, LocalDate b) {
            int count = 0;
            for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
    }
}
