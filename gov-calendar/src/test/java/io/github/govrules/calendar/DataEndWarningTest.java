package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** Issue 17.3: how far the data reaches, and one warning when a calendar is used near its end. */
class DataEndWarningTest {

    /** A fresh CN: the warning is per instance, and the shared standard one may have warned already. */
    private static ImmutableWorkingDayCalendar freshCn() {
        return Calendars.empty().readResource(Calendars.DATA_FOLDER + "CN.cal");
    }

    @Test
    void theRegistrySaysHowFarEachCalendarReaches() {
        Map<CalendarId, LocalDate> ends = Calendars.standard().coverageEnds();
        assertEquals(LocalDate.of(2026, 12, 31), ends.get(CalendarId.CN));
        assertEquals(Calendars.standard().ids(), ends.keySet());
    }

    @Test
    void everyOperationNearTheEndWarnsAndNothingBeforeIt() {
        // 2026-11-02 is the 60th day before the end (2026-12-31 inclusive); 2026-11-01 is not within 60 days
        List<Consumer<ImmutableWorkingDayCalendar>> near = List.of(
                c -> c.isWorkingDay(LocalDate.of(2026, 11, 2)),
                c -> c.countWorkingDays(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 2)),
                c -> c.countWorkingDays(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 1, 5)),
                c -> c.shift(LocalDate.of(2026, 10, 30), 1),
                c -> c.shift(LocalDate.of(2026, 12, 1), -5),
                c -> c.next(LocalDate.of(2026, 10, 30)),
                c -> c.nextOrSame(LocalDate.of(2026, 11, 2)),
                c -> c.previous(LocalDate.of(2026, 11, 3)),
                c -> c.previousOrSame(LocalDate.of(2026, 12, 31)),
                c -> c.describe(LocalDate.of(2026, 12, 31)),
                c -> c.workingDays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 3)).count(),
                c -> c.provisional().shift(LocalDate.of(2026, 12, 31), 3),
                c -> c.provisional().isWorkingDay(LocalDate.of(2027, 3, 1)));
        for (int i = 0; i < near.size(); i++) {
            ImmutableWorkingDayCalendar cn = freshCn();
            near.get(i).accept(cn);
            assertTrue(cn.hasWarnedNearEnd(), "operation " + i);
        }
        ImmutableWorkingDayCalendar cn = freshCn();
        cn.isWorkingDay(LocalDate.of(2026, 11, 1));
        cn.countWorkingDays(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 1));
        cn.shift(LocalDate.of(2026, 10, 1), 10);
        cn.describe(LocalDate.of(2026, 11, 1));
        cn.provisional().shift(LocalDate.of(2019, 12, 1), 3);
        cn.provisional().isWorkingDay(LocalDate.of(2019, 12, 31));
        assertFalse(cn.hasWarnedNearEnd(), "nothing before the last 60 days, nor before the data");
    }

    @Test
    void theWarningIsLoggedOncePerCalendarInstance() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ImmutableWorkingDayCalendar cn = freshCn();
            for (int i = 0; i < 100; i++) {
                cn.shift(LocalDate.of(2026, 12, 1), 5);
                cn.isWorkingDay(LocalDate.of(2026, 12, 30));
            }
            freshCn().countWorkingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        } finally {
            System.setErr(saved);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, log.split("within 60 days of the end of its data", -1).length - 1, log);
        assertTrue(log.contains("WARN"), log);
        assertTrue(log.contains("Calendar CN was asked about 2026-12-08, within 60 days of the end of its data (2026-12-31):"
                + " load the next year's notice as a calendar file for CN when it is published (see 'Adding next year' in"
                + " gov-calendar's README), or dates after 2026-12-31 will be refused"), log);
    }
}
