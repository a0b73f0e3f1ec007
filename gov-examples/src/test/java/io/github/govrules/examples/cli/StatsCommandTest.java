package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path dir;

    /** The printing-licence sample with an extension of 100 working days (Art. 42 allows 10), as a file. */
    static Path withIllegalExtension(Path dir) throws IOException {
        String json = Files.readString(Samples.path("printing-licence.json"));
        String accepted = "\"receiptNumber\": \"SL-20250919-0047\"\n    }";
        assertTrue(json.contains(accepted), json);
        Path file = dir.resolve("extended.json");
        Files.writeString(file, json.replace(accepted, accepted + ",\n    {\"type\": \"extended\", \"at\": \"2025-09-25T09:00:00\","
                + " \"by\": \"b07-sun\", \"extension\": \"100 working days\", \"approvedBy\": \"head-qian\","
                + " \"reason\": \"complex case\"}"));
        return file;
    }

    @Test
    void aCaseWhoseClockRefusesAnEventIsRefusedAtThatEventBeforeTheIndicators() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cases"));
        Path file = withIllegalExtension(folder);
        Cli.Result r = Cli.run("stats", "--cases", folder.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("gov stats: " + file + " (case WH-2025-000402): $.events[2]: the case's clock (计时) refuses this"
                + " event: Refused extension of 100 working days (ORDINARY handling allows 10) on 2025-09-25: an extension"
                + " adds at most 10 working days, 15 for joint handling (Art. 42)"), r.errLines());
    }

    @Test
    void octoberSampleGivesTheHandCountedIndicators() {
        Cli.Result r = Cli.run("stats", "--cases", Samples.path("cases-2025-10.json").toString(),
                "--from", "2025-10-01", "--to", "2025-10-31");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.firstLine().startsWith("Indicators for 2025-10-01 to 2025-10-31 (inclusive): 8 cases"), r::toString);
        assertEquals("8", r.indicator("received"));
        // one provident-fund case was not accepted
        assertEquals("7", r.indicator("accepted"));
        // three provident-fund cases and three printing licences completed; WH-2025-001104 is still open
        assertEquals("6", r.indicator("completed"));
        assertEquals("3/6 (50.0%)", r.indicator("immediate-case rate"));
        // printing licences (promised 10 working days): 1101 done 10-17 (due 10-22, early), 1102 done 10-23 (due 10-23),
        // 1103 done 10-27 (due 10-22, late)
        assertEquals("2/3 (66.7%)", r.indicator("on-time completion rate"));
        assertEquals("1/3 (33.3%)", r.indicator("early completion rate"));
        assertEquals("1/3 (33.3%)", r.indicator("overdue rate"));
        assertEquals("4/5 (80.0%)", r.indicator("satisfaction rate"));
        assertEquals("1/6 (16.7%)", r.indicator("complaint rate"));
        // 1104 accepted 10-13 is due 10-27 and still open on 10-31
        assertEquals("1", r.indicator("open and overdue at period end"));
    }

    @Test
    void aShorterPeriodCountsOnlyItsEvents() {
        Cli.Result r = Cli.run("stats", "--cases", Samples.path("cases-2025-10.json").toString(),
                "--from", "2025-10-09", "--to", "2025-10-09");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("4", r.indicator("received"));
        assertEquals("2", r.indicator("completed"));
    }

    @Test
    void aCaseInTwoFilesIsRefusedNamingBoth() throws IOException {
        Files.copy(Samples.path("printing-licence.json"), dir.resolve("a.json"));
        Files.copy(Samples.path("printing-licence.json"), dir.resolve("b.json"));
        Cli.Result r = Cli.run("stats", "--cases", dir.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--cases: " + dir.resolve("b.json") + " (case WH-2025-000402) is a case already read"
                + " from " + dir.resolve("a.json") + " (case WH-2025-000402): a case counts once; keep only its latest file"),
                r::toString);
    }

    @Test
    void aConstraintBrokenInACaseOfAnArrayIsPlacedInTheFile() throws IOException {
        String text = Files.readString(Samples.path("cases-2025-10.json"));
        int second = text.indexOf("\"region\"", text.indexOf("\"region\"") + 1);
        String broken = text.substring(0, second) + text.substring(second).replaceFirst("\"region\"\\s*:\\s*\"\\d+\"",
                "\"region\": \"33010\"");
        Path file = dir.resolve("cases.json");
        Files.writeString(file, broken);
        long line = broken.substring(0, second).lines().count();
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(file + ": 1 violation: $.region (line " + line + ", column "), r::toString);
        assertTrue(r.err().contains("): must be a 6-digit division code"), r::toString);
    }

    @Test
    void aFolderOfCaseFilesWorksToo() throws IOException {
        Files.copy(Samples.path("provident-fund-complete.json"), dir.resolve("a.json"));
        Files.copy(Samples.path("printing-licence.json"), dir.resolve("b.json"));
        Cli.Result r = Cli.run("stats", "--cases", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2", r.indicator("received"));
        assertEquals("1", r.indicator("accepted"));
    }

    @Test
    void aWrongTypeInsideTheArrayIsLocatedInTheOriginalFile() throws IOException {
        Path file = dir.resolve("cases.json");
        Files.writeString(file, "[\n  {\"number\": \"X-1\",\n   \"itemCode\": 7}\n]\n");
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("gov stats: " + file + ": $.itemCode (line 3, column 16): invalid value 7 for a string"), r.errLines());
    }

    @Test
    void anErrorOnTheFirstLineOfALaterElementGetsItsFileColumn() throws IOException {
        Path file = dir.resolve("cases.json");
        String good = Files.readString(Samples.path("provident-fund-complete.json")).replaceAll("\\s*\\n\\s*", " ").strip();
        Files.writeString(file, "[\n" + good + ",\n   {\"number\": 5}\n]\n");
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        // the second case starts at line 3, column 4; its "number" value 5 is at column 15
        assertTrue(r.err().startsWith("gov stats: " + file + ": $.number (line 3, column 15): "), r::toString);
    }

    @Test
    void truncatedJsonIsOneLineWithItsLocation() throws IOException {
        Path file = dir.resolve("cases.json");
        Files.writeString(file, "[\n  {\"number\": \"X-1\",\n   \"itemCode\": \"a\"\n");
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("gov stats: --cases " + file + ":4:1: malformed JSON"), r::toString);
        assertTrue(!r.err().contains("REDACTED"), r::toString);
    }

    @Test
    void notAnArrayMissingFileAndReversedPeriodAreBadInput() throws IOException {
        Path file = dir.resolve("object.json");
        Files.writeString(file, "{\"a\": 1}");
        // an object is read as one case (issue 19) and refused as gov-core refuses the case
        assertEquals(List.of("gov stats: " + file + ": $.a (line 1, column 2): unknown field 'a' (known fields: agent,"
                + " applicant, appliedAt, channel, events, itemCode, itemVersion, kind, legalRepresentative, materials,"
                + " nationalType, number, projectCode, region, situations)"),
                Cli.run("stats", "--cases", file.toString()).errLines());
        Path scalar = dir.resolve("scalar.json");
        Files.writeString(scalar, "42");
        assertEquals(List.of("gov stats: --cases " + scalar + ":1:1: expected a case object '{...}' or a JSON array of cases"
                + " '[ {...}, {...} ]'"), Cli.run("stats", "--cases", scalar.toString()).errLines());
        Path missing = dir.resolve("missing.json");
        Cli.Result r = Cli.run("stats", "--cases", missing.toString());
        assertEquals(2, r.exitCode());
        assertEquals(List.of("gov stats: --cases: no such file: " + missing), r.errLines());
        Cli.Result reversed = Cli.run("stats", "--cases", Samples.path("cases-2025-10.json").toString(),
                "--from", "2025-10-31", "--to", "2025-10-01");
        assertEquals(2, reversed.exitCode());
        assertEquals(List.of("gov stats: --to: 2025-10-01 is before --from 2025-10-31"), reversed.errLines());
    }
}
