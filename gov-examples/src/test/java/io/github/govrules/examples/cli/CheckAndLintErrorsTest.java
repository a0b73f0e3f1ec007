package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to check and lint: exit 2 and exactly one line on stderr naming what and where. */
class CheckAndLintErrorsTest {

    @TempDir
    Path dir;

    @Test
    void missingCaseFileNamesTheOptionAndTheFile() {
        Path missing = dir.resolve("missing.json");
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", missing.toString());
        Cli.assertOneLineBadInput(r, "gov check: --case: no such file: " + missing);
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"number\": \"GJJ-1\",\n  \"itemCode\": [1, 2]\n}\n");
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", bad.toString());
        Cli.assertOneLineBadInput(r, bad.toString(), "itemCode", "line 3");
    }

    @Test
    void truncatedJsonIsBadInputNotAStackTrace() throws IOException {
        Path bad = dir.resolve("truncated.json");
        Files.writeString(bad, "{\"number\": \"GJJ-1\", \"itemCode\": \"x\"");
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", bad.toString());
        Cli.assertOneLineBadInput(r, bad.toString());
    }

    @Test
    void unknownPackIdIsBadInputNamingThePack() throws IOException {
        Path caseFile = Samples.copy("provident-fund-incomplete.json", dir);
        Cli.Result r = Cli.run("check", "--pack", "no-such-pack", "--case", caseFile.toString());
        Cli.assertOneLineBadInput(r, "gov check: --pack: 'no-such-pack' is neither a pack folder nor a bundled pack id (bundled: [cn, ");
    }

    @Test
    void caseForAnItemNotInTheCatalogIsBadInput() throws IOException {
        Path caseFile = Samples.copy("provident-fund-incomplete.json", dir);
        String json = Files.readString(caseFile).replace("12330100MB0A1234581305700100001", "12330100MB0A1234581305799999999");
        Files.writeString(caseFile, json);
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", caseFile.toString());
        Cli.assertOneLineBadInput(r, "12330100MB0A1234581305799999999");
    }

    @Test
    void badDecisionDateNamesTheOption() throws IOException {
        Path caseFile = Samples.copy("provident-fund-incomplete.json", dir);
        Cli.Result r = Cli.run("check", "--pack", "cn", "--case", caseFile.toString(), "--on", "2025-19-01");
        Cli.assertOneLineBadInput(r, "--on: '2025-19-01' is not a valid date");
    }

    @Test
    void lintOfAMissingFolderIsBadInputNamingBothForms() {
        Path missing = dir.resolve("no-pack");
        Cli.Result r = Cli.run("lint", "--pack", missing.toString());
        Cli.assertOneLineBadInput(r, "gov lint: --pack: '" + missing
                + "' is neither a pack folder nor a bundled pack id (bundled: [cn, cn-zj, cn-sc])");
    }

    @Test
    void lintOfAnUnknownIdIsBadInputNamingBothForms() {
        Cli.Result r = Cli.run("lint", "--pack", "cn-xx");
        Cli.assertOneLineBadInput(r, "gov lint: --pack: 'cn-xx' is neither a pack folder nor a bundled pack id (bundled: [cn, cn-zj, cn-sc])");
        assertEquals(List.of(), r.outLines());
    }

    @Test
    void lintOfAFileSaysItIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("pack.yaml"), "id: x\n");
        Cli.assertOneLineBadInput(Cli.run("lint", "--pack", file.toString()),
                "gov lint: --pack: '" + file + "' is neither a pack folder nor a bundled pack id (bundled: [cn, cn-zj, cn-sc]);"
                        + " it is a file: give the folder that holds the manifest");
    }

    @Test
    void aFolderWithoutManifestIsNotAPack() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("not-a-pack"));
        Cli.assertOneLineBadInput(Cli.run("lint", "--pack", folder.toString()),
                "gov lint: --pack: " + folder + " is not a rule pack folder: it has no pack.yaml manifest");
        Path caseFile = Samples.copy("printing-licence.json", dir);
        Cli.assertOneLineBadInput(Cli.run("check", "--pack", folder.toString(), "--case", caseFile.toString()),
                "gov check: --pack: " + folder + " is not a rule pack folder: it has no pack.yaml manifest");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Path missing = dir.resolve("missing.json");
        Cli.Result r = Cli.run("check", "--verbose", "--pack", "cn", "--case", missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.errLines().size() > 1, r::toString);
        assertTrue(r.err().contains("CliInputException"), r::toString);
        assertEquals(List.of(), r.outLines());
    }
}
