package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI review's findings: every bad input is one located line on stderr, exit 2; write errors exit 3. */
class ReviewFixesCliTest {

    private static final Path INVALID_CASES =
            Path.of("../gov-core/src/test/resources/io/github/govrules/core/io/invalid/case");
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    /** The sample provident-fund case with one field replaced (a JSON text edit). */
    private Path sampleCaseWith(String name, String from, String to) throws IOException {
        String text = Files.readString(Samples.path("provident-fund-incomplete.json"));
        assertTrue(text.contains(from), from);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return file;
    }

    // 1. check runs gov-core's CaseChecks

    @Test
    void checkRefusesWhatCaseChecksRejects() {
        String[][] cases = {
            {"k30-accepted-under-cancelled-version.json", "cn-sc", "$.itemVersion"},
            {"k13-two-loan-types.json", "cn-zj", "$.situations"},
            {"k28-gap-not-tolerated.json", "cn-zj", "$.events[1].gaps[0]"},
            {"k29-correction-for-undeclared-material.json", "cn-zj", "$.events[1].missing[0]"},
        };
        for (String[] c : cases) {
            Path file = INVALID_CASES.resolve(c[0]);
            Cli.Result r = Cli.run("check", "--pack", c[1], "--case", file.toString());
            Cli.assertOneLineBadInput(r, "gov check: --case " + file + " (case ", c[2]);
        }
    }

    // 2. and 4. stats runs the same checks and names the case

    @Test
    void statsRefusesAnUndeclaredSituationNamingTheFileAndPrintsNothing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("cases"));
        Samples.copy("provident-fund-incomplete.json", folder);
        Path bad = sampleCaseWith("zz-bad.json", "\"agent\"]", "\"agent\", \"moon-landing\"]");
        Files.move(bad, folder.resolve("zz-bad.json"));
        Cli.Result r = Cli.run("stats", "--cases", folder.toString());
        Cli.assertOneLineBadInput(r, folder.resolve("zz-bad.json") + " (case ", "moon-landing");
    }

    @Test
    void statsAndCheckNameTheFileOfACaseWithAnUnknownItem() throws IOException {
        String text = Files.readString(Samples.path("provident-fund-incomplete.json"));
        String code = text.replaceAll("(?s).*\"itemCode\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Path bad = sampleCaseWith("unknown-item.json", code, "99999999999999999999999999999");
        Cli.Result check = Cli.run("check", "--pack", "cn-zj", "--case", bad.toString());
        Cli.assertOneLineBadInput(check, "--case " + bad, "$.itemCode", "99999999999999999999999999999");
        Path folder = Files.createDirectory(dir.resolve("cases"));
        Files.copy(bad, folder.resolve("unknown-item.json"));
        Samples.copy("provident-fund-incomplete.json", folder);
        Cli.Result stats = Cli.run("stats", "--cases", folder.toString());
        Cli.assertOneLineBadInput(stats, folder.resolve("unknown-item.json").toString(), "$.itemCode");
    }

    @Test
    void statsNamesTheCaseWhoseDueDateLeavesTheCalendar() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode cases =
                (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(Samples.path("cases-2025-10.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode late = (com.fasterxml.jackson.databind.node.ObjectNode) cases.get(7).deepCopy();
        late.put("number", "WH-2026-LATE");
        late.put("appliedAt", "2026-12-28T09:00:00");
        late.set("events", json.readTree("[{\"type\": \"received\", \"at\": \"2026-12-28T09:02:00\", \"by\": \"w05-chen\","
                + " \"channel\": \"WINDOW\"}, {\"type\": \"accepted\", \"at\": \"2026-12-28T09:20:00\", \"by\": \"w05-chen\","
                + " \"receiptNumber\": \"SL-1\"}]"));
        cases.add(late);
        Path file = dir.resolve("late.json");
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(cases));
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().contains(file + ": case 9 of the array"), r::toString);
        assertTrue(r.err().contains("WH-2026-LATE"), r::toString);
    }

    @Test
    void aCaseDateNoPackVersionCoversIsNamedAsTheCasesDate() throws IOException {
        Path old = dir.resolve("case-2019.json");
        Files.writeString(old, Files.readString(Samples.path("provident-fund-incomplete.json"))
                .replaceAll("2025-\\d\\d-\\d\\dT", "2019-12-30T"));
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--case", old.toString());
        Cli.assertOneLineBadInput(r, "--case " + old + ": the case's decision date 2019-12-30",
                "covered by no version of pack 'cn-zj'");
        assertFalse(r.err().contains("pack.yaml"), r::toString);
    }

    // 3. non-UTF-8 input

    @Test
    void gbkBatchFileIsRefusedNamingFileAndLine() throws IOException {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, "add,2025-09-19,20\n# 注释\nadd,2025-09-19,1\n".getBytes(GBK));
        Cli.Result r = Cli.run("deadline", "--batch", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        // 注 in GBK (D7 A2) happens to be valid UTF-8; 释 (CA CD) is not
        assertTrue(r.err().contains("--batch " + file + ": line 2, column 4: not UTF-8 text: byte 0xCA at offset 22"),
                r::toString);
    }

    @Test
    void gbkCasesArrayIsRefusedNamingFileAndLine() throws IOException {
        Path file = dir.resolve("cases-gbk.json");
        Files.write(file, Files.readString(Samples.path("cases-2025-10.json")).getBytes(GBK));
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        Cli.assertOneLineBadInput(r, "--cases " + file + ": line ", "not UTF-8 text");
        assertFalse(r.err().contains("Input length"), r::toString);
    }

    @Test
    void aCasesArrayWithAByteOrderMarkIsRead() throws IOException {
        Path sample = Samples.path("cases-2025-10.json");
        Path file = dir.resolve("cases-bom.json");
        Files.writeString(file, "\uFEFF" + Files.readString(sample));
        Cli.Result plain = Cli.run("stats", "--cases", sample.toString());
        Cli.Result r = Cli.run("stats", "--cases", file.toString());
        assertEquals(plain.exitCode(), r.exitCode(), r::toString);
        assertEquals(plain.out(), r.out().replace(file.toString(), sample.toString()));
    }

    @Test
    void gbkOnStandardInputIsRefusedNotReplaced() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("add,2025-09-19,二十\n".getBytes(GBK)));
            Cli.Result r = Cli.run("deadline", "--batch", "-");
            assertEquals(2, r.exitCode(), r::toString);
            // 二 in GBK is B6 FE: B6 cannot start a UTF-8 character
            assertTrue(r.err().contains("--batch - (standard input): line 1, column 16: not UTF-8 text:"
                    + " byte 0xB6 at offset 15"), r::toString);
            assertFalse(r.out().contains("\uFFFD"), r::toString);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void gbkOnStandardInputIsLocatedByLineAndColumn() {
        InputStream saved = System.in;
        try {
            byte[] in = "add,2025-09-19,20\r\n# 注释 ok\nadd,2025-09-19,\uD840\uDC00".getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(in, in.length + 2);
            all[in.length] = (byte) 0xC0;
            all[in.length + 1] = '\n';
            System.setIn(new ByteArrayInputStream(all));
            Cli.Result r = Cli.run("deadline", "--batch", "-");
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().contains("--batch - (standard input): line 3, column 17: not UTF-8 text: byte 0xC0 at offset "
                    + in.length + " is not valid UTF-8 (GBK or another encoding?); save the file as UTF-8"), r::toString);
            assertTrue(r.out().startsWith("add,2025-09-19,20,"), r::toString);
        } finally {
            System.setIn(saved);
        }
    }

    /** A named pipe in the temporary folder, written from another thread once it is opened (skipped without mkfifo). */
    private Thread pipe(Path fifo, byte[] bytes) throws IOException, InterruptedException {
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
        }
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, bytes);
            } catch (IOException e) {
                // the reader went away: the test's assertions say why
            }
        });
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    @Test
    void aNamedPipeIsReadAsACaseACatalogAndABatch() throws Exception {
        Path sample = Samples.path("provident-fund-incomplete.json");
        Cli.Result plain = Cli.run("check", "--pack", "cn-zj", "--case", sample.toString());
        Path caseFifo = dir.resolve("case.fifo");
        Thread w = pipe(caseFifo, Files.readAllBytes(sample));
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--case", caseFifo.toString());
        w.join(10_000);
        assertEquals(plain.exitCode(), r.exitCode(), r::toString);
        assertEquals(plain.out().replace(sample.toString(), "F"), r.out().replace(caseFifo.toString(), "F"));

        Path catalog = dir.resolve("catalog.yaml");
        io.github.govrules.core.io.Catalogs.write(io.github.govrules.core.io.Catalogs.example(), catalog);
        Path catalogFifo = dir.resolve("catalog.fifo");
        w = pipe(catalogFifo, Files.readAllBytes(catalog));
        Cli.Result c = Cli.run("check", "--pack", "cn-zj", "--case", sample.toString(), "--catalog", catalogFifo.toString());
        w.join(10_000);
        assertEquals(plain.exitCode(), c.exitCode(), c::toString);
        assertFalse(c.err().contains("no such file"), c::toString);

        Path batchFifo = dir.resolve("batch.fifo");
        w = pipe(batchFifo, "add,2025-09-19,20\nbetween,2025-09-19,2025-09-30\n".getBytes(GBK));
        Cli.Result b = Cli.run("deadline", "--batch", batchFifo.toString());
        w.join(10_000);
        assertEquals(0, b.exitCode(), b::toString);
        assertTrue(b.out().startsWith("add,2025-09-19,20,2025-"), b::toString);

        Path gbkFifo = dir.resolve("gbk.fifo");
        w = pipe(gbkFifo, "add,2025-09-19,20\n# 注释\n".getBytes(GBK));
        Cli.Result g = Cli.run("deadline", "--batch", gbkFifo.toString());
        w.join(10_000);
        assertTrue(g.err().contains("--batch " + gbkFifo + ": line 2, column 4: not UTF-8 text: byte 0xCA at offset 22"),
                g::toString);
    }

    // 5. write errors

    @Test
    void anUnwritableOutputExitsThreeWithOneLine() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = GovCli.execute(new PrintWriter(full), new PrintWriter(err),
                "deadline", "--from", "2025-09-19", "--working-days", "20");
        assertEquals(3, code, err::toString);
        assertEquals("gov: cannot write the output", err.toString().strip());
    }

    // 6. messages

    @Test
    void emptyPathsSayThePathIsEmpty() {
        Cli.assertOneLineBadInput(Cli.run("check", "--pack", "cn", "--case", ""), "--case: the path is empty");
        Cli.assertOneLineBadInput(Cli.run("check", "--pack", "", "--case", "x.json"), "--pack: the path is empty");
        Cli.assertOneLineBadInput(Cli.run("deadline", "--batch", ""), "--batch: the path is empty");
    }

    @Test
    void aFolderGivenAsAFileIsCalledAFolder() {
        // check reads a folder as a folder of cases (issue 19): an empty one holds none
        Cli.assertOneLineBadInput(Cli.run("check", "--pack", "cn", "--case", dir.toString()),
                "gov check: --case: " + dir + " holds no cases");
        Cli.assertOneLineBadInput(Cli.run("deadline", "--batch", dir.toString()),
                "gov deadline: --batch: cannot read " + dir + ": it is a folder, not a file");
    }

    @Test
    void aFolderAsCalendarFileIsCalledAFolder() {
        Cli.assertOneLineBadInput(Cli.run("deadline", "--calendar-file", dir.toString(), "--from", "2025-09-19",
                "--working-days", "1"), "gov deadline: --calendar-file: cannot read " + dir + ": it is a folder, not a file");
    }

    @Test
    void aNamedPipeIsReadAsACalendarFile() throws Exception {
        String overlay = String.join("\n", "calendar CN-ZZ", "name 测试地区 | Test region", "base CN", "years 2025", "",
                "notice 2025-zz", "  year      2025", "  number    测试通知 | test notice", "  effective 2025-01-01",
                "  title     测试通知", "off  2025-10-09             测试 | Test closure", "");
        Path fifo = dir.resolve("zz.fifo");
        Thread w = pipe(fifo, overlay.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("deadline", "--calendar", "CN-ZZ", "--calendar-file", fifo.toString(),
                "--from", "2025-09-19", "--working-days", "20");
        w.join(10_000);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("2025-10-24", r.firstLine(), r::toString);
    }

    @Test
    void unknownCommandListsTheCommands() {
        Cli.Result r = Cli.run("nosuch");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("gov: unknown command 'nosuch'"), r::toString);
        assertTrue(r.err().contains("(commands: demo, deadline, calendar, check, lint, stats"), r::toString);
    }

    @Test
    void javaTimeFieldNamesAreWords() {
        Cli.assertOneLineBadInput(Cli.run("deadline", "--from", "2025-13-01", "--working-days", "1"),
                "month 13 is not between 1 and 12");
        Cli.Result r = Cli.run("deadline", "--from", "2025-01-32", "--working-days", "1");
        assertFalse(r.err().contains("DayOfMonth"), r::toString);
    }

    // 7. help

    @Test
    void checkHelpListsEveryBundledPack() {
        Cli.Result r = Cli.run("check", "--help");
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("bundled pack (" + String.join(", ", io.github.govrules.rules.RuleEngine.BUNDLED) + ")"),
                r::toString);
    }
}
