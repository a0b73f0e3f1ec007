package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, parts 3 and 4: stats streams, keeps going, draws progress, aligns columns, breaks down, writes HTML. */
class StatsAtScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The eight October sample cases, one per line. */
    static List<String> sampleLines() throws IOException {
        return Files.readAllLines(Samples.path("cases-2025-10.json"), StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.startsWith("{")).map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList();
    }

    /** A JSON array of n cases: the samples in turn, each numbered anew. */
    static Path manyCases(Path file, int n) throws IOException {
        List<String> samples = sampleLines();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            for (int i = 0; i < n; i++) {
                w.write(samples.get(i % samples.size()).replaceFirst("\"number\": \"([A-Z]+)-", "\"number\": \"$1-" + i + "-"));
                w.write(i + 1 < n ? ",\n" : "\n");
            }
            w.write("]\n");
        }
        return file;
    }

    /**
     * Flat memory: 30,000 cases in a 32 MB heap, in a child JVM. Reading the file whole (as stats did) takes its
     * text twice over and every case at once -- well past 32 MB; one case at a time fits.
     */
    @Test
    void thirtyThousandCasesFitInA32MegabyteHeap() throws Exception {
        Path file = manyCases(dir.resolve("many.json"), 30_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), GovLauncher.class.getName(), "stats", file.toString(),
                "--month", "2025-10", "--format", "json"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(dir.resolve("out.json").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the child JVM did not finish");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, p.exitValue(), err);
        JsonNode report = JSON.readTree(dir.resolve("out.json").toFile());
        assertEquals(30_000, report.get("cases").asInt());
        assertEquals(30_000, report.get("indicators").get("received").get("value").asInt());
    }

    @Test
    void keepGoingNamesEveryBadCaseAndCountsTheRest() throws IOException {
        List<String> samples = sampleLines();
        Path folder = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(folder.resolve("a.json"), "[\n" + samples.get(0) + ",\n" + samples.get(1).replace("\"number\"",
                "\"numbr\"") + ",\n" + samples.get(2) + "\n]\n");
        Files.writeString(folder.resolve("b.json"), samples.get(4));
        Files.writeString(folder.resolve("c.json"), "[" + samples.get(5) + ", {\"number\": ");
        Cli.Result stop = Cli.run("stats", folder.toString(), "--month", "2025-10");
        assertEquals(2, stop.exitCode(), stop::toString);
        assertEquals(1, stop.errLines().size(), stop::toString);

        Cli.Result r = Cli.run("stats", folder.toString(), "--month", "2025-10", "--keep-going");
        assertEquals(GovCli.EXIT_PROBLEMS, r.exitCode(), r::toString);
        List<String> err = r.errLines();
        assertEquals(3, err.size(), r::toString);
        assertTrue(err.get(0).contains(folder.resolve("a.json") + ": $.numbr (line 3, column"), r::toString);
        assertTrue(err.get(1).contains(folder.resolve("c.json") + ":1:"), r::toString);
        assertEquals("gov stats: 2 bad cases left out (named above); 4 counted", err.get(2));
        // a.json's first and third, b.json's, and c.json's first (before the file broke off)
        assertEquals("4", r.indicator("received"), r::toString);
        assertTrue(r.firstLine().contains("4 cases read from " + folder + " (2 bad ones left out)"), r::toString);
    }

    @Test
    void foldersOfSingleCasesAndOfArraysAlike() throws IOException {
        List<String> samples = sampleLines();
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(folder.resolve("single-" + i + ".json"), samples.get(i));
        }
        Files.writeString(folder.resolve("rest.json"), "[" + String.join(",\n", samples.subList(4, 8)) + "]");
        Cli.Result mixed = Cli.run("stats", folder.toString(), "--month", "2025-10", "--format", "csv");
        Cli.Result whole = Cli.run("stats", Samples.path("cases-2025-10.json").toString(), "--month", "2025-10",
                "--format", "csv");
        assertEquals(0, mixed.exitCode(), mixed::toString);
        assertEquals(whole.out(), mixed.out());
    }

    @Test
    void aProgressBarShowsTheShareReadAndClearsItsLine() {
        StringWriter s = new StringWriter();
        Progress p = new Progress(new PrintWriter(s), 1000, true);
        p.update(500, 1234);
        p.finish();
        String drawn = s.toString();
        assertTrue(drawn.startsWith("\r[###############               ]  50%  1,234 cases"), drawn);
        assertTrue(drawn.endsWith("\r"), drawn);
        StringWriter off = new StringWriter();
        Progress none = new Progress(new PrintWriter(off), 1000, false);
        none.update(500, 1);
        none.finish();
        assertEquals("", off.toString());
    }

    @Test
    void columnsAlignByDisplayWidth() {
        assertEquals(4, TextWidth.of("办件"));
        assertEquals(6, TextWidth.of("W02 办"));
        assertEquals(2, TextWidth.of("（"));
        assertEquals(3, TextWidth.of("abc"));
        StringWriter s = new StringWriter();
        new TextTable(false, true).row("示例区文化和广电旅游体育局", "4").row("W02", "12345").print(new PrintWriter(s), "");
        List<String> lines = s.toString().lines().toList();
        assertEquals(TextWidth.of(lines.get(0)), TextWidth.of(lines.get(1)), s::toString);
        assertTrue(lines.get(0).endsWith("      4"), s::toString);
    }

    @Test
    void breakdownsSumToTheTotalAndCarryThePreviousPeriod() throws IOException {
        JsonNode oct = JSON.readTree(Cli.run("stats", Samples.path("cases-2025-10.json").toString(), "--month", "2025-10",
                "--format", "json").out());
        for (String dimension : List.of("department", "window", "item")) {
            long received = 0;
            for (JsonNode row : oct.get("breakdowns").get(dimension)) {
                received += row.get("indicators").get("received").get("value").asLong();
            }
            assertEquals(8, received, dimension);
        }
        JsonNode culture = find(oct.get("breakdowns").get("department"), "示例区文化和广电旅游体育局");
        assertEquals(4, culture.get("received").get("value").asInt());
        assertEquals(2, culture.get("onTimeRate").get("numerator").asInt());
        assertEquals(3, culture.get("onTimeRate").get("denominator").asInt());
        JsonNode month = find(oct.get("breakdowns").get("month"), "2025-10");
        assertEquals(oct.get("indicators"), month);
        // three promised licences: one early (5+ working days), one on the due day, one late (1 to 2 days)
        assertEquals(1, oct.get("onTimeDistribution").get("onDueDay").asInt(), oct::toString);
        long distributed = 0;
        for (JsonNode n : oct.get("onTimeDistribution")) {
            distributed += n.asLong();
        }
        assertEquals(3, distributed);

        JsonNode nov = JSON.readTree(Cli.run("stats", Samples.path("cases-2025-10.json").toString(), "--month", "2025-11",
                "--format", "json").out());
        assertEquals("2025-10-01", nov.get("previousPeriod").get("from").asText());
        assertEquals(8, nov.get("indicators").get("received").get("previous").get("value").asInt());
        assertEquals(0, nov.get("indicators").get("received").get("value").asInt());
        assertEquals(oct.get("indicators").get("openOverdue").get("value"),
                nov.get("indicators").get("openOverdue").get("previous").get("value"));
    }

    private static JsonNode find(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row.get("indicators");
            }
        }
        throw new AssertionError(key + " not in " + rows);
    }

    /**
     * The HTML report, rendered by headless Chromium: the page marks its body once all three ECharts charts have
     * drawn. Skipped, saying so, where Chromium is not installed.
     */
    @Test
    void theHtmlReportDrawsItsChartsInABrowserOffline() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium),
                "SKIPPED: /usr/bin/chromium is not installed, so the HTML report's charts are not checked in a browser"
                        + " (apt-get install chromium)");
        Path html = dir.resolve("报表.html");
        Cli.Result r = Cli.run("stats", Samples.path("cases-2025-10.json").toString(), "--month", "2025-10", "--html",
                html.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String page = Files.readString(html);
        assertFalse(page.contains("<script src"), "the page loads nothing from the network");
        assertTrue(page.contains("Apache ECharts"), "the NOTICE of ECharts travels with it");
        List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--virtual-time-budget=10000",
                "--dump-dom", html.toUri().toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(dir.resolve("dom.html").toFile());
        pb.redirectError(dir.resolve("chromium.err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium did not finish");
        String dom = Files.readString(dir.resolve("dom.html"));
        assertTrue(dom.contains("data-charts-drawn=\"" + StatsHtml.CHARTS + "\""),
                () -> "the charts did not all draw; chromium said: " + readQuietly(dir.resolve("chromium.err")));
        assertEquals(StatsHtml.CHARTS, dom.split("<canvas", -1).length - 1, "one canvas per chart");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
