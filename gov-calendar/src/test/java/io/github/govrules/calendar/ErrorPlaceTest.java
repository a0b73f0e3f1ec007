package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.IllegalClockOperationException;
import io.github.govrules.calendar.deadline.TimeLimit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error root's place and code, on gov-calendar's own errors. */
class ErrorPlaceTest {

    @TempDir
    Path tmp;

    @Test
    void aPlaceSaysTheKnownPartsOnly() {
        assertEquals("", ErrorPlace.UNKNOWN.toString());
        assertTrue(ErrorPlace.UNKNOWN.isUnknown());
        assertEquals("case.json:14:16 $.materials[1].count", ErrorPlace.of("case.json", 14, 16).withPath("$.materials[1].count").toString());
        assertEquals("2027-01-04", ErrorPlace.of(LocalDate.of(2027, 1, 4)).toString());
        assertEquals("line 3", ErrorPlace.of(null, 3, 0).toString());
        // unknown parts as the exceptions give them (-1, 0, blank) become unknown
        assertEquals(new ErrorPlace("f.cal", 0, 0, null, null), ErrorPlace.of("f.cal", -1, -1));
        assertEquals(new ErrorPlace(null, 2, 0, null, null), ErrorPlace.of(" ", 2, -1).withPath(""));
    }

    @Test
    void aPlaceRefusesWhatCannotBe() {
        assertThrows(IllegalArgumentException.class, () -> new ErrorPlace("f", -1, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ErrorPlace("f", 0, 3, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ErrorPlace(" ", 1, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ErrorPlace(null, 1, 1, "", null));
    }

    @Test
    void aDateOutOfTheDataCarriesTheDate() {
        LocalDate far = Calendars.cn().coverageEnd().plusDays(10);
        GovRulesException e = assertThrows(DateOutOfCoverageException.class, () -> Calendars.cn().isWorkingDay(far));
        assertEquals("calendar.out-of-coverage", e.code());
        assertEquals(far, e.place().date());
        assertTrue(e.getMessage().startsWith("Calendar CN has no data for " + far), e.getMessage());
    }

    @Test
    void aBadCalendarFileCarriesTheFileAndLine() throws Exception {
        Path file = tmp.resolve("bad.cal");
        Files.writeString(file, "calendar: X\nthis is not a calendar line\n", StandardCharsets.UTF_8);
        GovRulesException e = assertThrows(CalendarFormatException.class, () -> Calendars.empty().read(file));
        assertEquals(CalendarFormatException.CODE, e.code());
        assertEquals(file.toString(), e.place().file());
        assertTrue(e.place().line() > 0, e.place().toString());
        assertTrue(e.getMessage().startsWith(file + ":" + e.place().line() + ": "), e.getMessage());
    }

    @Test
    void aRefusedClockOperationCarriesTheEventDate() {
        TimeLimit twenty = TimeLimit.workingDays(20);
        CaseClock clock = CaseClock.start(Calendars.cn(), LocalDate.of(2025, 9, 1), twenty, twenty);
        LocalDate on = LocalDate.of(2025, 9, 3);
        GovRulesException e = assertThrows(IllegalClockOperationException.class, () -> clock.resume(on));
        assertEquals("calendar.clock-operation", e.code());
        assertEquals(on, e.place().date());
    }

    @Test
    void codesAreLowerCaseWordsWithDots() {
        class Odd extends GovRulesException {
            private static final long serialVersionUID = 1L;

            Odd(String code) {
                super(code, ErrorPlace.UNKNOWN, "odd", null);
            }
        }
        assertEquals("calendar.x-y", new Odd("calendar.x-y").code());
        assertSame(ErrorPlace.UNKNOWN, new Odd("a.b").place());
        assertThrows(IllegalArgumentException.class, () -> new Odd("Calendar.Format"));
        assertThrows(IllegalArgumentException.class, () -> new Odd("format"));
    }
}
