package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17.1: a file for a calendar already loaded adds its years (next year's notice without a release). */
class AddYearTest {

    static final String FIXTURE_2027 = "io/github/govrules/calendar/fixtures/CN-2027-fixture.cal";

    @TempDir
    Path dir;

    static String text(String resource) throws IOException {
        try (InputStream in = AddYearTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileHoldingOnlyNextYearsNoticeAddsThatYearAndKeepsTheOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("CN-2027.cal"), text(FIXTURE_2027));
        Calendars registry = Calendars.standard().withFile(file);
        ImmutableWorkingDayCalendar cn = (ImmutableWorkingDayCalendar) registry.calendar(CalendarId.CN);
        ImmutableWorkingDayCalendar bundled = (ImmutableWorkingDayCalendar) Calendars.cn();
        assertEquals(LocalDate.of(2020, 1, 1), cn.coverageStart());
        assertEquals(LocalDate.of(2027, 12, 31), cn.coverageEnd());
        // every day of 2020-2026 as before, notice included
        for (LocalDate d = bundled.coverageStart(); !d.isAfter(bundled.coverageEnd()); d = d.plusDays(1)) {
            assertEquals(bundled.describe(d), cn.describe(d), d::toString);
        }
        // the new notice joins the calendar's, and declares its days like a bundled one
        Notice notice = cn.notices(2027).get(0);
        assertEquals("测试〔2026〕1号 | fixture", notice.number());
        assertEquals(bundled.notices().size() + 1, cn.notices().size());
        assertEquals(bundled.notices(), cn.notices().subList(0, bundled.notices().size()));
        DayInfo newYear = cn.describe(LocalDate.of(2027, 1, 1));
        assertEquals(DayKind.HOLIDAY, newYear.kind());
        assertEquals(notice, newYear.notice().orElseThrow());
        assertEquals(DayKind.MAKEUP_WORKING_DAY, cn.describe(LocalDate.of(2027, 2, 14)).kind());
        // exact across the year boundary
        assertEquals(LocalDate.of(2027, 1, 4), cn.shift(LocalDate.of(2026, 12, 31), 1));
        assertEquals(bundled.workingDaysInYear(2026), cn.workingDaysInYear(2026));
        assertTrue(cn.provisional().shift(LocalDate.of(2026, 12, 31), 1).isExact());
    }

    @Test
    void theOverlaysOnAnExtendedCalendarAnswerItsNewYearsThroughIt() throws IOException {
        Path file = Files.writeString(dir.resolve("CN-2027.cal"), text(FIXTURE_2027));
        Calendars registry = Calendars.standard().withFile(file);
        WorkingDayCalendar cn = registry.calendar(CalendarId.CN);
        WorkingDayCalendar xj = registry.calendar(CalendarId.CN_XJ);
        // CN-XJ's own year is unchanged
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
            assertEquals(Calendars.standard().calendar(CalendarId.CN_XJ).describe(d), xj.describe(d), d::toString);
        }
        // beyond it, its provisional view asks the extended CN: the fixture's 2027 days, still provisional for the region
        CalendarAnswer<DayInfo> feb14 = xj.provisional().describe(LocalDate.of(2027, 2, 14));
        assertEquals(cn.describe(LocalDate.of(2027, 2, 14)), feb14.value());
        assertEquals(List.of(Year.of(2027)), feb14.provisionalYears());
        assertSame(cn, ((ImmutableWorkingDayCalendar) xj).baseCalendar());
    }

    @Test
    void anOverlayGetsAYearAddedToo() throws IOException {
        // CN-NX (2020-2021) gets 2022 from a made-up fixture notice
        Path file = Files.writeString(dir.resolve("CN-NX-2022.cal"), String.join("\n", "calendar CN-NX", "base CN",
                "years 2022", "notice 2022-nx-fixture", "  year 2022", "  number 测试 | fixture", "  effective 2022-01-01",
                "  title （测试）2022", "off 2022-05-03..2022-05-04 开斋节 | Eid al-Fitr", ""));
        WorkingDayCalendar nx = Calendars.standard().withFile(file).calendar("CN-NX");
        assertEquals(LocalDate.of(2020, 1, 1), nx.coverageStart());
        assertEquals(LocalDate.of(2022, 12, 31), nx.coverageEnd());
        assertEquals(Calendars.standard().calendar("CN-NX").describe(LocalDate.of(2021, 5, 13)), nx.describe(LocalDate.of(2021, 5, 13)));
        assertEquals("Eid al-Fitr", nx.describe(LocalDate.of(2022, 5, 4)).holiday().orElseThrow().english());
        // the national days of the added year come from the base
        assertEquals(Calendars.cn().describe(LocalDate.of(2022, 10, 1)), nx.describe(LocalDate.of(2022, 10, 1)));
    }

    @Test
    void aLaterNoticeAmendsAYearTheCalendarCovers() throws IOException {
        // as the 2020 extension notice did: 2026-02-28, a makeup Saturday of the Spring Festival, becomes a day off
        assertEquals(DayKind.MAKEUP_WORKING_DAY, Calendars.cn().describe(LocalDate.of(2026, 2, 28)).kind());
        Path file = Files.writeString(dir.resolve("amend.cal"), String.join("\n", "calendar CN", "years 2026",
                "notice 2026-fixture-amendment", "  year 2026", "  number 测试〔2026〕2号 | fixture", "  issued 2026-02-20",
                "  title （测试）延长", "  amends 2026", "cancel-work 2026-02-28", ""));
        // on a registry of CN alone: the bundled overlays were built on CN's 2026 days (see the next test)
        WorkingDayCalendar cn = Calendars.empty().withResource(Calendars.DATA_FOLDER + "CN.cal").withFile(file)
                .calendar(CalendarId.CN);
        assertEquals(DayKind.WEEKEND, cn.describe(LocalDate.of(2026, 2, 28)).kind());
        assertEquals(Calendars.cn().coverageEnd(), cn.coverageEnd());
    }

    @Test
    void theSameYearTwiceIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("CN-2027.cal"), text(FIXTURE_2027));
        Calendars once = Calendars.standard().withFile(file);
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> once.withFile(file));
        assertEquals(file + ":7: calendar CN already has a notice '2027-fixture' (测试〔2026〕1号 | fixture of 2026-11-20,"
                + " for 2027): give this notice a key of its own (a notice for a year CN covers must amend one of its"
                + " notices: 'amends 2027-fixture')", e.getMessage());
        // a whole copy of the bundled calendar no longer replaces it: its years are declared already
        Path copy = Files.writeString(dir.resolve("CN.cal"), text("io/github/govrules/calendar/data/CN.cal"));
        CalendarFormatException twice = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(copy));
        assertTrue(twice.reason().startsWith("calendar CN already has a notice '2020' (国办发明电〔2019〕16号 of 2019-11-21, for 2020)"),
                twice::getMessage);
        // an empty registry reads the same file as a new calendar
        assertEquals(LocalDate.of(2026, 12, 31), Calendars.empty().withFile(copy).calendar(CalendarId.CN).coverageEnd());
    }

    @Test
    void anOverlayBuiltOnDaysThatAnAmendmentChangesIsNamed() throws IOException {
        // CN-XJ 2025 copied CN's 2025 days; an amendment to CN's 2025 would leave it on days that no longer hold
        Path file = Files.writeString(dir.resolve("amend.cal"), String.join("\n", "calendar CN", "years 2025",
                "notice 2025-fixture-amendment", "  year 2025", "  number 测试 | fixture", "  issued 2025-02-01",
                "  title （测试）", "  amends 2025", "cancel-work 2025-09-28", ""));
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(file));
        assertEquals(file + ": overlay CN-XJ, loaded before, builds on CN's days for 2025, and 2025-09-28 is not the same"
                + " in the new CN: load CN's files before CN-XJ's", e.getMessage());
    }
}
