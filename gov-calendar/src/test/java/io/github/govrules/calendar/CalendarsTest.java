package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry and the ids. */
class CalendarsTest {

    @Test
    void standardHoldsCnAndCnXj() {
        Calendars standard = Calendars.standard();
        assertEquals(Set.of(CalendarId.CN, CalendarId.CN_XJ, CalendarId.CN_GX, CalendarId.CN_NX), standard.ids());
        assertSame(standard, Calendars.standard());
        assertSame(Calendars.cn(), standard.calendar(CalendarId.CN));
        assertEquals(Optional.of(Calendars.cn()), standard.findCalendar(CalendarId.CN));
        assertEquals(Optional.empty(), standard.findCalendar(CalendarId.of("CN-XZ")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> standard.calendar(CalendarId.of("CN-XZ")));
        assertEquals("Unknown calendar CN-XZ; known calendars: [CN, CN-GX, CN-NX, CN-XJ]", e.getMessage());
        assertEquals("Calendars[CN, CN-GX, CN-NX, CN-XJ]", standard.toString());
    }

    @Test
    void integratorsLoadTheirOwnCalendarFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("HK.cal");
        Files.writeString(file, """
                calendar HK
                name 香港 | Hong Kong (example)
                years 2025
                weekend SUNDAY
                notice 2025
                  year 2025
                  number example
                  issued 2024-06-01
                  title example notice
                off 2025-01-01 元旦 | New Year's Day
                """);
        Calendars mine = Calendars.standard().withFile(file);
        WorkingDayCalendar hk = mine.calendar("hk");
        assertEquals(Set.of(CalendarId.of("HK"), CalendarId.CN, CalendarId.CN_XJ, CalendarId.CN_GX, CalendarId.CN_NX),
                mine.ids());
        assertTrue(hk.isWorkingDay(LocalDate.of(2025, 1, 4)), "Saturday is a working day with weekend SUNDAY");
        assertEquals(Set.of(java.time.DayOfWeek.SUNDAY), ((ImmutableWorkingDayCalendar) hk).weekend());
        // the standard registry is unchanged
        assertEquals(Optional.empty(), Calendars.standard().findCalendar(CalendarId.of("HK")));
    }

    @Test
    void anOverlayNeedsItsBaseInTheRegistry() {
        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> Calendars.empty().withResource("io/github/govrules/calendar/data/CN-XJ.cal"));
        assertTrue(e.reason().contains("builds on calendar CN, which is not known here"), e::getMessage);
    }

    @Test
    void builderMakesACalendarInCode() {
        Notice notice = new Notice("t", 2030, "test", Optional.of(LocalDate.of(2029, 11, 1)),
                LocalDate.of(2029, 11, 1), "test notice", Optional.empty(), Optional.empty());
        ImmutableWorkingDayCalendar cal = ImmutableWorkingDayCalendar.builder(CalendarId.of("ZZ"), 2030, 2030)
                .offDay(LocalDate.of(2030, 1, 1), new HolidayName("元旦", "New Year's Day"), notice)
                .makeupWorkingDay(LocalDate.of(2030, 1, 5), Optional.empty(), notice)
                .build();
        assertEquals(DayKind.MAKEUP_WORKING_DAY, cal.describe(LocalDate.of(2030, 1, 5)).kind());
        assertEquals(LocalDate.of(2030, 1, 2), cal.nextOrSame(LocalDate.of(2030, 1, 1)));
        assertEquals(java.util.List.of(notice), cal.notices());
        assertEquals("ZZ[2030-01-01 to 2030-12-31]", cal.toString());
        assertThrows(IllegalArgumentException.class, () -> ImmutableWorkingDayCalendar.builder(CalendarId.of("ZZ"), 2030, 2030)
                .makeupWorkingDay(LocalDate.of(2030, 1, 7), Optional.empty(), notice));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "CN-XJ", "CN-GX", "HK", "CN-11", "US-NYC"})
    void idsRoundTrip(String name) {
        CalendarId id = CalendarId.of(name);
        assertEquals(name, id.toString());
        assertEquals(id, CalendarId.parse(" " + name.toLowerCase() + " "));
        assertEquals(id, CalendarId.of(name));
        assertEquals(id.hashCode(), CalendarId.of(name).hashCode());
        assertEquals(0, id.compareTo(CalendarId.of(name)));
        assertEquals(name.contains("-"), id.isRegional());
        assertEquals(name.substring(0, 2), id.country());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C", "CHN", "cn", "CN-", "CN-ABCD", "CN_XJ", "CN-X J"})
    void badIdsAreRejected(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalendarId.of(name));
        assertTrue(e.getMessage().contains("'" + name + "'"), e::getMessage);
    }
}
