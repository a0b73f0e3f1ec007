package io.github.govrules.core.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.io.ServiceCenters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowHoursTest {

    static final WorkingDayCalendar CN = Calendars.cn();
    static final WindowHours GJJ = ServiceCenters.example().window("W02").hours();
    static final WindowHours CULTURE = ServiceCenters.example().window("W05").hours();

    static final LocalDate REST_SATURDAY = LocalDate.of(2025, 9, 20);
    static final LocalDate MAKEUP_SUNDAY = LocalDate.of(2025, 9, 28);
    static final LocalDate NATIONAL_DAY = LocalDate.of(2025, 10, 1);
    static final LocalDate MAKEUP_SATURDAY = LocalDate.of(2025, 10, 11);
    static final LocalDate HOLIDAY_SATURDAY = LocalDate.of(2025, 10, 4);

    @Test
    void saturdayServiceOnlyWhereDeclared() {
        assertTrue(GJJ.isOpen(REST_SATURDAY.atTime(10, 0), CN));
        assertFalse(GJJ.isOpen(REST_SATURDAY.atTime(14, 0), CN));
        assertFalse(CULTURE.isOpen(REST_SATURDAY.atTime(10, 0), CN));
    }

    @Test
    void makeupWorkingDaysUseWorkingDayHoursAndHolidaysAreClosed() {
        assertTrue(CULTURE.isOpen(MAKEUP_SUNDAY.atTime(14, 0), CN));
        assertTrue(GJJ.isOpen(MAKEUP_SATURDAY.atTime(16, 59), CN));
        assertFalse(GJJ.isOpen(NATIONAL_DAY.atTime(10, 0), CN));
        assertEquals(List.of(), GJJ.sessionsOn(HOLIDAY_SATURDAY, CN));
    }

    @Test
    void closeOfBusinessIsTheEndOfTheLastSession() {
        assertEquals(Optional.of(LocalTime.of(17, 0)), GJJ.closeOfBusiness(LocalDate.of(2025, 9, 19), CN));
        assertEquals(Optional.of(LocalTime.of(12, 0)), GJJ.closeOfBusiness(REST_SATURDAY, CN));
        assertEquals(Optional.empty(), CULTURE.closeOfBusiness(NATIONAL_DAY, CN));
        assertFalse(GJJ.isOpen(LocalDateTime.of(2025, 9, 19, 17, 0), CN));
        assertFalse(GJJ.isOpen(LocalDateTime.of(2025, 9, 19, 12, 30), CN));
    }

    @Test
    void malformedAndOverlappingHoursAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("9-12"));
        assertEquals("office hours '9-12' must look like '08:30-12:00'", e.getMessage());
        IllegalArgumentException o = assertThrows(IllegalArgumentException.class, () -> new WindowHours(
                List.of(TimeRange.parse("09:00-12:00"), TimeRange.parse("11:00-17:00")), List.of()));
        assertEquals("workingDays: session 11:00-17:00 overlaps or precedes 09:00-12:00", o.getMessage());
    }
}
