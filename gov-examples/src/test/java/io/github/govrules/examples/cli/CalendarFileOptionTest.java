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

    @Test
    void aFileReplacingALoadedCalendarSaysSo() throws IOException {
        String cn;
        try (var in = io.github.govrules.calendar.Calendars.class.getResourceAsStream("data/CN.cal")) {
            cn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path file = Files.writeString(dir.resolve("CN.cal"), cn);
        Cli.Result r = Cli.run("deadline", "--calendar-file", file.toString(), "--from", "2025-09-19", "--working-days", "20");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2025-10-23", r.firstLine());
        assertEquals(List.of("note: --calendar-file " + file + ": calendar CN (2020-01-01 to 2026-12-31) replaces the CN"
                + " loaded before it (2020-01-01 to 2026-12-31); overlays loaded before it keep that one as their base: [CN-GX, CN-NX, CN-XJ]"),
                r.errLines());
        // an overlay of a new id replaces nothing: no note
        Path zz = Files.writeString(dir.resolve("CN-ZZ.cal"), OVERLAY);
        Cli.Result quiet = Cli.run("calendar", "--calendar", "CN-ZZ", "--calendar-file", zz.toString(), "--year", "2025");
        assertEquals(0, quiet.exitCode(), quiet::toString);
        assertEquals(List.of(), quiet.errLines());
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
