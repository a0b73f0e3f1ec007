package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Outside its coverage every operation throws, naming the calendar, the date and the range. */
class CoverageTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    static Stream<Arguments> operations() {
        LocalDate jan2027 = LocalDate.of(2027, 1, 4);
        LocalDate dec2019 = LocalDate.of(2019, 12, 31);
        return Stream.of(
                op("isWorkingDay 2027", c -> c.isWorkingDay(jan2027), jan2027),
                op("isWorkingDay 2019", c -> c.isWorkingDay(dec2019), dec2019),
                op("describe", c -> c.describe(jan2027), jan2027),
                op("next", c -> c.next(jan2027), jan2027),
                op("nextOrSame", c -> c.nextOrSame(jan2027), jan2027),
                op("previous", c -> c.previous(dec2019), dec2019),
                op("previousOrSame", c -> c.previousOrSame(dec2019), dec2019),
                op("shift from uncovered", c -> c.shift(jan2027, 1), jan2027),
                op("shift past the end", c -> c.shift(LocalDate.of(2026, 12, 20), 20), END.plusDays(1)),
                op("shift before the start", c -> c.shift(LocalDate.of(2020, 1, 10), -20), START.minusDays(1)),
                op("next at the end", c -> c.next(END), END.plusDays(1)),
                op("previous at the start", c -> c.previous(LocalDate.of(2020, 1, 2)), START.minusDays(1)),
                op("count to 2027", c -> c.countWorkingDays(LocalDate.of(2026, 6, 1), jan2027), jan2027),
                op("count from 2019", c -> c.countWorkingDays(dec2019, LocalDate.of(2020, 6, 1)), dec2019),
                op("workingDays into 2027", c -> c.workingDays(LocalDate.of(2026, 12, 1), jan2027).count(), LocalDate.of(2027, 1, 3)),
                op("huge shift", c -> c.shift(LocalDate.of(2025, 1, 1), Integer.MAX_VALUE), END.plusDays(1)),
                op("huge negative shift", c -> c.shift(LocalDate.of(2025, 1, 1), Integer.MIN_VALUE), START.minusDays(1)));
    }

    private static Arguments op(String name, Consumer<WorkingDayCalendar> call, LocalDate date) {
        return Arguments.of(name, call, date);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void throwsNamingCalendarDateAndRange(String name, Consumer<WorkingDayCalendar> call, LocalDate date) {
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class, () -> call.accept(CN));
        assertEquals(CalendarId.CN, e.calendarId());
        assertEquals(date, e.date());
        assertEquals(START, e.coverageStart());
        assertEquals(END, e.coverageEnd());
        assertTrue(e.getMessage().startsWith("Calendar CN has no data for " + date + " (data covers 2020-01-01 to 2026-12-31)"),
                e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theDefaultMethodsThrowToo(String name, Consumer<WorkingDayCalendar> call, LocalDate date) {
        // a minimal calendar that relies on the interface's default arithmetic
        WorkingDayCalendar simple = new WorkingDayCalendar() {
            @Override public CalendarId id() { return CalendarId.CN; }
            @Override public LocalDate coverageStart() { return START; }
            @Override public LocalDate coverageEnd() { return END; }
            @Override public boolean isWorkingDay(LocalDate d) {
                if (!covers(d)) {
                    throw new DateOutOfCoverageException(id(), d, START, END);
                }
                return CN.isWorkingDay(d);
            }
            @Override public DayInfo describe(LocalDate d) {
                isWorkingDay(d);
                return CN.describe(d);
            }
        };
        if (name.startsWith("huge")) {
            return; // the default loop would take its time reaching the end
        }
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class, () -> call.accept(simple));
        assertEquals(CalendarId.CN, e.calendarId());
        assertTrue(List.of(START, END).contains(e.coverageStart()) && END.equals(e.coverageEnd()));
    }

    @org.junit.jupiter.api.Test
    void theEdgesOfTheCoverageWork() {
        assertEquals(LocalDate.of(2020, 1, 2), CN.nextOrSame(START));
        assertEquals(LocalDate.of(2026, 12, 31), CN.previousOrSame(END));
        assertEquals(CN.countWorkingDays(START, END) + 0, (int) CN.workingDays(LocalDate.of(2020, 1, 2), END.plusDays(1)).count());
        assertTrue(CN.covers(END) && !CN.covers(END.plusDays(1)) && CN.covers(START) && !CN.covers(START.minusDays(1)));
    }
}
