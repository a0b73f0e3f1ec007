package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

    @Test
    void incompleteCaseGetsOneNoticeListingEverythingMissing() {
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", Samples.path("provident-fund-incomplete.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Case GJJ-2025-000318: CORRECTION_REQUIRED", r.firstLine());
        String out = r.out();
        assertTrue(out.contains("一次性告知书"), out);
        assertTrue(out.contains("One-time notice of materials to supplement"), out);
        // received Monday 2025-09-29: five working days are 9/30, 10/9, 10/10, Saturday 10/11 (makeup) and 10/13
        assertTrue(out.contains("Notice due by: 2025-10-13"), out);
        for (String code : List.of("repayment-passbook", "previous-approval-copy", "authorization-letter", "agent-id-card")) {
            assertTrue(out.contains("(" + code + ")"), () -> code + " missing from the notice: " + out);
        }
        assertTrue(out.contains("Decision receipt: pack cn 2025.1"), out);
    }

    @Test
    void promisedCaseGetsStatutoryAndPromisedDueDates() {
        Cli.Result r = Cli.run("check", "--pack", "cn-sc", "--case", Samples.path("printing-licence.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Case WH-2025-000402: ACCEPTED, accepted on 2025-09-19", r.firstLine());
        assertTrue(r.out().contains("statutory: 2025-10-23  (20 working days from 2025-09-19"), r::toString);
        assertTrue(r.out().contains("promised: 2025-10-10  (10 working days from 2025-09-19"), r::toString);
        assertTrue(r.out().contains("Pack cn-sc 2025.1 (layers: cn, cn-sc)"), r::toString);
    }

    @Test
    void explainSaysWhereANaturalDayPeriodEndsWhenItsLastDayIsARestDay() {
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--case", Samples.path("provident-fund-incomplete.json").toString(),
                "--on", "2025-10-20", "--explain");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("  10-09 Thu              due             working day (the last day fell on a rest day,"
                + " so the period ends here, Civil Code Art. 203)"), r::toString);
        assertFalse(r.out().contains("10-09 Thu              not counted"), r::toString);
    }

    @Test
    void aCaseWhoseClockRefusesAnEventIsRefusedAtThatEvent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = StatsCommandTest.withIllegalExtension(dir);
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--case", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("gov check: --case " + file + " (case WH-2025-000402): $.events[2]: the case's clock"
                + " (计时) refuses this event: Refused extension of 100 working days (ORDINARY handling allows 10) on 2025-09-25"),
                r::toString);
    }

    @Test
    void aCaseWhoseDueDatesNeedDatesBeyondTheDataNamesItsFile() throws java.io.IOException {
        java.nio.file.Path late = java.nio.file.Files.createTempFile("late", ".json");
        java.nio.file.Files.writeString(late, java.nio.file.Files.readString(Samples.path("printing-licence.json"))
                .replace("2025-09-19", "2026-12-30"));
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--case", late.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("gov check: --case " + late + " (case WH-2025-000402): its due dates need 2027-01-01,"
                + " beyond the data of the calendar CN: Calendar CN has no data for 2027-01-01"), r::toString);
        java.nio.file.Files.delete(late);
    }

    @Test
    void explainShowsEachDueDateDayByDay() {
        Cli.Result r = Cli.run("check", "--pack", "cn-sc", "--case", Samples.path("printing-licence.json").toString(), "--explain");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.outLines();
        assertTrue(lines.contains("Due date promised: 10 working days from 2025-09-19 -> 2025-10-10 (calendar CN):"), r::toString);
        assertTrue(lines.contains("Due date statutory: 20 working days from 2025-09-19 -> 2025-10-23 (calendar CN):"), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  10-20 Mon – 10-23 Thu  counted 17–20")), r::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("differs from the plain count")), r::toString);
    }

    @Test
    void completeFundLoanCaseIsImmediate() {
        Cli.Result r = Cli.run("check", "--pack", "cn-zj", "--case", Samples.path("provident-fund-complete.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Classification: national type IMMEDIATE, kind immediate 即办件"), r::toString);
        assertTrue(r.out().contains("decision: 2025-09-19"), r::toString);
    }

    @Test
    void classificationOfACaseStillToSupplementIsMarkedProvisional() {
        Cli.Result incomplete = Cli.run("check", "--pack", "cn-zj", "--case", Samples.path("provident-fund-incomplete.json").toString());
        assertEquals(0, incomplete.exitCode(), incomplete::toString);
        List<String> lines = incomplete.outLines();
        int provisional = lines.indexOf("Provisional: the case is accepted only once the materials are complete; it is "
                + "classified again then.");
        assertTrue(provisional >= 0, incomplete::toString);
        assertTrue(lines.get(provisional + 1).startsWith("Classification: national type PROMISED"), incomplete::toString);
        Cli.Result complete = Cli.run("check", "--pack", "cn-zj", "--case", Samples.path("provident-fund-complete.json").toString());
        assertTrue(complete.outLines().stream().noneMatch(l -> l.startsWith("Provisional")), complete::toString);
    }

    @Test
    void jsonOutputIsTheSameOutcomeAsJson() throws Exception {
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", Samples.path("provident-fund-incomplete.json").toString(), "--json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("GJJ-2025-000318", json.path("caseNumber").asText());
        assertEquals("CORRECTION_REQUIRED", json.path("status").asText());
        List<String> codes = new ArrayList<>();
        json.path("notice").path("items").forEach(i -> codes.add(i.path("materialCode").asText()));
        assertEquals(List.of("repayment-passbook", "previous-approval-copy", "authorization-letter", "agent-id-card"), codes);
        assertEquals("2025-10-13", json.path("notice").path("noticeDeadline").asText());
        assertEquals("cn", json.path("receipt").path("packId").asText());
    }

    @Test
    void decisionDateBeforeReceiptIsBadInput() {
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", Samples.path("provident-fund-incomplete.json").toString(),
                "--on", "2025-01-02");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
    }
}
