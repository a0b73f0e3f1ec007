package io.github.govrules.examples;

import java.time.LocalDate;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.ClockStatus;
import io.github.govrules.calendar.deadline.DeadlineExplanation;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.Extension;
import io.github.govrules.calendar.deadline.IllegalClockOperationException;
import io.github.govrules.calendar.deadline.NoticeWindow;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.TimeLimits;
import io.github.govrules.calendar.deadline.WarningPolicy;

/**
 * Deadlines (时限): due dates in working and natural days, the day-by-day explanation, the Art. 32
 * notice window, and a case clock with a suspension, an extension and supervision warnings.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.DeadlineExample}
 *
 * @since 0.1.0
 */
public final class DeadlineExample {

    private DeadlineExample() {
    }

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        WorkingDayCalendar cn = Calendars.cn();
        LocalDate accepted = LocalDate.of(2025, 9, 19);

        // A working-day limit: the 20th working day after acceptance.
        System.out.println("due: " + Deadlines.dueDate(cn, accepted, TimeLimit.workingDays(20)));
        // A natural-day limit whose last day is a holiday ends on the first day after it (Civil Code Art. 203).
        System.out.println("5 natural days from 2025-09-26: "
                + Deadlines.dueDate(cn, LocalDate.of(2025, 9, 26), TimeLimit.naturalDays(5)));

        // Why: one entry per day, counted or not and the reason.
        DeadlineExplanation why = Deadlines.explain(cn, accepted, TimeLimit.workingDays(20));
        why.days().stream().filter(d -> !d.date().isAfter(LocalDate.of(2025, 10, 1))).forEach(System.out::println);
        System.out.println("... " + why.countedDays() + " days counted, due " + why.due());

        // Art. 32: materials received, everything missing must be told within five working days.
        NoticeWindow window = NoticeWindow.of(cn, LocalDate.of(2025, 9, 26));
        System.out.println("one-time notice due by " + window.lastDay());

        // A case clock: statutory 20 and promised 10 working days, an expert review that is not
        // counted (Art. 45), one extension of 10 working days (Art. 42), warnings on a date.
        CaseClock clock = CaseClock.start(cn, LocalDate.of(2026, 1, 26), TimeLimits.parse("20 working days", "10 working days"))
                .suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2026, 2, 2))
                .resume(LocalDate.of(2026, 2, 27))
                .extend(Extension.ordinary(LocalDate.of(2026, 3, 9), "agency head", "site inspection needed"));
        System.out.println("statutory due " + clock.statutoryDueAsOf(LocalDate.of(2026, 3, 10))
                + ", promised due " + clock.promisedDueAsOf(LocalDate.of(2026, 3, 10)));
        ClockStatus status = clock.status(LocalDate.of(2026, 3, 10), WarningPolicy.DEFAULT);
        System.out.println("on 2026-03-10: " + status.warning() + "; promised " + status.promised());

        // The law allows one extension: a second one is a typed error naming the rule.
        try {
            clock.extend(Extension.ordinary(LocalDate.of(2026, 3, 12), "agency head", "again"));
        } catch (IllegalClockOperationException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
