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
 * @param provisionalYears the uncovered years answered by weekends only, empty for an exact explanation
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
     * only, or for a regional overlay its base calendar's days).
     */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /** The number of days that counted towards the limit. */
    public int countedDays() {
        return (int) days.stream().filter(ExplainedDay::counted).count();
    }

    /**
     * The explanation as text: a heading line, then one line per day, e.g.
     * <pre>
     * 20 working days from 2025-09-19: due 2025-10-23
     * 2025-09-20 Sat weekend: not counted
     * …
     * </pre>
     */
    public String toText() {
        String heading = limit + " from " + start + ": due " + due
                + (isProvisional() ? " (provisional: no data for " + provisionalYears + ")" : "");
        return days.stream().map(ExplainedDay::toString)
                .collect(Collectors.joining("\n", heading + "\n", days.isEmpty() ? "" : "\n"));
    }
}
