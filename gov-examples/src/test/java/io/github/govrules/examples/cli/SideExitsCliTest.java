package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.io.CaseIo;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} and {@code check} on cases that left their lifecycle by the voided (作废) and
 * revoked (撤销) side exits, written to files from the shipped samples.
 */
class SideExitsCliTest {

    @TempDir
    Path dir;

    Path revoked;
    Path voided;

    @BeforeEach
    void writeCases() {
        // WH-2025-000402: accepted 2025-09-19, approved 10-09 (promised due 10-10), revoked 10-20
        Case licence = CaseIo.read(Samples.path("printing-licence.json"))
                .record(new CaseEvent.Completed(LocalDateTime.of(2025, 10, 9, 10, 0), "b07-liu", Outcome.APPROVED, "LIC-402"))
                .record(new CaseEvent.Revoked(LocalDateTime.of(2025, 10, 20, 9, 0), "w05-xu",
                        "the promised premises certificate proved false", "行政许可法第六十九条第二款", "撤字〔2025〕1号"));
        assertEquals(CaseState.REVOKED, licence.status().state());
        revoked = dir.resolve("a-revoked.json");
        CaseIo.write(licence, revoked);
        // GJJ-2025-000301: received 2025-09-19 09:31, voided the same morning as a duplicate
        Case duplicate = CaseIo.read(Samples.path("provident-fund-complete.json"))
                .record(new CaseEvent.Voided(LocalDateTime.of(2025, 9, 19, 10, 0), "w01-wang", "registered twice"));
        voided = dir.resolve("b-voided.json");
        CaseIo.write(duplicate, voided);
    }

    @Test
    void statsLeavesVoidedCasesOutAndCountsRevokedOnesAsCompleted() {
        Cli.Result r = Cli.run("stats", "--cases", dir.toString(), "--from", "2025-09-01", "--to", "2025-10-31");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.firstLine().startsWith("Indicators for 2025-09-01 to 2025-10-31 (inclusive): 2 cases"), r::toString);
        // only the licence: the duplicate provident-fund registration counts nowhere
        assertEquals("1", r.indicator("received"));
        assertEquals("1", r.indicator("accepted"));
        assertEquals("1", r.indicator("completed"));
        assertEquals("1/1 (100.0%)", r.indicator("on-time completion rate"));
        assertEquals("1/1 (100.0%)", r.indicator("early completion rate"));
        assertTrue(r.outLines().contains("Not counted: 1 case voided as registered in error (作废): GJJ-2025-000301"),
                r::toString);
        assertTrue(r.outLines().contains("Revoked after approval (撤销), still counted as completed: WH-2025-000402"),
                r::toString);
    }

    @Test
    void statsWithoutSideExitsPrintsNoNote() {
        Cli.Result r = Cli.run("stats", "--cases", Samples.path("cases-2025-10.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.outLines().stream().noneMatch(l -> l.startsWith("Not counted") || l.startsWith("Revoked")), r::toString);
    }

    @Test
    void theNotesNameOnlyTheCasesOfThePeriod() {
        // November: the licence was completed in October, the duplicate voided in September
        Cli.Result november = Cli.run("stats", "--cases", dir.toString(), "--from", "2025-11-01", "--to", "2025-11-30");
        assertEquals(0, november.exitCode(), november::toString);
        assertEquals("0", november.indicator("completed"));
        assertTrue(november.outLines().stream().noneMatch(l -> l.startsWith("Not counted") || l.startsWith("Revoked")),
                november::toString);
        // October: the revoked licence was completed then; the voided case had no event then
        Cli.Result october = Cli.run("stats", "--cases", dir.toString(), "--from", "2025-10-01", "--to", "2025-10-31");
        assertTrue(october.outLines().contains("Revoked after approval (撤销), still counted as completed: WH-2025-000402"),
                october::toString);
        assertTrue(october.outLines().stream().noneMatch(l -> l.startsWith("Not counted")), october::toString);
    }

    @Test
    void theDefaultPeriodIsThatOfTheCountedCases() throws java.io.IOException {
        // a duplicate voided much later must not stretch the default period
        Case late = CaseIo.read(Samples.path("provident-fund-complete.json"))
                .record(new CaseEvent.Voided(LocalDateTime.of(2025, 12, 15, 10, 0), "w01-wang", "registered twice"));
        CaseIo.write(late, voided);
        Cli.Result r = Cli.run("stats", "--cases", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.firstLine().startsWith("Indicators for 2025-09-19 to 2025-10-20 (inclusive)"), r::toString);
    }

    @Test
    void checkJsonCarriesTheSideExit() throws Exception {
        Cli.Result v = Cli.run("check", "--pack", "cn-zj", "--case", voided.toString(), "--json");
        assertEquals(0, v.exitCode(), v::toString);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(v.out());
        assertEquals("VOIDED", root.path("sideExit").path("state").asText(), v::toString);
        assertEquals("2025-09-19T10:00:00", root.path("sideExit").path("at").asText());
        assertEquals("case GJJ-2025-000301 was voided (作废) at 2025-09-19T10:00 as registered in error: registered twice."
                + " It counts in no indicator.", root.path("sideExit").path("note").asText(), v::toString);
        assertEquals("GJJ-2025-000301", root.path("caseNumber").asText(), v::toString);
        Cli.Result plain = Cli.run("check", "--pack", "cn-sc", "--case", Samples.path("printing-licence.json").toString(),
                "--json");
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(plain.out()).path("sideExit").isMissingNode(),
                plain::toString);
        // laid out as the outcome without a side exit is: one key per line, indented
        assertTrue(plain.out().startsWith("{\n  \"caseNumber\""), plain::toString);
        assertTrue(v.out().startsWith("{\n  \"caseNumber\""), v::toString);
        assertTrue(v.out().contains("\n  \"sideExit\" : {\n    \"state\" : \"VOIDED\","), v::toString);
    }

    @Test
    void checkRefusesJsonWithExplainInsteadOfDroppingTheExplanation() {
        Cli.Result r = Cli.run("check", "--pack", "cn-sc", "--case", Samples.path("printing-licence.json").toString(),
                "--json", "--explain");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--explain: cannot be combined with --json"), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    @Test
    void checkNotesTheSideExit() {
        Cli.Result v = Cli.run("check", "--pack", "cn-zj", "--case", voided.toString());
        assertEquals(0, v.exitCode(), v::toString);
        assertEquals("Note: case GJJ-2025-000301 was voided (作废) at 2025-09-19T10:00 as registered in error: registered twice."
                + " It counts in no indicator. The rules above judge its materials as received.",
                v.outLines().get(v.outLines().size() - 1), v::toString);
        Cli.Result r = Cli.run("check", "--pack", "cn-sc", "--case", revoked.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.outLines().contains("Note: the approval of case WH-2025-000402 was revoked (撤销) at 2025-10-20T09:00: "
                + "the promised premises certificate proved false (行政许可法第六十九条第二款, 撤字〔2025〕1号)."
                + " The rules above judge its materials as received."), r::toString);
        Cli.Result plain = Cli.run("check", "--pack", "cn-sc", "--case", Samples.path("printing-licence.json").toString());
        assertTrue(plain.outLines().stream().noneMatch(l -> l.startsWith("Note: ")), plain::toString);
    }
}
