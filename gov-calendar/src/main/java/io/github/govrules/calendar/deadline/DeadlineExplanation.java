package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The day-by-day explanation of a due date: one {@link ExplainedDay} for every day after the
 * start day up to and including the due date, saying whether it was counted, a weekend, a
 * holiday (with its name), a makeup working day, or suspended (with the suspension kind).
 *
 * <p>The start day itself is not listed: it is never counted (Civil Code Art. 201).
 * Immutable.
 *
 * @param start            the day the period starts (not counted)
 * @param limit            the limit counted, including any extension
 * @param due              the due date, the last day listed (or the start when nothing is counted)
 * @param days             the days after {@code start} up to {@code due}, in order
 * @param provisionalYears the uncovered years whose days the explanation guessed (their statutory holidays, weekends only, or
 *                         for a regional overlay its base calendar's days), ascending; empty for an
 *                         exact explanation. These are the years the due date depended on and the
 *                         uncovered years of every day listed, since each day's label is a guess
 *                         too. They include the due date's own years (those of
 *                         {@link Deadlines#provisionalDueDate}) and can be more: a natural-day due
 *                         date depends only on the days Art. 203 looks at (the last counted day
 *                         and the days it is moved past), so 49 natural days from 2027-11-13, due
 *                         2028-01-04, is provisional for [2028] as a due date, but its explanation,
 *                         which labels the days of 2027 as well, for [2027, 2028]. For a
 *                         working-day limit, whose due date counts every day listed, the two agree.
 * @since 0.1.0
 */
public record DeadlineExplanation(LocalDate start, TimeLimit limit, LocalDate due, List<ExplainedDay> days,
                                  List<Year> provisionalYears) {

    /** Creates an explanation; the lists are copied. */
    public DeadlineExplanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(due, "due");
        days = List.copyOf(days);
        provisionalYears = List.copyOf(provisionalYears);
    }

    /**
     * Whether the explanation guessed the days of a year the calendar has no data for (weekends
     * only, or for a regional overlay its base calendar's days): for the due date or for any day
     * listed (see {@link #provisionalYears()}).
     */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /** The number of days that counted towards the limit. */
    public int countedDays() {
        return (int) days.stream().filter(ExplainedDay::counted).count();
    }

    /** How an explanation says that its due date is where a period moved past rest days ends (Art. 203). */
    public static final String END_MOVED_WORDS =
            "the last day fell on a rest day, so the period ends here, Civil Code Art. 203";

    /**
     * Whether the period's last counted day fell on a rest day, so that it ends on the next working
     * day, the due date, which is then listed as not counted (a natural-day limit, Civil Code Art. 203).
     */
    public boolean endMovedPastRestDays() {
        return !days.isEmpty() && days.get(days.size() - 1).date().equals(due) && !days.get(days.size() - 1).counted();
    }

    /**
     * The explanation as text: a heading line, then one line per day, e.g.
     * <pre>
     * 20 working days from 2025-09-19: due 2025-10-23
     * 2025-09-20 Sat weekend: not counted
     * …
     * </pre>
     * For a natural-day limit whose last day falls on a rest day, the day the period then ends on
     * says so: {@code 2025-10-09 Thu working day: due (the last day fell on a rest day, …)}.
     */
    public String toText() {
        String heading = limit + " from " + start + ": due " + due
                + (isProvisional() ? " (provisional: no data for " + provisionalYears + ")" : "");
        boolean moved = endMovedPastRestDays();
        return days.stream().map(d -> moved && d.date().equals(due)
                        ? d.toString().replace(": not counted", ": due (" + END_MOVED_WORDS + ")")
                        : d.toString())
                .collect(Collectors.joining("\n", heading + "\n", days.isEmpty() ? "" : "\n"));
    }
}
