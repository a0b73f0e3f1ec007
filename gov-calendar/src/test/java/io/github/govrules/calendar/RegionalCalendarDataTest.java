package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled regional overlays against the words of the notices they cite
 * ({@code reference/regional-notices.tsv}): every day an overlay declares off or as a makeup
 * working day is one the notice's sentence names, and every day the sentence names is declared.
 * The dates are read from the Chinese text (M月D日, M月D日至D日, M月D日、D日), not from the data files.
 */
class RegionalCalendarDataTest {

    private static final Calendars STANDARD = Calendars.standard();
    private static final WorkingDayCalendar CN = Calendars.cn();

    /** A notice's sentence: calendar, year, off or work, text. */
    record Sentence(String calendar, int year, boolean off, String text) {
    }

    static List<Sentence> sentences() {
        try (InputStream in = RegionalCalendarDataTest.class.getResourceAsStream("reference/regional-notices.tsv")) {
            List<Sentence> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Sentence(f[0], Integer.parseInt(f[1]), f[2].equals("off"), f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A date, its weekday note such as （周一） left out, then optionally 至[M月]D日 or 、D日. */
    private static final Pattern DATES = Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})日(?:（[^）]*）)?(?:(至|、)(?:(\\d{1,2})月)?(\\d{1,2})日)?");

    /** The days a sentence names. */
    static Set<LocalDate> daysNamed(int year, String text) {
        Set<LocalDate> days = new TreeSet<>();
        Matcher m = DATES.matcher(text);
        while (m.find()) {
            LocalDate first = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            days.add(first);
            if (m.group(3) != null) {
                int month = m.group(4) == null ? first.getMonthValue() : Integer.parseInt(m.group(4));
                LocalDate last = LocalDate.of(year, month, Integer.parseInt(m.group(5)));
                if (m.group(3).equals("至")) {
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                        days.add(d);
                    }
                } else {
                    days.add(last);
                }
            }
        }
        return days;
    }

    /** The days of a year an overlay's own notices declare: off (HOLIDAY) or makeup working days. */
    static Set<LocalDate> declared(WorkingDayCalendar overlay, int year, boolean off) {
        Set<String> keys = new TreeSet<>();
        ((ImmutableWorkingDayCalendar) overlay).notices(year).forEach(n -> keys.add(n.key()));
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayInfo info = overlay.describe(d);
            boolean own = info.notice().filter(n -> keys.contains(n.key())).isPresent()
                    && !info.equals(CN.describe(d));
            if (own && (off ? info.kind() == DayKind.HOLIDAY : info.kind() == DayKind.MAKEUP_WORKING_DAY)) {
                days.add(d);
            }
        }
        return days;
    }

    @Test
    void theSentencesNameDates() {
        assertEquals(Set.of(LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 6)),
                daysNamed(2022, "本自治区内4月2日（星期六）、6日（星期三）放假调休"));
        assertEquals(Set.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1)),
                daysNamed(2025, "3月31日（周一）至4月1日（周二）放假"));
        assertEquals(5, daysNamed(2025, "6月6日（周五）是古尔邦节，6月6日（周五）至10日（周二）放假，共5天").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN-XJ", "CN-GX", "CN-NX"})
    void everyDeclaredDayIsOneTheNoticeNamesAndViceVersa(String id) {
        WorkingDayCalendar overlay = STANDARD.calendar(id);
        int checkedYears = 0;
        for (int year = overlay.coverageStart().getYear(); year <= overlay.coverageEnd().getYear(); year++) {
            int y = year;
            for (boolean off : new boolean[] {true, false}) {
                Set<LocalDate> named = new TreeSet<>();
                sentences().stream().filter(s -> s.calendar().equals(id) && s.year() == y && s.off() == off)
                        .forEach(s -> named.addAll(daysNamed(y, s.text())));
                assertEquals(named, declared(overlay, y, off), id + " " + y + (off ? " off days" : " makeup days"));
            }
            checkedYears++;
        }
        assertTrue(checkedYears >= 2, id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN-XJ", "CN-GX", "CN-NX"})
    void anOverlaysOffDaysAreNeverTheBasesHolidaysAndItsYearsHaveNotices(String id) {
        ImmutableWorkingDayCalendar overlay = (ImmutableWorkingDayCalendar) STANDARD.calendar(id);
        for (LocalDate d = overlay.coverageStart(); !d.isAfter(overlay.coverageEnd()); d = d.plusDays(1)) {
            if (!overlay.describe(d).equals(CN.describe(d))) {
                assertFalse(CN.describe(d).kind() == DayKind.HOLIDAY, id + " re-declares national holiday " + d);
            }
        }
        for (int year = overlay.coverageStart().getYear(); year <= overlay.coverageEnd().getYear(); year++) {
            assertFalse(overlay.notices(year).isEmpty(), id + " " + year);
            overlay.notices(year).forEach(n -> assertTrue(n.title().contains(String.valueOf(n.year())), n.title()));
        }
    }

    @Test
    void yearsWithoutANoticeAreRefusedNotAnsweredAsTheNationalCalendar() {
        // Xinjiang's 2024 notice was not found: 2024 is not covered, though CN covers it
        WorkingDayCalendar xj = STANDARD.calendar(CalendarId.CN_XJ);
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class,
                () -> xj.isWorkingDay(LocalDate.of(2024, 6, 17)));
        assertEquals(CalendarId.CN_XJ, e.calendarId());
        assertThrows(DateOutOfCoverageException.class,
                () -> STANDARD.calendar(CalendarId.CN_NX).isWorkingDay(LocalDate.of(2022, 5, 3)));
        assertThrows(DateOutOfCoverageException.class,
                () -> STANDARD.calendar(CalendarId.CN_GX).isWorkingDay(LocalDate.of(2019, 4, 8)));
        assertTrue(CN.isWorkingDay(LocalDate.of(2024, 6, 17)));
    }

    @Test
    void xinjiang2026HasItsEidDaysAndSaysTheyAreUnverified() {
        WorkingDayCalendar xj = STANDARD.calendar(CalendarId.CN_XJ);
        // 肉孜节 3/20 (Fri) to 3/22, 古尔邦节 5/27 (Wed) to 5/31: four working days fewer than nationally
        assertEquals(CN.workingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).count() - 4,
                xj.workingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).count());
        assertEquals(LocalDate.of(2026, 3, 23), xj.shift(LocalDate.of(2026, 3, 19), 1));
        assertEquals(LocalDate.of(2026, 6, 1), xj.shift(LocalDate.of(2026, 5, 26), 1));
        Notice notice = xj.describe(LocalDate.of(2026, 5, 27)).notice().orElseThrow();
        assertFalse(notice.isVerified());
        assertTrue(xj.describe(LocalDate.of(2026, 5, 27)).toString().contains("unverified"));
        assertTrue(xj.describe(LocalDate.of(2025, 6, 6)).notice().orElseThrow().isVerified());
        assertEquals(Year.of(2026).atDay(1), LocalDate.of(2026, 1, 1));
    }

    @Test
    void guangxi2022TurnedTheNationalMakeupSaturdayIntoAnOffDay() {
        WorkingDayCalendar gx = STANDARD.calendar(CalendarId.CN_GX);
        assertTrue(CN.isWorkingDay(LocalDate.of(2022, 4, 2)));
        assertFalse(gx.isWorkingDay(LocalDate.of(2022, 4, 2)));
        assertEquals("壮族三月三", gx.describe(LocalDate.of(2022, 4, 2)).holiday().orElseThrow().chinese());
        // 2020: the days were withdrawn, the year is the national one, and the notice says so
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() == 2020; d = d.plusDays(1)) {
            assertEquals(CN.isWorkingDay(d), gx.isWorkingDay(d), d.toString());
        }
        assertEquals(1, ((ImmutableWorkingDayCalendar) gx).notices(2020).stream()
                .filter(n -> n.key().endsWith("-gx-adjusted")).count());
    }

    @Test
    void theReadmesProvisionalOverlayExample() {
        CalendarAnswer<LocalDate> due = STANDARD.calendar(CalendarId.CN_NX).provisional()
                .shift(LocalDate.of(2021, 12, 31), 1);
        assertEquals(LocalDate.of(2022, 1, 4), due.value());
        assertEquals(List.of(Year.of(2022)), due.provisionalYears());
    }
}
