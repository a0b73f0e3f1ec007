package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                Arguments.of("calendar XX\n", 0, "declares no 'years' line"),
                // review: a file with a 'years' line but no notice was reported as having no 'years' line
                Arguments.of("calendar CN-GX\nyears 2017\n", 2, "declares no notice"),
                Arguments.of("calendar CN-ZZ\nbase CN\n\nyears 2025\n", 4, "declares no notice"),
                // review: effective before issued, in the last notice with no day line after it (was a bare
                // IllegalArgumentException) and with one (already located): both name the notice's line
                Arguments.of("calendar XX\nyears 2017\nnotice n1\n  year 2017\n  number X1\n  issued 2017-03-20\n"
                        + "  effective 2017-03-01\n  title T\n", 3, "notice 'n1': Notice X1 cannot take effect on 2017-03-01"),
                Arguments.of("calendar XX\nyears 2017\nnotice n1\n  year 2017\n  number X1\n  issued 2017-03-20\n"
                        + "  effective 2017-03-01\n  title T\noff 2017-03-30 A | B\n", 3, "before it was issued on 2017-03-20"),
                // review: an overlay's 'weekend' line is named, not the first notice
                Arguments.of("calendar CN-GX\nbase CN\nweekend SATURDAY SUNDAY\nyears 2020\nnotice n1\n  year 2020\n"
                        + "  number X\n  issued 2020-01-01\n  title T\n", 3, "remove the 'weekend' line"),
                Arguments.of("calendar CN-GX\nweekend SATURDAY SUNDAY\nbase CN\nyears 2020\n", 2, "takes the weekend of its base CN"),
                // a header line given twice used to win silently
                Arguments.of("calendar CN-GX\nyears 2017\nyears 2018\n", 3, "'years' is given twice (first on line 2)"),
                Arguments.of("calendar CN-ZZ\nbase CN\nbase CN-XJ\n", 3, "'base' is given twice"),
                Arguments.of("calendar XX\nname a\nname b\n", 3, "'name' is given twice"),
                Arguments.of("calendar XX\nweekend SUNDAY\nweekend SATURDAY\n", 3, "'weekend' is given twice"),
                // issue 16.1: a year of 'years' without a notice loaded as weekends only (an overlay's as its base)
                Arguments.of(HEADER.replace("years 2025", "years 2025..2026") + "off 2025-03-03 A | B\n", 3,
                        "'years' 2025..2026 includes 2026, but no notice of this file arranges 2026"),
                Arguments.of("calendar XX\nyears 2024..2025\nnotice n\n  year 2025\n  number N\n  issued 2024-12-01\n"
                        + "  title T\noff 2025-01-01 元旦 | New Year's Day\n", 2,
                        "includes 2024, but no notice of this file arranges 2024: a year is never assumed to have no holidays"),
                // issue 16.7: a weekend of all seven days loaded, and the first shift failed with "no data for"
                Arguments.of("calendar XX\nweekend MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY\n", 2,
                        "'weekend' names all seven days of the week"),
                Arguments.of("calendar XX\nweekend sunday SUNDAY\n", 2, "'weekend' names SUNDAY twice"),
                // issue 16.8: an overlay's 'work' on a national holiday (Saturday 2025-10-04, National Day) made it a
                // working day without a 'cancel-off'
                Arguments.of(HEADER + "work 2025-10-04 A | B\n", 9, "Makeup working day 2025-10-04 is an off day"
                        + " (国庆节、中秋节 National Day and Mid-Autumn Festival, declared by 国办发明电〔2024〕12号 of 2024-11-12);"
                        + " a makeup working day is an ordinary weekend day made a working day: cancel the off day first"
                        + " (cancel-off 2025-10-04)"),
                // issue 16.9: control characters in a holiday name, a title, a comment
                Arguments.of(HEADER + "off 2025-03-03 A\u0000x | B\n", 9, "column 17: control character U+0000 is not text;"
                        + " a calendar file holds printable text only"),
                Arguments.of(HEADER.replace("title test notice", "title 测试\u001Bnotice") + "off 2025-03-03 A | B\n", 8,
                        "column 11: control character U+001B is not text"),
                Arguments.of("calendar XX # \u0085\n", 1, "column 15: control character U+0085 is not text"),
                // issue 17.1: a file for a loaded calendar adds years; what it cannot do
                Arguments.of("calendar CN\nyears 2026\nnotice x\n  year 2026\n  number N\n  issued 2026-01-05\n  title T\n"
                        + "off 2026-03-03 A | B\n", 3, "calendar CN already covers 2026 (notice '2026', 国办发明电〔2025〕7号 of"
                        + " 2025-11-04): a notice for a year it covers must amend one of its notices (add 'amends 2026')"),
                Arguments.of("calendar CN\nyears 2028\nnotice x\n", 2, "calendar CN is loaded for 2020..2026, and 'years' 2028"
                        + " would leave 2027 without a notice: add that year first, or in this file"),
                Arguments.of("calendar CN\nyears 2010..2012\nnotice x\n", 2, "would leave 2013..2019 without a notice"),
                Arguments.of("calendar CN\nweekend SUNDAY\nyears 2027\nnotice x\n", 2,
                        "calendar CN is already loaded with the weekend [SATURDAY, SUNDAY], and this file adds years to it"),
                Arguments.of("calendar CN\nbase CN-XJ\nyears 2027\nnotice x\n", 2,
                        "calendar CN is already loaded as a base calendar, and this file adds years to it: remove the 'base' line"),
                Arguments.of("calendar CN-XJ\nyears 2026\nnotice x\n", 2,
                        "calendar CN-XJ is already loaded as an overlay on CN, and this file adds years to it: it needs 'base CN'"),
                Arguments.of("calendar CN-XJ\nbase CN\nyears 2027\nnotice x\n", 4, "Calendar CN has no data for 2027-01-01"),
                Arguments.of("calendar CN\nyears 2027\nnotice x\n  year 2027\n  number N\n  issued 2026-11-01\n  title T\n"
                        + "off 2026-12-31 A | B\n", 8, "date 2026-12-31 is outside the calendar's years 2027..2027"),
                Arguments.of("calendar CN\nyears 2026\nnotice x\n  year 2026\n  number N\n  issued 2026-01-05\n  title T\n"
                        + "  amends 2025\noff 2026-10-01 A | B\n", 9, "notice 'x' changes 2026-10-01, declared by notice '2026' of"
                        + " the calendar CN loaded before, but does not amend it (add 'amends 2026')"));
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
    void aCancelledOffDayCanBeMadeAMakeupWorkingDayByTheSameNotice(@TempDir Path dir) throws Exception {
        // issue 16.8: 'work' on an off day needs its 'cancel-off' first, and the pair is one notice's to declare
        Path file = dir.resolve("CN-ZZ.cal");
        Files.writeString(file, HEADER + "cancel-off 2025-10-04\nwork 2025-10-04 本地调休 | Local makeup day\n");
        WorkingDayCalendar zz = Calendars.standard().withFile(file).calendar("CN-ZZ");
        assertEquals(DayKind.MAKEUP_WORKING_DAY, zz.describe(java.time.LocalDate.of(2025, 10, 4)).kind());
        assertEquals(DayKind.HOLIDAY, Calendars.cn().describe(java.time.LocalDate.of(2025, 10, 4)).kind());
        // the reverse order is still a day declared twice
        Files.writeString(file, HEADER + "work 2025-10-11 A | B\ncancel-work 2025-10-11\n");
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(file));
        assertTrue(e.getMessage().contains(":10: date 2025-10-11 is declared twice"), e::getMessage);
    }

    @Test
    void aWeekendOfAllSevenDaysIsRefusedByTheBuilderToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImmutableWorkingDayCalendar
                .builder(CalendarId.of("XX"), 2025, 2025).weekend(java.util.EnumSet.allOf(java.time.DayOfWeek.class)));
        assertEquals("The weekend of calendar XX cannot be all seven days of the week: a calendar needs working days",
                e.getMessage());
    }

    @Test
    void textThatIsNotTextIsRefusedByTheNamesAndNotices() {
        // issue 16.9: a lone surrogate cannot come out of a strict UTF-8 file (below), but can through the API
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> new HolidayName("春节\ud800", "Spring Festival"));
        assertEquals("Holiday name '春节…', character 3: lone UTF-16 surrogate U+D800 is not text", name.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> new HolidayName("春节", "Spring\u0000Festival"));
        assertEquals("Holiday name 'Spring…', character 7: control character U+0000 is not text", nul.getMessage());
        IllegalArgumentException notice = assertThrows(IllegalArgumentException.class, () -> new Notice("k", 2025, "N",
                java.util.Optional.empty(), java.time.LocalDate.of(2025, 1, 1), "T\udc00", java.util.Optional.empty(),
                java.util.Optional.empty()));
        assertEquals("Notice text 'T…', character 2: lone UTF-16 surrogate U+DC00 is not text", notice.getMessage());
        // a surrogate pair (an emoji, a rare CJK character outside the BMP) is text
        assertEquals("𠀀", new HolidayName("𠀀", "x").chinese());
    }

    @Test
    void anEncodedSurrogateIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("surrogate.cal");
        byte[] head = "calendar XX\nname A".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xED;
        bytes[head.length + 1] = (byte) 0xA0;
        bytes[head.length + 2] = (byte) 0x80;
        Files.write(file, bytes);
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(file));
        assertEquals(2, e.line(), e::getMessage);
        assertTrue(e.reason().startsWith("column 7: not UTF-8 text: byte 0xED"), e::getMessage);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsDecoded(@TempDir Path dir) throws Exception {
        // issue 16.10: a calendar file had no size limit
        Path file = dir.resolve("huge.cal");
        byte[] bytes = new byte[Calendars.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(bytes, (byte) '#');
        Files.write(file, bytes);
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(file));
        assertEquals(file + ": input is larger than the limit of 1048576 bytes (at least 1048577 bytes)", e.getMessage());
        // exactly at the limit it is read (and refused for what it says, here nothing)
        Files.write(file, java.util.Arrays.copyOf(bytes, Calendars.MAX_FILE_BYTES));
        CalendarFormatException ok = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(file));
        assertTrue(ok.reason().startsWith("empty file"), ok::getMessage);
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
        assertEquals(2, e.line(), e::getMessage);
        assertEquals(file + ":2: column 6: not UTF-8 text: byte 0xE9 at offset 20 is not valid UTF-8"
                + " (GBK or another encoding?); save the file as UTF-8", e.getMessage());
        // after valid Chinese text and a byte order mark: the column counts characters, not bytes
        Path gbk = dir.resolve("gbk.cal");
        byte[] head = "\uFEFFcalendar CN-ZZ\nname 测试".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xB2;
        bytes[head.length + 1] = (byte) 0xE2;
        Files.write(gbk, bytes);
        CalendarFormatException g = assertThrows(CalendarFormatException.class, () -> Calendars.standard().withFile(gbk));
        assertTrue(g.getMessage().startsWith(gbk + ":2: column 8: not UTF-8 text: byte 0xB2 at offset " + head.length + " "),
                g::getMessage);
    }

    @Test
    void hashStartsACommentOnlyAtTheStartOfALineOrAfterWhitespace(@TempDir Path dir) throws Exception {
        // review: a '#' inside a word (a URL's fragment, "No.#3") used to cut the line there
        Path file = dir.resolve("CN-GX.cal");
        Files.writeString(file, "calendar XX\nyears 2018\nnotice n1\n  year 2018\n  number No.#3\n  issued 2018-03-20\n"
                + "  title Notice #3 of 2018\n  source https://example.org/page#item  # the page\n#off 2018-03-29 X | Y\n"
                + "  # indented comment\noff 2018-03-30 A | B#1 # a comment\n");
        ImmutableWorkingDayCalendar gx = Calendars.standard().read(file);
        Notice notice = gx.notices().get(0);
        assertEquals("No.#3", notice.number());
        assertEquals("Notice", notice.title(), "a '#' after a space starts a comment (documented)");
        assertEquals(java.util.Optional.of("https://example.org/page#item"), notice.source());
        assertEquals(DayKind.WEEKEND, gx.describe(java.time.LocalDate.of(2018, 3, 31)).kind());
        assertEquals(DayKind.WORKING_DAY, gx.describe(java.time.LocalDate.of(2018, 3, 29)).kind());
        assertEquals("B#1", gx.describe(java.time.LocalDate.of(2018, 3, 30)).holiday().orElseThrow().english());
    }

    @Test
    void bundledAndFixtureFilesMeanTheSameUnderTheCommentRule() throws Exception {
        // before, every '#' started a comment; now only one at the start of a line or after whitespace
        for (String resource : new String[] {"io/github/govrules/calendar/data/CN.cal",
                "io/github/govrules/calendar/data/CN-XJ.cal", "io/github/govrules/calendar/fixtures/CN-2017.cal",
                "io/github/govrules/calendar/fixtures/CN-GX-2017.cal"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertTrue(in != null, resource);
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    int hash = lines[i].indexOf('#');
                    assertTrue(hash <= 0 || Character.isWhitespace(lines[i].charAt(hash - 1)),
                            resource + ":" + (i + 1) + ": '#' inside a word: " + lines[i]);
                }
            }
        }
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

    @Test
    void anUnverifiedNoticeSaysWhyInItsDaysAndItsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unverified.cal");
        Files.writeString(file, HEADER.replace("title test notice", "title test notice\n  unverified days read in a press report")
                + "off 2025-03-03 三月三 | San Yue San\n");
        WorkingDayCalendar zz = Calendars.standard().withFile(file).calendar("CN-ZZ");
        Notice notice = zz.describe(java.time.LocalDate.of(2025, 3, 3)).notice().orElseThrow();
        assertEquals(java.util.Optional.of("days read in a press report"), notice.unverified());
        assertFalse(notice.isVerified());
        assertEquals("测试〔2025〕1号 of 2025-01-10 (unverified: days read in a press report)", notice.toString());
        assertTrue(zz.describe(java.time.LocalDate.of(2025, 3, 3)).toString().contains("unverified"),
                zz.describe(java.time.LocalDate.of(2025, 3, 3)).toString());

        Path twice = dir.resolve("twice.cal");
        Files.writeString(twice, HEADER.replace("title test notice", "title test notice\n  unverified a\n  unverified b"));
        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> Calendars.standard().withFile(twice));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("'unverified' given twice"), e.getMessage());
    }
}
