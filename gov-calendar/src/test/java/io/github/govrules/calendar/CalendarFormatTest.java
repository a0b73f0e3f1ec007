package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed calendar files fail the load with file, line and reason. */
class CalendarFormatTest {

    private static final String HEADER = """
            calendar CN-ZZ
            base CN
            years 2025
            notice zz
              year 2025
              number 测试〔2025〕1号
              issued 2025-01-10
              title test notice
            """;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("", 0, "empty file"),
                Arguments.of("years 2025\n", 1, "expected 'calendar <id>'"),
                Arguments.of("calendar china\n", 1, "ISO 3166-2"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\nfrobnicate 1\n", 4, "unknown keyword 'frobnicate'"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025..2024\n", 3, "ends before it starts"),
                Arguments.of("calendar CN-ZZ\nbase CN-QQ\nyears 2025\nnotice a\n", 4, "CN-QQ, which is not known"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2027\nnotice a\n", 4, "has no data for 2027-01-01"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\noff 2025-03-03 A | B\n", 4, "before any notice"),
                Arguments.of(HEADER + "off 2025-13-01 A | B\n", 9, "'2025-13-01' is not a date"),
                Arguments.of(HEADER + "off 2025-02-30 A | B\n", 9, "'2025-02-30' is not a date"),
                Arguments.of(HEADER + "off 2025-03-05..2025-03-01 A | B\n", 9, "ends before it starts"),
                Arguments.of(HEADER + "off 2025-03-03\n", 9, "'off' needs the holiday's names"),
                Arguments.of(HEADER + "off 2025-03-03 只有中文\n", 9, "'<中文名> | <English name>'"),
                Arguments.of(HEADER + "off 2026-01-05 A | B\n", 9, "outside the calendar's years 2025..2025"),
                Arguments.of(HEADER + "work 2025-03-07 A | B\n", 9, "2025-03-07 is a FRIDAY; only weekend days"),
                Arguments.of(HEADER + "cancel-off 2025-03-07\n", 9, "not an off day"),
                Arguments.of(HEADER + "cancel-work 2025-03-08\n", 9, "not a makeup working day"),
                Arguments.of(HEADER + "off 2025-03-03 A | B\noff 2025-03-03 A | B\n", 10, "declared twice by notice 'zz' (first on line 9)"),
                Arguments.of(HEADER + "off 2025-03-03 A | B\nnotice yy\n  year 2025\n  number 2\n  issued 2025-02-01\n  title t\n"
                        + "work 2025-03-08 A | B\noff 2025-03-03 A | B\n", 16, "does not amend it"),
                Arguments.of(HEADER + "off 2025-03-03 A | B\n  source x\n", 10, "after the notice's days"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\nnotice a\n  year 2025\n  title t\n  issued 2025-01-01\n"
                        + "off 2025-03-03 A | B\n", 4, "lacks its 'number'"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\nnotice a\n  year 2025\n  number n\n  title t\n"
                        + "off 2025-03-03 A | B\n", 4, "needs an 'issued' or an 'effective' date"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\nnotice a\n  year 2025\n  number n\n  title t\n"
                        + "  issued 2025-01-01\n  amends b\n", 9, "amends 'b', which is not declared"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\nnotice a\n  year 2024\n  number n\n  title t\n"
                        + "  issued 2025-01-01\noff 2025-03-03 A | B\n", 4, "arranges year 2024"),
                Arguments.of("calendar CN-ZZ\nbase CN\nyears 2025\nnotice a\n  year 2025\n  colour blue\n", 6,
                        "unknown notice attribute 'colour'"),
                Arguments.of("calendar XX\nyears 2025\nweekend SATURDAY SOMEDAY\n", 3, "unknown day of week 'SOMEDAY'"),
                Arguments.of("calendar XX\n", 0, "declares no 'years' line"));
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @MethodSource("badFiles")
    void malformedFileFailsWithFileLineAndReason(String text, int line, String reason, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.cal");
        Files.writeString(file, text);
        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> Calendars.standard().withFile(file));
        assertEquals(file.toString(), e.file());
        assertEquals(line, e.line(), e::getMessage);
        assertTrue(e.reason().contains(reason), () -> "reason '" + e.reason() + "' should contain '" + reason + "'");
        assertTrue(e.getMessage().startsWith(file + (line > 0 ? ":" + line + ": " : ": ")), e::getMessage);
    }

    @Test
    void aMissingFileFailsTheLoad(@TempDir Path dir) {
        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> Calendars.standard().withFile(dir.resolve("missing.cal")));
        assertTrue(e.reason().startsWith("cannot read the file"), e::getMessage);
    }

    @Test
    void aMissingResourceFailsTheLoad() {
        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> Calendars.standard().withResource("no/such/calendar.cal"));
        assertEquals("classpath:no/such/calendar.cal", e.file());
    }

    @Test
    void invalidUtf8FailsTheLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.cal");
        Files.write(file, "calendar CN-ZZ\nname \u00e9t\u00e9 | summer\n".getBytes(StandardCharsets.ISO_8859_1));
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(file));
        assertTrue(e.reason().contains("not valid UTF-8"), e::getMessage);
    }

    @Test
    void aWellFormedFileWithCommentsLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ok.cal");
        Files.writeString(file, "\uFEFF# a comment\n" + HEADER.replace("title test notice", "title test notice # trailing comment")
                + "\noff 2025-03-03..2025-03-04   三月三 | San Yue San   # two days\n");
        WorkingDayCalendar zz = Calendars.standard().withFile(file).calendar("CN-ZZ");
        assertEquals(DayKind.HOLIDAY, zz.describe(java.time.LocalDate.of(2025, 3, 4)).kind());
        assertEquals("test notice", zz.describe(java.time.LocalDate.of(2025, 3, 4)).notice().orElseThrow().title());
    }
}
