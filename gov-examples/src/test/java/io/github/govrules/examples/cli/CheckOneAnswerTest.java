package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One answer: a case file that declares no kind, classified joint by the pack, suspended for expert
 * review (Art. 45) and extended by 15 working days on the joint limit (Art. 42(2)): check counts with
 * the pack's 45 working days and the case's own events, and says so.
 */
class CheckOneAnswerTest {

    private static final String CASE = """
            {
              "number": "SC-2025-0002",
              "itemCode": "11330106002000300M1000101016000",
              "itemVersion": 1,
              "applicant": {"name": "陈刚", "type": "NATURAL_PERSON", "idType": "RESIDENT_ID_CARD", "idNumber": "330106198808082229"},
              "situations": [],
              "materials": [
                {"code": "application-form", "form": "ORIGINAL", "count": 1},
                {"code": "facade-drawings", "form": "ORIGINAL", "count": 2},
                {"code": "facade-drawings", "form": "ELECTRONIC", "count": 1},
                {"code": "owner-consent", "form": "ORIGINAL", "count": 1}
              ],
              "channel": "WINDOW",
              "appliedAt": "2025-09-19T09:00:00",
              "events": [
                {"type": "received", "at": "2025-09-19T09:00:00", "by": "w03-li", "channel": "WINDOW"},
                {"type": "accepted", "at": "2025-09-19T10:00:00", "by": "w03-li"},
                {"type": "suspended", "at": "2025-10-09T09:00:00", "by": "b01-zhou", "procedure": "EXPERT_REVIEW", "reason": "专家评审"},
                {"type": "resumed", "at": "2025-10-16T09:00:00", "by": "b01-zhou"}%s
              ]
            }
            """;

    private static final String EXTENSION = """
            ,
                {"type": "extended", "at": "2025-12-03T09:00:00", "by": "b01-zhou", "extension": "%d working days", "approvedBy": "区长 王", "reason": "联合审查需补充论证"}""";

    private static Path catalog(Path dir) throws IOException {
        Path items = dir.resolve("items.yaml");
        try (InputStream in = CheckOneAnswerTest.class.getResourceAsStream("/io/github/govrules/rules/packs/cn-sc/items.yaml")) {
            Files.copy(in, items);
        }
        return items;
    }

    @Test
    void aJointCaseCountsTheJointLimitItsSuspensionAndItsFifteenDayExtension(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("joint.json");
        Files.writeString(file, CASE.formatted(EXTENSION.formatted(15)));
        Cli.Result r = Cli.run("check", "--pack", "cn-sc", "--case", file.toString(), "--catalog", catalog(dir).toString(),
                "--explain");
        assertEquals(0, r.exitCode(), r::toString);
        String out = r.out();
        assertTrue(out.contains("kind joint 联办件"), out);
        assertTrue(out.contains("statutory: 2025-11-27  (45 working days from 2025-09-19"), out);
        // suspended 10-09..10-15: six working days (10-11 is a makeup Saturday) not counted, then +15 working days
        assertTrue(out.contains("With the case's own events (suspended EXPERT_REVIEW 2025-10-09..2025-10-15, Art. 45; "
                + "extended 15 working days on 2025-12-03, Art. 42):"), out);
        assertTrue(out.contains("  statutory: 2025-12-26  (45 working days + 15 working days extended from 2025-09-19"), out);
        assertTrue(out.contains("with the case's own suspensions and extension (") && out.contains("): due 2025-12-26"), out);
    }

    @Test
    void anExtensionBeyondTheJointFifteenDaysIsRefusedAtItsEvent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("joint.json");
        Files.writeString(file, CASE.formatted(EXTENSION.formatted(16)));
        Cli.Result r = Cli.run("check", "--pack", "cn-sc", "--case", file.toString(), "--catalog", catalog(dir).toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("events[4]") && r.err().contains("15"), r.err());
    }
}
