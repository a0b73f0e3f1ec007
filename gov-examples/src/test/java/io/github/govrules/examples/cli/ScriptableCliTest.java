package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, part 1: --format on every command, suggestions, a closed pipe, positional arguments, completion, check over many cases. */
class ScriptableCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(Cli.Result r) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void everyCommandAnswersJson() throws IOException {
        JsonNode due = json(Cli.run("deadline", "--from", "2025-09-19", "--working-days", "20", "--format", "json"));
        assertEquals("2025-10-23", due.get("due").asText());
        assertEquals(20, due.get("limit").get("amount").asInt());
        assertFalse(due.get("provisional").asBoolean());

        JsonNode explained = json(Cli.run("deadline", "--from", "2025-09-19", "--working-days", "20", "--explain",
                "--format", "json"));
        JsonNode days = explained.get("days");
        assertEquals("2025-10-23", days.get(days.size() - 1).get("date").asText());
        assertEquals(20, days.get(days.size() - 1).get("count").asInt());

        JsonNode month = json(Cli.run("calendar", "--year", "2025", "--month", "10", "--format", "json"));
        assertEquals(31, month.get("days").size());
        assertEquals("HOLIDAY", month.get("days").get(0).get("kind").asText());
        assertEquals("国庆节、中秋节", month.get("days").get(0).get("holiday").get("zh").asText());
        assertEquals(month.get("workingDays").asInt(), countWorking(month.get("days")));

        JsonNode lint = json(Cli.run("lint", "cn-sc", "--format", "json"));
        assertTrue(lint.get("clean").asBoolean());
        assertEquals("cn-sc", lint.get("pack").asText());
        assertTrue(lint.get("scenarios").size() > 0);

        JsonNode check = json(Cli.run("check", "--pack", "cn-zj", Samples.path("provident-fund-complete.json").toString(),
                "--format", "json"));
        assertEquals("ACCEPTED", check.get("status").asText());

        JsonNode stats = json(Cli.run("stats", Samples.path("cases-2025-10.json").toString(), "--month", "2025-10",
                "--format", "json"));
        assertEquals(8, stats.get("cases").asInt());
        assertEquals(8, stats.get("indicators").get("received").get("value").asInt());
        assertEquals(2, stats.get("indicators").get("onTimeRate").get("numerator").asInt());
        assertEquals(3, stats.get("indicators").get("onTimeRate").get("denominator").asInt());

        JsonNode demo = json(Cli.run("demo", "--format", "json"));
        assertTrue(demo.get("sections").size() >= 6, demo::toString);
        assertTrue(demo.get("sections").get(0).get("title").asText().startsWith("1. "), demo::toString);
    }

    private static int countWorking(JsonNode days) {
        int n = 0;
        for (JsonNode d : days) {
            n += d.get("workingDay").asBoolean() ? 1 : 0;
        }
        return n;
    }

    @Test
    void csvHasAHeaderAndOneRowPerRecord() {
        Cli.Result cal = Cli.run("calendar", "--year", "2025", "--month", "10", "--format", "csv");
        assertEquals(0, cal.exitCode(), cal::toString);
        assertEquals("date,weekday,kind,workingDay,holidayZh,holidayEn,notice", cal.firstLine());
        assertEquals(32, cal.outLines().size());
        assertTrue(cal.outLines().get(1).startsWith("2025-10-01,WEDNESDAY,HOLIDAY,false,国庆节、中秋节,National Day and Mid-Autumn Festival,"), cal::toString);

        Cli.Result check = Cli.run("check", "--pack", "cn-zj", "--format", "csv",
                Samples.path("provident-fund-complete.json").toString(), Samples.path("provident-fund-incomplete.json").toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertEquals(String.join(",", CheckCommand.CSV_COLUMNS), check.firstLine());
        assertEquals(3, check.outLines().size(), check::toString);
        assertTrue(check.outLines().get(2).contains(",CORRECTION_REQUIRED,"), check::toString);

        Cli.Result stats = Cli.run("stats", Samples.path("cases-2025-10.json").toString(), "--month", "2025-10",
                "--format", "csv");
        assertEquals(0, stats.exitCode(), stats::toString);
        assertEquals(String.join(",", StatsOutput.CSV_COLUMNS), stats.firstLine());
        assertTrue(stats.outLines().contains("total,,onTimeRate,0.666667,2,3,,0,0"), stats::toString);
        assertTrue(stats.outLines().contains("month,2025-10,received,8,,,0,,"), stats::toString);

        Cli.Result demo = Cli.run("demo", "--format", "csv");
        Cli.assertOneLineBadInput(demo, "--format: the demo is a walkthrough, not a table");
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(null));
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() {
        Cli.Result command = Cli.run("chek");
        assertEquals(2, command.exitCode(), command::toString);
        assertTrue(command.err().contains("unknown command 'chek'; did you mean 'check'"), command::toString);

        Cli.Result option = Cli.run("check", "--pak", "cn", "x.json");
        Cli.assertOneLineBadInput(option, "gov check: unknown option '--pak'; did you mean '--pack'?");

        Cli.Result known = Cli.run("deadline", "--from", "2025-09-19", "--working-dayz", "3");
        Cli.assertOneLineBadInput(known, "did you mean '--working-days'?");
    }

    /** Standard output whose reader goes away after {@code limit} bytes; counts every write tried after that. */
    private static final class ClosingPipe extends OutputStream {
        final int limit;
        int written;
        int triedAfterClose;

        ClosingPipe(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                triedAfterClose++;
                throw new IOException("Broken pipe");
            }
            written += len;
        }
    }

    @Test
    void aClosedPipeEndsQuietlyAndStopsTheWork() throws IOException {
        Path batch = dir.resolve("batch.csv");
        Files.writeString(batch, "add,2025-09-19,3\n".repeat(200_000));
        ClosingPipe pipe = new ClosingPipe(100);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new GuardedOutputStream(pipe),
                StandardCharsets.UTF_8), 1 << 12), false);
        StringWriter err = new StringWriter();
        int code = GovCli.execute(out, new PrintWriter(err), "deadline", "--batch", batch.toString());
        assertEquals(GovCli.EXIT_CLOSED_PIPE, code, err::toString);
        assertEquals("", err.toString());
        // the work stopped at the first failed write (a last flush on the way out may try once more), not 200,000 lines on
        assertTrue(pipe.triedAfterClose <= 2, () -> pipe.triedAfterClose + " writes after the pipe closed");
    }

    @Test
    void positionalArgumentsWhereExpected() {
        Cli.Result lint = Cli.run("lint", "cn-sc");
        assertEquals(0, lint.exitCode(), lint::toString);
        assertTrue(lint.firstLine().startsWith("cn-sc: 0 problems"), lint::toString);
        Cli.assertOneLineBadInput(Cli.run("lint"), "missing the pack: gov lint DIR|ID");
        Cli.assertOneLineBadInput(Cli.run("lint", "cn", "--pack", "cn-sc"), "--pack: given twice");
        Cli.assertOneLineBadInput(Cli.run("check", "--pack", "cn"), "--case: missing");
    }

    @Test
    void checkTakesManyCasesFoldersAndArraysWithOneEngine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cases"));
        Samples.copy("provident-fund-complete.json", folder);
        Samples.copy("printing-licence.json", folder);
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--format", "json", folder.toString(),
                Samples.path("cases-2025-10.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode all = JSON.readTree(r.out());
        assertEquals(2 + 8, all.size(), r::toString);
        assertTrue(all.get(0).get("source").asText().startsWith(folder.resolve("printing-licence.json").toString()));
        assertTrue(all.get(2).get("source").asText().contains("case 1 of the array (line 2"), r::toString);
        for (JsonNode outcome : all) {
            assertTrue(outcome.has("status"), outcome::toString);
        }
        Cli.Result text = Cli.run("check", "--pack", "cn-zj", folder.toString());
        assertEquals(2, text.outLines().stream().filter(l -> l.startsWith("=== ")).count(), text::toString);
    }

    @Test
    void aBadCaseAmongManyIsNamedAndTheOthersAreChecked() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cases"));
        Samples.copy("provident-fund-complete.json", folder);
        Files.writeString(folder.resolve("broken.json"), "{\"number\": 1,");
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--format", "json", folder.toString());
        assertEquals(2, r.exitCode(), r::toString);
        JsonNode all = JSON.readTree(r.out());
        assertEquals(2, all.size(), r::toString);
        assertTrue(all.get(0).get("error").asText().contains("broken.json"), r::toString);
        assertEquals("ACCEPTED", all.get(1).get("status").asText(), r::toString);
        List<String> err = r.errLines();
        assertEquals(2, err.size(), r::toString);
        assertTrue(err.get(0).startsWith("gov check: ") && err.get(0).contains("broken.json"), r::toString);
        assertEquals("gov check: 1 of 2 cases could not be checked (named above)", err.get(1));
    }

    @Test
    void completionScriptCoversTheCommands() {
        Cli.Result r = Cli.run("completion");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("complete -F"), r::toString);
        for (String command : List.of("deadline", "calendar", "check", "lint", "stats")) {
            assertTrue(r.out().contains(command), command);
        }
        assertTrue(r.out().contains("--format"), r::toString);
    }
}
