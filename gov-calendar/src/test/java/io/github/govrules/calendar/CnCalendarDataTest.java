package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled national calendar against the reference data and the notices. */
class CnCalendarDataTest {

    private final ImmutableWorkingDayCalendar cn = (ImmutableWorkingDayCalendar) Calendars.cn();

    @Test
    void everyDayMatchesTheReferenceData() {
        Map<Integer, Oracle.YearData> reference = Oracle.reference();
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), reference.keySet());
        reference.forEach((year, v) -> {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                DayKind kind = cn.describe(d).kind();
                if (v.off().contains(d)) {
                    assertEquals(DayKind.HOLIDAY, kind, d::toString);
                } else if (v.work().contains(d)) {
                    assertEquals(DayKind.MAKEUP_WORKING_DAY, kind, d::toString);
                } else {
                    boolean weekend = d.getDayOfWeek().getValue() >= 6;
                    assertEquals(weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY, kind, d::toString);
                }
            }
        });
    }

    /** The per-year working-day totals counted from the State Council notices. */
    @ParameterizedTest
    @CsvSource({"2020, 249", "2021, 250", "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248"})
    void workingDaysPerYear(int year, int expected) {
        assertEquals(expected, cn.workingDaysInYear(year));
        assertEquals(expected, cn.workingDays(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).count());
        if (year > 2020) {
            assertEquals(expected, cn.countWorkingDays(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
        }
    }

    @Test
    void fortySixMakeupDaysInForce() {
        long makeup = cn.coverageStart().datesUntil(cn.coverageEnd().plusDays(1))
                .filter(d -> cn.describe(d).kind() == DayKind.MAKEUP_WORKING_DAY).count();
        assertEquals(46, makeup);
    }

    static Stream<Arguments> yearlyNotices() {
        return Stream.of(
                Arguments.of(2020, "国办发明电〔2019〕16号", "2019-11-21"),
                Arguments.of(2021, "国办发明电〔2020〕27号", "2020-11-25"),
                Arguments.of(2022, "国办发明电〔2021〕11号", "2021-10-25"),
                Arguments.of(2023, "国办发明电〔2022〕16号", "2022-12-08"),
                Arguments.of(2024, "国办发明电〔2023〕7号", "2023-10-25"),
                Arguments.of(2025, "国办发明电〔2024〕12号", "2024-11-12"),
                Arguments.of(2026, "国办发明电〔2025〕7号", "2025-11-04"));
    }

    @ParameterizedTest
    @MethodSource("yearlyNotices")
    void eachYearRecordsItsNotice(int year, String number, String issued) {
        Notice notice = cn.notices(year).get(0);
        assertEquals(number, notice.number());
        assertEquals(Optional.of(LocalDate.parse(issued)), notice.issued());
        assertEquals(year, notice.year());
        assertTrue(notice.title().contains(year + "年部分节假日安排"), notice::title);
        assertTrue(notice.source().orElseThrow().startsWith("http"));
    }

    @Test
    void the2020ExtensionAmendsThe2020NoticeFromItsEffectiveDate() {
        List<Notice> notices2020 = cn.notices(2020);
        assertEquals(2, notices2020.size());
        Notice extension = notices2020.get(1);
        assertEquals("国办发明电〔2020〕1号", extension.number());
        assertEquals(Optional.of("2020"), extension.amends());
        assertEquals(LocalDate.of(2020, 1, 27), extension.effective());
        assertTrue(extension.isAmendment());

        DayInfo feb1 = cn.describe(LocalDate.of(2020, 2, 1));
        assertEquals(DayKind.HOLIDAY, feb1.kind());
        assertEquals(Optional.of(extension), feb1.notice());
        assertEquals("春节（延长）", feb1.holiday().orElseThrow().chinese());
        // the days only the original notice declared still name it
        assertEquals(Optional.of(notices2020.get(0)), cn.describe(LocalDate.of(2020, 1, 24)).notice());
        assertEquals(LocalDate.of(2020, 2, 3), cn.next(LocalDate.of(2020, 1, 23)));
        // which notices were in force when
        assertTrue(cn.noticesInForce(LocalDate.of(2020, 1, 26)).contains(notices2020.get(0)));
        assertTrue(!cn.noticesInForce(LocalDate.of(2020, 1, 26)).contains(extension));
        assertTrue(cn.noticesInForce(LocalDate.of(2020, 1, 27)).contains(extension));
        assertEquals(cn.notices(), cn.noticesInForce(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void daysDeclaredAcrossTheYearBoundaryNameTheirNotice() {
        DayInfo dec31 = cn.describe(LocalDate.of(2022, 12, 31));
        assertEquals(DayKind.HOLIDAY, dec31.kind());
        assertEquals(2023, dec31.notice().orElseThrow().year());
        assertEquals(new HolidayName("元旦", "New Year's Day"), dec31.holiday().orElseThrow());
    }

    @Test
    void holidayNamesInChineseAndEnglish() {
        DayInfo oct1 = cn.describe(LocalDate.of(2024, 10, 1));
        assertEquals(new HolidayName("国庆节", "National Day"), oct1.holiday().orElseThrow());
        assertEquals("2024-10-01 HOLIDAY 国庆节 National Day (国办发明电〔2023〕7号 of 2023-10-25)", oct1.toString());
        DayInfo makeup = cn.describe(LocalDate.of(2024, 9, 29));
        assertEquals(DayKind.MAKEUP_WORKING_DAY, makeup.kind());
        assertEquals("国庆节", makeup.holiday().orElseThrow().chinese());
        DayInfo ordinary = cn.describe(LocalDate.of(2024, 10, 14));
        assertEquals(DayInfo.ordinary(LocalDate.of(2024, 10, 14), DayKind.WORKING_DAY), ordinary);
    }

    @Test
    void footprintIsAtMost64KiB() {
        long bytes = cn.estimatedFootprintBytes();
        assertTrue(bytes <= 64 * 1024, () -> "CN 2020–2026 takes " + bytes + " bytes");
        assertTrue(bytes > 40 * 1024, () -> "the estimate of " + bytes + " bytes misses the cached dates");
        System.out.println("CN 2020-2026 footprint: " + bytes + " bytes, " + cn.workingDaysInCoverage() + " working days");
    }
}
