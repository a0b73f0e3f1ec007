package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --calendar-file}: an integrator's own overlay is loaded; a malformed one fails with file and line. */
class CalendarFileOptionTest {

    @TempDir
    Path dir;

    private static final String OVERLAY = String.join("\n",
            "# test fixture, not real data: a one-day regional closure",
            "calendar CN-ZZ",
            "name 测试地区 | Test region",
            "base CN",
            "years 2025",
            "",
            "notice 2025-zz",
            "  year      2025",
            "  number    测试通知 | test notice",
            "  effective 2025-01-01",
            "  title     测试通知",
            "off  2025-10-09             测试 | Test closure",
            "");

    @Test
    void ownOverlayFileIsUsedByDeadlineAndCalendar() throws IOException {
        Path file = Files.writeString(dir.resolve("CN-ZZ.cal"), OVERLAY);
        Cli.Result due = Cli.run("deadline", "--calendar", "CN-ZZ", "--calendar-file", file.toString(),
                "--from", "2025-09-19", "--working-days", "20");
        assertEquals(0, due.exitCode(), due::toString);
        // one more day off (10/9) moves the national 2025-10-23 to 2025-10-24
        assertEquals("2025-10-24", due.firstLine());
        Cli.Result grid = Cli.run("calendar", "--calendar", "CN-ZZ", "--calendar-file", file.toString(),
                "--year", "2025", "--month", "10");
        assertTrue(grid.outLines().get(3).startsWith(" 6H  7H  8H  9H 10 "), grid::toString);
    }

    /** A made-up 2027 notice for CN (test fixture, not the real notice). */
    static final String CN_2027 = String.join("\n",
            "# TEST FIXTURE, NOT THE REAL NOTICE",
            "calendar CN",
            "years 2027",
            "",
            "notice 2027-fixture",
            "  year      2027",
            "  number    测试〔2026〕1号 | fixture",
            "  issued    2026-11-20",
            "  title     （测试）关于2027年部分节假日安排的通知",
            "off  2027-01-01             元旦 | New Year's Day",
            "off  2027-02-05..2027-02-12 春节 | Spring Festival",
            "work 2027-02-14             春节 | Spring Festival",
            "");

    @Test
    void aFileWithNextYearsNoticeAddsTheYearAndSaysSo() throws IOException {
        // issue 17: a file holding only a 2027 notice for CN makes 2027 exact while 2026 stays exact
        Path file = Files.writeString(dir.resolve("CN-2027.cal"), CN_2027);
        Cli.Result r = Cli.run("deadline", "--calendar-file", file.toString(), "--from", "2026-12-31", "--working-days", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("2027-01-04"), r.outLines());
        assertEquals(List.of("note: --calendar-file " + file + ": calendar CN now covers 2020-01-01 to 2027-12-31 (before:"
                + " 2020-01-01 to 2026-12-31); notices added: 2027-fixture (测试〔2026〕1号 | fixture of 2026-11-20)"), r.errLines());
        Cli.Result exact2026 = Cli.run("deadline", "--calendar-file", file.toString(), "--from", "2025-09-19",
                "--working-days", "20");
        assertEquals("2025-10-23", exact2026.firstLine(), exact2026::toString);
        // the new notice shows in explanations like a bundled one
        Cli.Result explained = Cli.run("deadline", "--calendar-file", file.toString(), "--from", "2027-01-29",
                "--working-days", "6", "--explain");
        assertEquals(0, explained.exitCode(), explained::toString);
        assertTrue(explained.outLines().contains("2027-02-05 Fri holiday 春节 Spring Festival: not counted"), explained::toString);
        Cli.Result grid = Cli.run("calendar", "--calendar-file", file.toString(), "--year", "2027", "--month", "2");
        assertTrue(grid.outLines().contains("  2027-02-14 Sun  for 春节 Spring Festival  (测试〔2026〕1号 | fixture)"), grid::toString);
        Cli.Result noYear = Cli.run("calendar", "--calendar-file", file.toString());
        assertEquals(List.of("gov calendar: Missing required option: '--year=YYYY' (see 'gov calendar --help')"),
                noYear.errLines());
        // a regional overlay answers 2027 through the extended CN (provisionally: its own 2027 days are not known)
        Cli.Result xj = Cli.run("deadline", "--calendar", "CN-XJ", "--calendar-file", file.toString(), "--from", "2027-02-04",
                "--working-days", "1", "--provisional");
        assertEquals("2027-02-14", xj.firstLine(), xj::toString); // the makeup Sunday of the added notice
        // loaded twice, the year is declared twice
        Cli.Result twice = Cli.run("deadline", "--calendar-file", file.toString(), "--calendar-file", file.toString(),
                "--from", "2026-12-31", "--working-days", "1");
        assertEquals(2, twice.exitCode(), twice::toString);
        assertTrue(twice.errLines().get(1).startsWith("gov deadline: " + file + ":5: calendar CN already has a notice"
                + " '2027-fixture'"), twice::toString);
        // an overlay of a new id adds nothing to a loaded calendar: no note
        Path zz = Files.writeString(dir.resolve("CN-ZZ.cal"), OVERLAY);
        Cli.Result quiet = Cli.run("calendar", "--calendar", "CN-ZZ", "--calendar-file", zz.toString(), "--year", "2025");
        assertEquals(0, quiet.exitCode(), quiet::toString);
        assertEquals(List.of(), quiet.errLines());
    }

    @Test
    void calendarCheckValidatesAFileAndShowsItsYear() throws IOException {
        Path file = Files.writeString(dir.resolve("CN-2027.cal"), CN_2027);
        Cli.Result r = Cli.run("calendar", "check", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(file + ": OK, calendar CN, loaded before for 2020-01-01 to 2026-12-31, now 2020-01-01 to 2027-12-31",
                r.firstLine());
        assertEquals("  notice 2027-fixture: 测试〔2026〕1号 | fixture of 2026-11-20 — （测试）关于2027年部分节假日安排的通知"
                + " (arranges 2027)", r.outLines().get(1));
        assertTrue(r.out().contains("January 2027 · CN"), r::toString);
        assertTrue(r.out().contains("  2027-02-05..02-12      8 days  春节 Spring Festival"), r::toString);
        assertTrue(r.out().contains("  2027-02-14 Sun  for 春节 Spring Festival  (测试〔2026〕1号 | fixture)"), r::toString);
        assertTrue(r.out().contains("Working days: 255 of 365 days (2027, calendar CN)"), r::toString);
        // a bad file: one line naming file and line, status 2
        Path bad = Files.writeString(dir.resolve("bad.cal"), CN_2027.replace("years 2027", "years 2027..2028"));
        Cli.Result refused = Cli.run("calendar", "check", bad.toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals(List.of("gov calendar check: " + bad + ":3: 'years' 2027..2028 includes 2028, but no notice of this"
                + " file arranges 2028: a year is never assumed to have no holidays; add the notice for 2028 or leave 2028"
                + " out of 'years'"), refused.errLines());
        Cli.Result missing = Cli.run("calendar", "check", dir.resolve("none.cal").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertEquals(List.of("gov calendar check: FILE: no such file: " + dir.resolve("none.cal")), missing.errLines());
    }

    @Test
    void malformedCalendarFileIsOneLineNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.cal"), OVERLAY.replace("off  2025-10-09", "off  2025-13-09"));
        Cli.Result r = Cli.run("deadline", "--calendar", "CN-ZZ", "--calendar-file", file.toString(),
                "--from", "2025-09-19", "--working-days", "20");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("gov deadline: " + file + ":12: "), r::toString);
    }

    @Test
    void missingCalendarFileIsBadInput() {
        Path missing = dir.resolve("none.cal");
        Cli.Result r = Cli.run("calendar", "--calendar-file", missing.toString(), "--year", "2025");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("gov calendar: --calendar-file: no such file: " + missing), r.errLines());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo", "deadline", "calendar", "check", "lint", "stats")) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.firstLine().startsWith("Usage: gov " + command), r::toString);
        }
    }
}
