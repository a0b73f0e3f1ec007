package io.github.govrules.calendar.deadline.bench;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.Extension;
import io.github.govrules.calendar.deadline.Suspension;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a due date with two suspensions and an extension, against a plain shift by the
 * same number of working days on the national calendar {@code CN} (target: at most 5×).
 *
 * <ul>
 *   <li>{@code plainShift}: {@code calendar.shift(accepted, 20)};</li>
 *   <li>{@code dueDateTwoSuspensions}: {@link Deadlines#dueDate} of 30 working days with two
 *       suspensions (the one-call API: 20 + an extension of 10);</li>
 *   <li>{@code clockDueTwoSuspensionsAndExtension}: {@link CaseClock#statutoryDue()} of a clock
 *       with 20 working days, two closed suspensions and an extension of 10.</li>
 * </ul>
 * 1,024 pre-drawn cases (fixed seed, acceptance 2021–2025, suspensions of 1–20 days within 60
 * days of acceptance), cycled.
 *
 * Run: {@code java -jar gov-calendar/target/benchmarks.jar DeadlineBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineBenchmark {

    private static final int CASES = 1024;
    private static final int MASK = CASES - 1;
    private static final TimeLimit TWENTY = TimeLimit.workingDays(20);
    private static final TimeLimit THIRTY = TimeLimit.workingDays(30);

    private WorkingDayCalendar calendar;
    private final LocalDate[] accepted = new LocalDate[CASES];
    private final List<List<Suspension>> suspensions = new ArrayList<>(CASES);
    private final CaseClock[] clocks = new CaseClock[CASES];
    private int i;

    /** Draws the cases. */
    @Setup
    public void setUp() {
        calendar = Calendars.cn();
        SplittableRandom random = new SplittableRandom(20251001L);
        long first = LocalDate.of(2021, 1, 1).toEpochDay();
        long last = LocalDate.of(2025, 12, 31).toEpochDay();
        for (int c = 0; c < CASES; c++) {
            LocalDate start = calendar.nextOrSame(LocalDate.ofEpochDay(random.nextLong(first, last + 1)));
            Suspension a = suspension(random, start, SuspensionKind.TESTING);
            Suspension b = suspension(random, start, SuspensionKind.EXPERT_REVIEW);
            accepted[c] = start;
            suspensions.add(List.of(a, b));
            clocks[c] = CaseClock.start(calendar, start, TWENTY, TWENTY)
                    .withSuspension(a)
                    .withSuspension(b)
                    .extend(Extension.ordinary(start.plusDays(1), "agency head", "benchmark"));
        }
    }

    private static Suspension suspension(SplittableRandom random, LocalDate accepted, SuspensionKind kind) {
        LocalDate start = accepted.plusDays(random.nextInt(1, 61));
        return Suspension.of(kind, start, start.plusDays(random.nextInt(0, 20)));
    }

    /** The baseline: a plain shift by 20 working days. */
    @Benchmark
    public LocalDate plainShift() {
        return calendar.shift(accepted[i++ & MASK], 20);
    }

    /** One call: 30 working days with two suspensions. */
    @Benchmark
    public LocalDate dueDateTwoSuspensions() {
        int c = i++ & MASK;
        return Deadlines.dueDate(calendar, accepted[c], THIRTY, suspensions.get(c));
    }

    /** A case clock: 20 working days, two suspensions, an extension of 10. */
    @Benchmark
    public LocalDate clockDueTwoSuspensionsAndExtension() {
        return clocks[i++ & MASK].statutoryDue().orElseThrow();
    }
}
