package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Regional overlays: Guangxi 2017 (test fixture) and the shipped Xinjiang 2025. */
class OverlayTest {

    private static final Calendars REGISTRY_2017 = Calendars.empty()
            .withResource("io/github/govrules/calendar/fixtures/CN-2017.cal")
            .withResource("io/github/govrules/calendar/fixtures/CN-GX-2017.cal");
    private static final WorkingDayCalendar CN_2017 = REGISTRY_2017.calendar(CalendarId.CN);
    private static final WorkingDayCalendar GX = REGISTRY_2017.calendar(CalendarId.CN_GX);

    @Test
    void guangxi2017SanYueSan() {
        // nationally: 4/2–4/4 off, Saturday 4/1 a makeup working day, 3/30–3/31 and 4/8 ordinary
        assertEquals(DayKind.WORKING_DAY, CN_2017.describe(LocalDate.of(2017, 3, 30)).kind());
        assertEquals(DayKind.WORKING_DAY, CN_2017.describe(LocalDate.of(2017, 3, 31)).kind());
        assertEquals(DayKind.MAKEUP_WORKING_DAY, CN_2017.describe(LocalDate.of(2017, 4, 1)).kind());
        assertEquals(DayKind.HOLIDAY, CN_2017.describe(LocalDate.of(2017, 4, 2)).kind());
        assertEquals(DayKind.HOLIDAY, CN_2017.describe(LocalDate.of(2017, 4, 4)).kind());
        assertEquals(DayKind.WEEKEND, CN_2017.describe(LocalDate.of(2017, 4, 8)).kind());

        // Guangxi: 3/30–3/31 off, 4/1 turned off, national 4/2–4/4 kept, Saturday 4/8 a Guangxi makeup day
        DayInfo mar30 = GX.describe(LocalDate.of(2017, 3, 30));
        assertEquals(DayKind.HOLIDAY, mar30.kind());
        assertEquals(new HolidayName("壮族三月三", "San Yue San"), mar30.holiday().orElseThrow());
        assertEquals("2017-gx", mar30.notice().orElseThrow().key());
        assertEquals(DayKind.HOLIDAY, GX.describe(LocalDate.of(2017, 3, 31)).kind());
        assertEquals(DayKind.HOLIDAY, GX.describe(LocalDate.of(2017, 4, 1)).kind());
        DayInfo apr2 = GX.describe(LocalDate.of(2017, 4, 2));
        assertEquals(DayKind.HOLIDAY, apr2.kind());
        assertEquals("清明节", apr2.holiday().orElseThrow().chinese());
        assertEquals("2017", apr2.notice().orElseThrow().key());
        assertEquals(DayKind.MAKEUP_WORKING_DAY, GX.describe(LocalDate.of(2017, 4, 8)).kind());

        // a six-day break 3/30–4/4: Wednesday 3/29 → next working day Wednesday 4/5
        assertEquals(LocalDate.of(2017, 4, 5), GX.next(LocalDate.of(2017, 3, 29)));
        assertEquals(LocalDate.of(2017, 3, 30), CN_2017.next(LocalDate.of(2017, 3, 29)));
        // the same month: nationally 4/1 counts, in Guangxi 4/8 does instead
        assertEquals(CN_2017.countWorkingDays(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 30)) - 2,
                GX.countWorkingDays(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 30)));
        assertEquals(Optional.of(CalendarId.CN), ((ImmutableWorkingDayCalendar) GX).baseId());
    }

    @Test
    void overlayCanCancelOffDaysAndMakeupDays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("CN-ZZ.cal");
        java.nio.file.Files.writeString(file, String.join("\n",
                "calendar CN-ZZ",
                "base CN",
                "years 2025",
                "notice zz",
                "  year 2025",
                "  number 测试〔2025〕1号",
                "  issued 2025-01-10",
                "  title test overlay",
                "cancel-off 2025-10-08",
                "cancel-work 2025-10-11",
                "work 2025-10-12 国庆节 | National Day"));
        WorkingDayCalendar zz = Calendars.standard().withFile(file).calendar("CN-ZZ");
        assertEquals(DayKind.WORKING_DAY, zz.describe(LocalDate.of(2025, 10, 8)).kind());
        assertEquals(DayKind.WEEKEND, zz.describe(LocalDate.of(2025, 10, 11)).kind());
        assertEquals(DayKind.MAKEUP_WORKING_DAY, zz.describe(LocalDate.of(2025, 10, 12)).kind());
        assertEquals(LocalDate.of(2025, 10, 8), zz.next(LocalDate.of(2025, 9, 30)));
        // the base is untouched
        assertEquals(DayKind.HOLIDAY, Calendars.cn().describe(LocalDate.of(2025, 10, 8)).kind());
    }

    @Test
    void xinjiang2025() {
        WorkingDayCalendar xj = Calendars.standard().calendar(CalendarId.CN_XJ);
        assertEquals(LocalDate.of(2025, 1, 1), xj.coverageStart());
        assertEquals(LocalDate.of(2026, 12, 31), xj.coverageEnd());
        DayInfo eid = xj.describe(LocalDate.of(2025, 3, 31));
        assertEquals(DayKind.HOLIDAY, eid.kind());
        assertEquals(new HolidayName("肉孜节", "Eid al-Fitr"), eid.holiday().orElseThrow());
        assertTrue(eid.notice().orElseThrow().title().contains("新疆维吾尔自治区"));
        for (int day = 6; day <= 10; day++) {
            DayInfo adha = xj.describe(LocalDate.of(2025, 6, day));
            assertEquals(DayKind.HOLIDAY, adha.kind());
            assertEquals("古尔邦节", adha.holiday().orElseThrow().chinese());
        }
        // national days are kept
        assertEquals(DayKind.HOLIDAY, xj.describe(LocalDate.of(2025, 10, 1)).kind());
        assertEquals(DayKind.MAKEUP_WORKING_DAY, xj.describe(LocalDate.of(2025, 9, 28)).kind());
        // 3/31, 6/6, 6/9, 6/10 are weekdays the nation works
        assertEquals(Calendars.cn().workingDays(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).count() - 4,
                xj.workingDays(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).count());
        // 2024 is not covered (its notice was not found): Eid moves every year
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class,
                () -> xj.isWorkingDay(LocalDate.of(2024, 12, 31)));
        assertEquals(CalendarId.CN_XJ, e.calendarId());
    }
}
