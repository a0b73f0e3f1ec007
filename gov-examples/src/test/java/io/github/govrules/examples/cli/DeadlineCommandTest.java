package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineCommandTest {

    @TempDir
    Path dir;

    @Test
    void contractTwentyWorkingDaysFromFriday19September2025IsThursday23October() {
        Cli.Result r = Cli.run("deadline", "--calendar", "CN", "--from", "2025-09-19", "--working-days", "20");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2025-10-23", r.firstLine());
        assertEquals(List.of("2025-10-23"), r.outLines());
        assertEquals("", r.err());
    }

    @Test
    void explainFollowsTheDueDateWithOneLinePerDay() {
        Cli.Result r = Cli.run("deadline", "--calendar", "CN", "--from", "2025-09-19", "--working-days", "20", "--explain");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.outLines();
        assertEquals("2025-10-23", lines.get(0));
        // heading + one line for each day 2025-09-20 .. 2025-10-23 (34 days)
        assertEquals(2 + 34, lines.size(), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2025-09-28 Sun makeup working day") && l.endsWith("counted (6)")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2025-10-01 Wed holiday 国庆节") && l.endsWith("not counted")), r::toString);
        assertTrue(lines.get(lines.size() - 1).startsWith("2025-10-23 Thu working day: counted (20)"), r::toString);
    }

    @Test
    void naturalDaysEndingOnAHolidayMoveToTheFirstDayAfterIt() {
        // 5 natural days from 2025-09-26 end on 10/1, inside the National Day break: moved to 10/9 (Civil Code Art. 203)
        Cli.Result r = Cli.run("deadline", "--from", "2025-09-26", "--natural-days", "5");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2025-10-09", r.firstLine());
    }

    @Test
    void aSuspensionOfTenWorkingDaysMovesTheDueDateByTenWorkingDays() {
        // 20 working days from Monday 2026-01-26: Saturday 2026-02-28 (a makeup working day after Spring Festival)
        assertEquals("2026-02-28", Cli.run("deadline", "--from", "2026-01-26", "--working-days", "20").firstLine());
        // an expert review 2026-02-02..02-13 holds 10 working days, which are not counted (Art. 45)
        Cli.Result r = Cli.run("deadline", "--from", "2026-01-26", "--working-days", "20",
                "--suspend", "expert-review:2026-02-02..2026-02-13");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2026-03-13", r.firstLine());
        Cli.Result ten = Cli.run("deadline", "--from", "2026-02-28", "--working-days", "10");
        assertEquals(r.firstLine(), ten.firstLine());
        Cli.Result explained = Cli.run("deadline", "--from", "2026-01-26", "--working-days", "20",
                "--suspend", "EXPERT_REVIEW:2026-02-02..2026-02-13", "--explain");
        assertTrue(explained.outLines().contains("2026-02-09 Mon suspended (expert review): not counted"), explained::toString);
    }

    @Test
    void badSuspensionsAreOneLineErrors() {
        for (String bad : List.of("foo", "expert:2026-02-02..2026-02-13", "hearing:2026-02-13..2026-02-02", "hearing:2026-02-30..2026-03-02")) {
            Cli.Result r = Cli.run("deadline", "--from", "2026-01-26", "--working-days", "20", "--suspend", bad);
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().startsWith("gov deadline: --suspend: "), r::toString);
        }
    }

    @Test
    void aSuspensionWhollyBeforeTheStartDayIsAOneLineErrorNamingItsDates() {
        for (String flag : List.of("--explain", "--provisional", "--from")) {
            List<String> args = new java.util.ArrayList<>(List.of("deadline", "--from", "2026-01-26", "--working-days",
                    "20", "--suspend", "hearing:2026-01-05..2026-01-09"));
            if (!flag.equals("--from")) {
                args.add(flag);
            }
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals(List.of("gov deadline: Refused suspension " + io.github.govrules.calendar.deadline.SuspensionKind
                    .HEARING.label() + " 2026-01-05..2026-01-09 (case accepted on 2026-01-26) on 2026-01-05: an event"
                    + " cannot be dated before the clock starts"), r.errLines(), r::toString);
        }
    }

    @Test
    void uncoveredDateIsExitTwoWithOneLineNamingTheCoveredRange() {
        Cli.Result r = Cli.run("deadline", "--calendar", "CN", "--from", "2026-12-20", "--working-days", "20");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("data covers 2020-01-01 to 2026-12-31"), r::toString);
        assertTrue(r.err().startsWith("gov deadline: Calendar CN has no data for 2027-"), r::toString);
    }

    @Test
    void startBeforeTheDataIsAlsoRejected() {
        Cli.Result r = Cli.run("deadline", "--from", "2019-06-03", "--working-days", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("2019-06-03") && r.err().contains("data covers 2020-01-01 to 2026-12-31"), r::toString);
    }

    @Test
    void provisionalOptInAnswersAndSaysSoOnTheSecondLine() {
        // issue 17's figure: 2027 has no notice, but New Year's Day is statutory: one working day after 12/31 is 1/4
        Cli.Result r = Cli.run("deadline", "--calendar", "CN", "--from", "2026-12-31", "--working-days", "1", "--provisional");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("2027-01-04", "provisional: statutory holidays of 2027, makeup days not yet published"
                + " (calendar CN has no notice for 2027); assumed off: 2027-01-01 元旦 New Year's Day"), r.outLines());
        // 2026-12-21..31 has 9 working days; 2027 by its statutory days: 1/1 off, 1/4-8 (14), 1/11-15 (19), 1/18 (20)
        Cli.Result longer = Cli.run("deadline", "--from", "2026-12-20", "--working-days", "20", "--provisional");
        assertEquals("2027-01-18", longer.firstLine(), longer::toString);
        // beyond the lunar table, weekends only, labelled so
        Cli.Result far = Cli.run("deadline", "--from", "2050-12-30", "--working-days", "3", "--provisional");
        assertEquals(List.of("2051-01-04", "provisional: statutory holidays of 2050, makeup days not yet published; 2051"
                + " assumed weekends-only (Monday to Friday working): beyond the statutory-holiday table (calendar CN has no"
                + " notice for 2050, 2051)"), far.outLines());
    }

    @Test
    void xinjiangAnswers2026WithoutProvisional() {
        Cli.Result r = Cli.run("deadline", "--calendar", "CN-XJ", "--from", "2026-05-26", "--working-days", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2026-06-01", r.firstLine(), r::toString);
    }

    @Test
    void aProvisionalOverlayAnswerSaysItsBaseCalendarAnsweredTheUncoveredYear() {
        // CN-NX covers 2020-2021 (its later notices were not found); 2022 comes from its base CN
        Cli.Result r = Cli.run("deadline", "--calendar", "CN-NX", "--from", "2021-12-31", "--working-days", "1", "--provisional");
        assertEquals(0, r.exitCode(), r::toString);
        // 2022-01-01..03 are national holidays and CN's data says so; the first working day is Tuesday 01-04
        assertEquals("2022-01-04", r.firstLine(), r::toString);
        assertEquals("provisional: 2022 answered by the base calendar CN's notices, the region's own days off unknown"
                + " (calendar CN-NX has no notice for 2022)", r.outLines().get(1));
    }

    @Test
    void badDateAndMissingLimitAreOneLineErrors() {
        Cli.Result bad = Cli.run("deadline", "--from", "2025-02-30", "--working-days", "3");
        assertEquals(2, bad.exitCode());
        assertEquals(List.of("gov deadline: --from: '2025-02-30' is not a valid date (Invalid date 'FEBRUARY 30')"), bad.errLines());
        Cli.Result none = Cli.run("deadline", "--from", "2025-02-03");
        assertEquals(2, none.exitCode());
        assertEquals(List.of("gov deadline: give exactly one of --working-days N and --natural-days N"), none.errLines());
        Cli.Result negative = Cli.run("deadline", "--from", "2025-02-03", "--working-days", "-1");
        assertEquals(2, negative.exitCode());
        assertEquals(1, negative.errLines().size(), negative::toString);
        assertTrue(negative.err().contains("--working-days"), negative::toString);
    }

    @Test
    void batchAnswersEveryLineAndGoesOnAfterErrors() throws IOException {
        Path file = dir.resolve("questions.csv");
        Files.writeString(file, String.join("\n",
                "op,a,b",
                "# a comment",
                "add,2025-09-19,20",
                "between,2025-09-30,2025-10-09",
                "add,2026-12-20,20",
                "add,2025-02-30,3",
                "mul,2025-01-01,2",
                "between,2025-01-01",
                "add,2024-02-08,1",
                ""));
        Cli.Result r = Cli.run("deadline", "--calendar", "CN", "--batch", file.toString());
        List<String> lines = r.outLines();
        assertEquals(7, lines.size(), r::toString);
        assertEquals("add,2025-09-19,20,2025-10-23", lines.get(0));
        assertEquals("between,2025-09-30,2025-10-09,1", lines.get(1));
        assertTrue(lines.get(2).startsWith("add,2026-12-20,20,ERROR line 5: Calendar CN has no data for 2027-"), r::toString);
        assertTrue(lines.get(2).contains("data covers 2020-01-01 to 2026-12-31"), r::toString);
        assertEquals("add,2025-02-30,3,ERROR line 6: '2025-02-30' is not a valid date (Invalid date 'FEBRUARY 30')", lines.get(3));
        assertEquals("mul,2025-01-01,2,ERROR line 7: unknown operation 'mul' (expected add or between)", lines.get(4));
        assertEquals("between,2025-01-01,ERROR line 8: expected between,DATE_A,DATE_B but found 2 fields", lines.get(5));
        // New Year's Eve 2024 (Friday 2024-02-09) was still a working day
        assertEquals("add,2024-02-08,1,2024-02-09", lines.get(6));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(List.of("gov deadline: 4 of 7 batch lines could not be answered (see the ,ERROR lines)"), r.errLines());
    }

    @Test
    void batchSurvivesExtremeNumbersAndRangesOutsideTheData() throws IOException {
        Path file = dir.resolve("extreme.csv");
        Files.writeString(file, "add,2025-01-02,-2147483648\nadd,2025-01-02,99999999999\nbetween,2025-01-02,2019-01-01\n"
                + "add,2025-01-02,0\nadd,2025-01-04,0\nadd,2025-01-06,-1\n");
        Cli.Result r = Cli.run("deadline", "--batch", file.toString());
        List<String> lines = r.outLines();
        assertEquals(6, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("add,2025-01-02,-2147483648,ERROR line 1: Calendar CN has no data for 2019-12-31"), r::toString);
        assertEquals("add,2025-01-02,99999999999,ERROR line 2: '99999999999' is not a whole number of working days", lines.get(1));
        assertTrue(lines.get(2).startsWith("between,2025-01-02,2019-01-01,ERROR line 3: Calendar CN has no data for 2019-01-01"), r::toString);
        // n = 0: the day itself if it is a working day, else the next one; n = -1: the working day before
        assertEquals("add,2025-01-02,0,2025-01-02", lines.get(3));
        assertEquals("add,2025-01-04,0,2025-01-06", lines.get(4));
        assertEquals("add,2025-01-06,-1,2025-01-03", lines.get(5));
        assertEquals(1, r.exitCode(), r::toString);
    }

    @Test
    void batchResultsAgreeWithTheSingleCommandAndCountsMatchShifts() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n <= 40; n++) {
            text.append("add,2025-09-19,").append(n).append('\n');
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, text);
        Cli.Result r = Cli.run("deadline", "--batch", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(41, lines.size());
        StringBuilder between = new StringBuilder();
        for (int n = 1; n <= 40; n++) {
            String due = lines.get(n).substring(lines.get(n).lastIndexOf(',') + 1);
            Cli.Result single = Cli.run("deadline", "--from", "2025-09-19", "--working-days", Integer.toString(n));
            assertEquals(single.firstLine(), due, "n=" + n);
            between.append("between,2025-09-19,").append(due).append('\n');
        }
        Files.writeString(file, between);
        List<String> counts = Cli.run("deadline", "--batch", file.toString()).outLines();
        for (int n = 1; n <= 40; n++) {
            assertTrue(counts.get(n - 1).endsWith("," + n), counts.get(n - 1));
        }
    }

    @Test
    void overlaySelectedByCalendarOption() throws IOException {
        Path file = dir.resolve("xj.csv");
        // Xinjiang 2025: Eid al-Adha 6/6-6/10 off; nationally only Dragon Boat (5/31-6/2) is off around then
        Files.writeString(file, "between,2025-06-05,2025-06-11\n");
        assertEquals(List.of("between,2025-06-05,2025-06-11,1"), Cli.run("deadline", "--calendar", "CN-XJ", "--batch", file.toString()).outLines());
        assertEquals(List.of("between,2025-06-05,2025-06-11,4"), Cli.run("deadline", "--calendar", "CN", "--batch", file.toString()).outLines());
    }

    @Test
    void missingBatchFileIsExitTwoNamingTheFile() {
        Path missing = dir.resolve("nope.csv");
        Cli.Result r = Cli.run("deadline", "--batch", missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("gov deadline: --batch: no such file: " + missing), r.errLines());
    }

    @Test
    void batchCannotBeMixedWithASingleQuestion() {
        Cli.Result r = Cli.run("deadline", "--batch", "x.csv", "--from", "2025-01-02");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size());
        assertTrue(r.err().contains("--batch: cannot be combined"), r::toString);
    }
}
