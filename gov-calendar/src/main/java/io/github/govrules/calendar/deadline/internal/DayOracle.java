package io.github.govrules.calendar.deadline.internal;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.DayInfo;
import io.github.govrules.calendar.ProvisionalCalendar;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The calendar questions the deadline maths asks, answered either strictly (throwing outside
 * the coverage) or provisionally (weekends only outside the coverage, remembering the years
 * it guessed). A provisional oracle collects years while it is used: create one per
 * computation and do not share it between threads.
 */
public abstract class DayOracle {

    /** A strict oracle: uncovered dates throw {@code DateOutOfCoverageException}. */
    public static DayOracle strict(WorkingDayCalendar calendar) {
        return new Strict(Objects.requireNonNull(calendar, "calendar"));
    }

    /** A provisional oracle over {@code calendar.provisional()}. */
    public static DayOracle provisional(WorkingDayCalendar calendar) {
        return new Provisional(Objects.requireNonNull(calendar, "calendar").provisional());
    }

    /** Whether the date is a working day. */
    public abstract boolean isWorkingDay(LocalDate date);

    /** What kind of day the date is. */
    public abstract DayInfo describe(LocalDate date);

    /** The n-th working day strictly after the date, n ≥ 1. */
    public abstract LocalDate shift(LocalDate date, int workingDays);

    /** Working days in (a, b], a ≤ b. */
    public abstract int count(LocalDate startExclusive, LocalDate endInclusive);

    /**
     * The last day this oracle answers without throwing: the coverage end, or if provisional the
     * {@linkplain ProvisionalCalendar#horizonEnd() provisional horizon}.
     */
    public abstract LocalDate lastKnownDay();

    /** The uncovered years answered by weekends only so far, ascending; always empty for a strict oracle. */
    public abstract List<Year> provisionalYears();

    private static final class Strict extends DayOracle {
        private final WorkingDayCalendar calendar;

        Strict(WorkingDayCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return calendar.isWorkingDay(date);
        }

        @Override
        public DayInfo describe(LocalDate date) {
            return calendar.describe(date);
        }

        @Override
        public LocalDate shift(LocalDate date, int workingDays) {
            return calendar.shift(date, workingDays);
        }

        @Override
        public int count(LocalDate startExclusive, LocalDate endInclusive) {
            return calendar.countWorkingDays(startExclusive, endInclusive);
        }

        @Override
        public LocalDate lastKnownDay() {
            return calendar.coverageEnd();
        }

        @Override
        public List<Year> provisionalYears() {
            return List.of();
        }
    }

    private static final class Provisional extends DayOracle {
        private final ProvisionalCalendar calendar;
        private final TreeSet<Year> years = new TreeSet<>();

        Provisional(ProvisionalCalendar calendar) {
            this.calendar = calendar;
        }

        private <T> T note(CalendarAnswer<T> answer) {
            if (!answer.provisionalYears().isEmpty()) { // an exact answer adds nothing: no iterator per day
                years.addAll(answer.provisionalYears());
            }
            return answer.value();
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return note(calendar.isWorkingDay(date));
        }

        @Override
        public DayInfo describe(LocalDate date) {
            return note(calendar.describe(date));
        }

        @Override
        public LocalDate shift(LocalDate date, int workingDays) {
            return note(calendar.shift(date, workingDays));
        }

        @Override
        public int count(LocalDate startExclusive, LocalDate endInclusive) {
            return note(calendar.countWorkingDays(startExclusive, endInclusive));
        }

        @Override
        public LocalDate lastKnownDay() {
            return calendar.horizonEnd();
        }

        @Override
        public List<Year> provisionalYears() {
            return List.copyOf(years);
        }
    }
}
