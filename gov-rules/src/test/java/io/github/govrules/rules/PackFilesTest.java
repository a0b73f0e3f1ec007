package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a pack as an integrator writes them: manifests and scenario files with YAML
 * mistakes, files listed twice or not at all, files in subfolders, encodings. Every mistake is a
 * located problem naming the key, value or byte; nothing is silently ignored, no Java class name
 * or raw parser message reaches the user.
 */
class PackFilesTest {

    @TempDir
    Path tmp;

    private Path pack(String folder, String manifest, String drl) {
        Path dir = tmp.resolve(folder);
        TestPacks.write(dir, "pack.yaml", manifest);
        if (drl != null) {
            TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + drl);
        }
        return dir;
    }

    private static String manifest(String id) {
        return TestPacks.manifest(id, "1", "2025-01-01", null, List.of("rules.drl"));
    }

    private static List<PackProblem> problems(Path dir) {
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            assertTrue(engine.packIds().isEmpty(), "a pack with problems is never installed");
            return e.problems();
        }
    }

    private static PackProblem only(List<PackProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        PackProblem p = problems.get(0);
        assertFalse(p.message().matches("(?s).*(java\\.|io\\.github|\\$ManifestSpec|\\$ScenarioSpec|Exception).*"),
                "no Java names in " + p.message());
        return p;
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    // finding 3: files of the same name in two folders used to overwrite each other in Drools' file system

    @Test
    void listedFilesOfTheSameNameInTwoFoldersAreBothBuilt() {
        Path dir = tmp.resolve("same-name");
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("same", "1", "2025-01-01", null,
                List.of("a/rules.drl", "b/rules.drl")));
        TestPacks.write(dir.resolve("a"), "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("from a", "promised"));
        TestPacks.write(dir.resolve("b"), "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("from b", "immediate"));
        try (RuleEngine engine = RuleEngine.create()) {
            PackInfo info = engine.load(dir);
            assertEquals(2, info.rules().size(), info.rules().toString());
            Evaluation o = engine.evaluate("same", Fixtures.fundLoanComplete("S-1"), Fixtures.FRI_0919);
            List<String> fired = o.receipt().rulesFired().stream().map(FiredRule::name).toList();
            assertTrue(fired.containsAll(List.of("from a", "from b")), fired.toString());
            assertEquals(List.of("immediate", "promised"), o.classification().candidates());
        }
        // and a mistake in the second file is found, not skipped
        TestPacks.write(dir.resolve("b"), "rules.drl", TestPacks.IMPORTS + "rule \"from b\"\n    @legalBasis(\"x\")\n"
                + "when\n    $c : CaseFact()\nthen\n    $c.noSuchMethod();\nend\n");
        PackProblem p = only(problems(dir));
        assertTrue(p.file().endsWith("b/rules.drl") || p.file().endsWith("b\\rules.drl"), p.toString());
    }

    // finding 13: unlisted DRL files anywhere below the folder, in any case; ./name is the listed file

    @Test
    void unlistedDrlFilesInSubfoldersOrWithUpperCaseExtensionAreReported() {
        Path dir = pack("unlisted", manifest("unlisted"), TestPacks.classifyAll("ok", "promised"));
        TestPacks.write(dir.resolve("more"), "extra.drl", TestPacks.IMPORTS);
        TestPacks.write(dir, "Other.DRL", TestPacks.IMPORTS);
        List<PackProblem> problems = problems(dir);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("DRL file Other.DRL is not listed under 'rules'"), problems.toString());
        assertTrue(problems.get(1).message().startsWith("DRL file more/extra.drl is not listed under 'rules'"), problems.toString());
    }

    @Test
    void aFileListedWithDotSlashIsTheFileItNames() {
        Path dir = pack("dot", TestPacks.manifest("dot", "1", "2025-01-01", null, List.of("./rules.drl")),
                TestPacks.classifyAll("ok", "promised"));
        try (RuleEngine engine = RuleEngine.create()) {
            assertEquals(1, engine.load(dir).rules().size());
        }
    }

    // finding 14: a file listed twice, an empty manifest

    @Test
    void aFileListedTwiceIsRefusedAtTheSecondEntry() {
        String m = "id: twice\nname: x\nregion: \"1\"\nversion: \"1\"\neffectiveFrom: 2025-01-01\ncalendar: CN\n"
                + "kinds:\n  - {code: promised, nameZh: 承诺件, nameEn: promised, nationalType: 2, precedence: 40, due: PROMISED, legalBasis: x}\n"
                + "rules:\n  - rules.drl\n  - ./rules.drl\nscenarios: []\n";
        PackProblem p = only(problems(pack("twice", m, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(11, p.line(), p.toString());
        assertEquals(5, p.column(), p.toString());
        assertEquals("file ./rules.drl is listed twice under 'rules' (also at line 10): list each file once", p.message());
    }

    @Test
    void anEmptyManifestSaysSo() {
        PackProblem p = only(problems(pack("empty", "", null)));
        assertEquals("manifest is empty", p.message());
        p = only(problems(pack("comments", "# nothing yet\n", null)));
        assertEquals("manifest is empty", p.message());
    }

    // finding 8: duplicate keys, aliases, YAML 1.1 numbers, dates with a time

    @Test
    void aKeyWrittenTwiceIsRefusedAtItsSecondOccurrence() {
        String m = manifest("dup").replace("calendar: CN\n", "calendar: CN\ncalendar: CN-XJ\n");
        PackProblem p = only(problems(pack("dup", m, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(m, "calendar: CN-XJ"), p.line(), p.toString());
        assertEquals(1, p.column());
        assertEquals("key 'calendar' appears twice (first at line " + lineOf(m, "calendar: CN\n")
                + "): write each key once", p.message());
    }

    @Test
    void aliasesOctalNumbersAndDatesWithATimeAreRefused() {
        String alias = manifest("alias").replace("name: test pack", "name: &n test pack\ndescription: *n");
        PackProblem p = only(problems(pack("alias", alias, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(alias, "&n"), p.line(), p.toString());
        assertTrue(p.message().contains("YAML anchors ('&n') and aliases are not supported"), p.message());

        String octal = manifest("octal").replace("precedence: 30", "precedence: 030");
        p = only(problems(pack("octal", octal, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(octal, "030"), p.line(), p.toString());
        assertTrue(p.message().startsWith("invalid manifest at kinds[0].precedence: '030' is an octal number"), p.message());

        String time = manifest("time").replace("effectiveFrom: 2025-01-01", "effectiveFrom: 2025-01-01T10:00");
        p = only(problems(pack("time", time, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(time, "2025-01-01T10:00"), p.line(), p.toString());
        assertTrue(p.message().startsWith("invalid manifest at effectiveFrom:"), p.message());
    }

    // finding 11: the real YAML problem, in the user's words

    @Test
    void yamlSyntaxErrorsGiveTheProblemAndWhereItIs() {
        String tab = manifest("tab").replace("scenarios: []", "scenarios:\n\t- scenarios.yaml");
        PackProblem p = only(problems(pack("tab", tab, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(tab, "\t-"), p.line(), p.toString());
        assertTrue(p.message().startsWith("invalid manifest: found character 'TAB' that cannot start any token"), p.message());

        String tabKey = manifest("tab-key").replace("region: \"100000\"\n", "region: \"100000\"\n\tversion2: x\n");
        p = only(problems(pack("tab-key", tabKey, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(tabKey, "\tversion2"), p.line(), p.toString());
        assertTrue(p.message().startsWith("invalid manifest: found character 'TAB'")
                || p.message().endsWith("line " + p.line() + " is indented with a TAB; indent with spaces"), p.message());

        String atEnd = manifest("quote") + "description: \"not closed\n";
        p = only(problems(pack("quote", atEnd, TestPacks.classifyAll("ok", "promised"))));
        assertTrue(p.message().startsWith("invalid manifest: found unexpected end of stream (while scanning a quoted scalar"
                + " that starts at line " + lineOf(atEnd, "\"not closed") + ", column 14)"), p.message());

        String inside = manifest("inside").replace("name: test pack", "name: \"test pack");
        p = only(problems(pack("inside", inside, TestPacks.classifyAll("ok", "promised"))));
        assertTrue(p.message().endsWith(": the quote opened at line " + lineOf(inside, "\"test") + ", column 7 is not closed"
                + " on that line"), p.message());
    }

    @Test
    void aValueOfTheWrongShapeSaysWhatWasExpected() {
        String m = manifest("shape").replace("rules: [rules.drl]", "rules: rules.drl");
        PackProblem p = only(problems(pack("shape", m, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(m, "rules: rules.drl"), p.line(), p.toString());
        assertEquals("invalid manifest at rules: must be a list, not 'rules.drl'", p.message());

        String due = manifest("due").replace("due: PROMISED", "due: LATER");
        p = only(problems(pack("due", due, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(due, "LATER"), p.line(), p.toString());
        assertTrue(p.message().startsWith("invalid manifest at kinds[1].due: 'LATER' is not one of [ON_THE_SPOT, PROMISED"),
                p.message());
    }

    // finding 9: problems located at the key or value that is wrong

    @Test
    void manifestProblemsPointAtTheKeyOrValue() {
        String unknown = manifest("unknown").replace("calendar: CN", "# extends: nothing\ncalendar: CN\nextend: cn");
        PackProblem p = only(problems(pack("unknown", unknown, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(unknown, "extend: cn"), p.line(), p.toString());
        assertEquals("invalid manifest: unknown key 'extend' (did you mean 'extends'?)", p.message());

        String kinds = manifest("kinds").replace("nationalType: 1", "nationalType: 3");
        p = only(problems(pack("kinds", kinds, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(kinds, "nationalType: 3"), p.line(), p.toString());
        assertTrue(p.message().startsWith("kind 'immediate': Unknown national case type '3'"), p.message());

        String twice = manifest("twice").replace("code: promised", "code: immediate");
        p = only(problems(pack("twice", twice, TestPacks.classifyAll("ok", "immediate"))));
        assertEquals(lineOf(twice, "code: immediate, nameZh: 承诺件"), p.line(), p.toString());
        assertTrue(p.message().startsWith("kind code 'immediate' is declared twice"), p.message());

        String id = manifest("bad").replace("id: bad", "id: Bad_Id");
        p = only(problems(pack("bad", id, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(1, p.line());
        assertEquals(5, p.column());
        assertTrue(p.message().startsWith("id 'Bad_Id' must be"), p.message());

        String until = TestPacks.manifest("until", "1", "2025-01-01", "2024-01-01", List.of("rules.drl"));
        p = only(problems(pack("until", until, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(until, "effectiveUntil"), p.line(), p.toString());
        assertTrue(p.message().startsWith("effectiveUntil 2024-01-01 must be after effectiveFrom 2025-01-01"), p.message());

        String self = manifest("self").replace("calendar: CN", "calendar: CN\nextends: self");
        p = only(problems(pack("self", self, TestPacks.classifyAll("ok", "promised"))));
        assertEquals(lineOf(self, "extends: self"), p.line(), p.toString());
        assertTrue(p.message().startsWith("pack self cannot extend itself"), p.message());
    }

    @Test
    void aCycleOfBasesIsLocatedAtTheExtendsKeyNotAtACommentMentioningIt() {
        String a = "# this pack extends b, which extends a\n" + manifest("a").replace("calendar: CN", "calendar: CN\nextends: b");
        String b = "# extends: nothing yet\n" + manifest("b").replace("calendar: CN", "calendar: CN\nextends: a");
        Path dirA = pack("a", a, TestPacks.classifyAll("ok", "promised"));
        pack("b", b, TestPacks.classifyAll("ok b", "promised"));
        PackProblem p = only(problems(dirA));
        assertTrue(p.file().endsWith("b" + java.io.File.separator + "pack.yaml"), p.toString());
        assertEquals(lineOf(b, "extends: a"), p.line(), p.toString());
        assertEquals(10, p.column(), p.toString());
        assertEquals("packs extend each other in a cycle: a extends b extends a again", p.message());
    }

    @Test
    void aCompilerErrorIsLocatedInTheRuleBodyNotInTheRuleName() {
        String drl = TestPacks.classifyAll("ok", "promised")
                + "rule \"Joint departments are read\"\n    @legalBasis(\"x\")\nwhen\n    $c : CaseFact()\n"
                + "    $i : ItemFact()\nthen\n    System.out.println($i.departments());\nend\n";
        PackProblem p = only(problems(pack("symbol", manifest("symbol"), drl)));
        String text = TestPacks.IMPORTS + drl;
        assertEquals(lineOf(text, "$i.departments()"), p.line(), p.toString());
        assertEquals(27, p.column(), p.toString());
    }

    // finding 12: 'replaces' must name an inherited kind

    @Test
    void replacingAKindNoBaseDeclaresIsRefusedWithTheClosestOne() {
        Path base = tmp.resolve("packs");
        Path dir = TestPacks.copyBundled("cn-zj", base.resolve("zj"));
        Path manifest = dir.resolve("pack.yaml");
        String text = read(manifest).replace("    legalBasis: 行政许可法 第四十三条\n",
                "    legalBasis: 行政许可法 第四十三条\n    replaces: promissed\n");
        write(manifest, text);
        LintReport report = RuleEngine.lint(dir);
        assertEquals(1, report.problems().size(), report.lines().toString());
        PackProblem p = report.problems().get(0);
        assertEquals(lineOf(text, "promissed"), p.line(), p.toString());
        assertEquals("kind 'reported-up' replaces 'promissed', which no base pack declares (did you mean 'promised'?)"
                + " (inherited kinds: [immediate, promised])", p.message());
    }

    // finding 10: encodings

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheLineOfTheFirstBadByte() throws IOException {
        Path dir = pack("gbk", manifest("gbk"), null);
        String drl = TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised");
        Files.write(dir.resolve("rules.drl"), drl.getBytes(Charset.forName("GBK")));
        PackProblem p = only(problems(dir));
        assertEquals(lineOf(drl, "行政许可法"), p.line(), p.toString());
        assertEquals(18, p.column(), p.toString());
        int offset = drl.substring(0, drl.indexOf("行政许可法")).getBytes(Charset.forName("GBK")).length;
        assertEquals("not UTF-8 text: byte 0xD0 at offset " + offset + " is not valid UTF-8 (GBK or another encoding?);"
                + " save the file as UTF-8", p.message());
    }

    @Test
    void aByteOrderMarkAtTheStartOfADrlFileIsDropped() throws IOException {
        Path dir = pack("bom", manifest("bom"), null);
        byte[] drl = (TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised")).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[drl.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(drl, 0, withBom, 3, drl.length);
        Files.write(dir.resolve("rules.drl"), withBom);
        try (RuleEngine engine = RuleEngine.create()) {
            assertEquals(1, engine.load(dir).rules().size());
        }
    }

    // findings 6 and 9: scenario files

    private LintReport lintWithScenario(String folder, String from, String to) {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve(folder));
        Path scenarios = dir.resolve("scenarios.yaml");
        String text = read(scenarios);
        assertTrue(text.contains(from), from);
        write(scenarios, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return RuleEngine.lint(dir);
    }

    @Test
    void anUnknownExpectedNationalTypeOrItemVersionIsALocatedProblemNotAnException() {
        LintReport report = lintWithScenario("type", "nationalType: 9", "nationalType: 3");
        PackProblem p = only(report.problems());
        assertEquals(14, p.line(), p.toString());
        assertEquals(21, p.column(), p.toString());
        assertTrue(p.message().endsWith("expect: Unknown national case type '3': expected 1 (immediate), 2 (promised) or 9 (other)"),
                p.message());

        report = lintWithScenario("version", "    applicantType: LEGAL_PERSON\n", "    itemVersion: 7\n    applicantType: LEGAL_PERSON\n");
        p = only(report.problems());
        assertEquals(6, p.line(), p.toString());
        assertTrue(p.message().contains("item '11330106002000300M1000101015000' version 7 is not in the catalog"), p.message());
        assertTrue(p.message().endsWith("(versions: [1])"), p.message());
    }

    @Test
    void anUnknownScenarioKeyIsLocatedAtTheKey() {
        LintReport report = lintWithScenario("key", "    receivedOn: 2025-09-19\n", "    recievedOn: 2025-09-19\n");
        PackProblem p = only(report.problems());
        assertEquals(11, p.line(), p.toString());
        assertEquals(5, p.column(), p.toString());
        assertEquals("invalid scenario file: unknown key 'recievedOn' in scenarios[0] (did you mean 'receivedOn'?)", p.message());
    }

    @Test
    void aScenarioSituationItsItemDoesNotDeclareIsRefusedWithTheClosestOne() {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("situation"));
        Path scenarios = dir.resolve("scenarios-catalog.yaml");
        String text = read(scenarios).replaceFirst("situations: \\[fund-loan, agent]", "situations: [fund-lone, agent]");
        write(scenarios, text);
        PackProblem p = only(RuleEngine.lint(dir).problems());
        assertEquals(lineOf(text, "fund-lone"), p.line(), p.toString());
        assertTrue(p.message().contains("situation 'fund-lone' is not declared by item 12330100MB0A1234581305700100001 v1"
                + " (did you mean 'fund-loan'?)"), p.message());
    }

    @Test
    void aScenarioFileListedTwiceIsRefused() {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("twice-scenarios"));
        Path manifest = dir.resolve("pack.yaml");
        write(manifest, read(manifest) + "  - scenarios.yaml\n");
        PackProblem p = only(RuleEngine.lint(dir).problems());
        assertTrue(p.message().startsWith("file scenarios.yaml is listed twice under 'scenarios'"), p.message());
    }

    // issue 16.3: everything a pack reads stays inside its folder, judged on real paths

    @Test
    void aListedDrlThatIsASymbolicLinkOutOfThePackIsRefusedWithoutQuotingIt() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        write(secret, "TOP-SECRET first words of a file outside the pack\n");
        Path dir = pack("linked", manifest("linked"), null);
        Files.createSymbolicLink(dir.resolve("rules.drl"), secret);
        for (List<PackProblem> problems : List.of(problems(dir), RuleEngine.lint(dir).problems())) {
            PackProblem p = only(problems);
            assertTrue(p.file().endsWith("pack.yaml"), p.toString());
            assertEquals(lineOf(read(dir.resolve("pack.yaml")), "rules: [rules.drl]"), p.line(), p.toString());
            assertEquals("file rules.drl resolves to " + secret.toRealPath() + ", outside the pack folder " + dir.toRealPath()
                    + " (through a symbolic link): a pack reads only files inside its folder", p.message());
            assertFalse(p.toString().contains("TOP-SECRET"), p.toString());
        }
        // a link that stays inside the folder is read
        Files.delete(dir.resolve("rules.drl"));
        Files.createDirectories(dir.resolve("real"));
        TestPacks.write(dir, "real/rules.txt", TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised"));
        Files.createSymbolicLink(dir.resolve("rules.drl"), dir.resolve("real/rules.txt"));
        try (RuleEngine engine = RuleEngine.create()) {
            assertEquals(1, engine.load(dir).rules().size());
        }
    }

    @Test
    void aManifestThatIsASymbolicLinkOutOfThePackIsRefused() throws IOException {
        Path elsewhere = tmp.resolve("elsewhere");
        TestPacks.write(elsewhere, "pack.yaml", manifest("elsewhere"));
        Path dir = tmp.resolve("hollow");
        Files.createDirectories(dir);
        Files.createSymbolicLink(dir.resolve("pack.yaml"), elsewhere.resolve("pack.yaml"));
        PackProblem p = only(problems(dir));
        assertTrue(p.message().startsWith("file pack.yaml resolves to " + elsewhere.resolve("pack.yaml").toRealPath()
                + ", outside the pack folder"), p.message());
    }

    @Test
    void aScenarioCatalogOutsideThePackIsRefusedAtItsKeyWithoutReadingIt() throws IOException {
        Path secret = tmp.resolve("catalog-secret.yaml");
        write(secret, "TOP-SECRET: [not, a, catalog\n");
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("catalogs"));
        Files.createSymbolicLink(dir.resolve("linked.yaml"), secret);
        Path scenarios = dir.resolve("scenarios-catalog.yaml");
        String original = read(scenarios);
        for (String ref : List.of("../catalog-secret.yaml", "/etc/passwd", secret.toString(), "sub/../../catalog-secret.yaml",
                "linked.yaml")) {
            String text = original.replaceFirst("catalog: example", "catalog: \"" + ref + "\"");
            write(scenarios, text);
            PackProblem p = only(RuleEngine.lint(dir).problems());
            assertTrue(p.file().endsWith("scenarios-catalog.yaml"), p.toString());
            assertEquals(lineOf(text, "catalog: "), p.line(), p.toString());
            assertTrue(p.message().startsWith("catalog '" + ref + "'"), p.message());
            assertTrue(p.message().contains(ref.equals("linked.yaml") ? "outside the pack folder" : "must be a file inside"
                    + " the pack folder"), p.message());
            assertFalse(p.toString().contains("TOP-SECRET") || p.toString().contains("root:"), p.toString());
        }
    }

    // issue 16.9: text that is not text

    @Test
    void aControlCharacterOrALoneSurrogateInAPackFileIsRefusedAtTheValue() {
        for (String[] bad : new String[][] {{"\\0", "control character U+0000"}, {"\\ud800", "lone UTF-16 surrogate U+D800"},
                {"\\e", "control character U+001B"}}) {
            String text = manifest("text").replace("name: test pack", "name: \"test" + bad[0] + " pack\"");
            Path dir = pack("text-" + bad[1].hashCode(), text, TestPacks.classifyAll("ok", "promised"));
            PackProblem p = only(problems(dir));
            assertTrue(p.file().endsWith("pack.yaml"), p.toString());
            assertEquals(lineOf(text, "name: "), p.line(), p.toString());
            assertEquals(7, p.column(), p.toString());
            assertEquals("value at name: " + bad[1] + " is not text (character 5 of the value)", p.message());
        }
    }

    // issue 16.6 and 16.10: pack files have the limits of every other input, refused while reading at a real place

    @Test
    void aHugeNameInTheManifestIsRefusedAtItsValueBeforeItIsParsed() {
        String text = manifest("huge").replace("name: test pack", "name: \"" + "名".repeat(1_000_000) + "\"");
        Path dir = pack("huge", text, TestPacks.classifyAll("ok", "promised"));
        for (List<PackProblem> problems : List.of(problems(dir), RuleEngine.lint(dir).problems())) {
            PackProblem p = only(problems);
            assertTrue(p.file().endsWith("pack.yaml"), p.toString());
            assertEquals(lineOf(text, "name: "), p.line(), p.toString());
            assertEquals(7, p.column(), p.toString());
            assertEquals("invalid manifest: input exceeds a size limit: a value of more than 100000 characters starts here"
                    + " (the limit is 100000)", p.message());
        }
    }

    @Test
    void aDrlFileLongerThanItsLimitIsRefusedAtTheFirstCharacterPastIt() {
        String rules = TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised");
        String padding = ("// " + "x".repeat(96) + "\n").repeat(10_001);
        Path dir = pack("long-drl", manifest("long-drl"), null);
        write(dir.resolve("rules.drl"), rules + padding);
        PackProblem p = only(problems(dir));
        assertTrue(p.file().endsWith("rules.drl"), p.toString());
        int lineOfLimit = lineOf(rules + padding, "x".repeat(96)) - 1 + (1_000_000 - rules.length()) / 100 + 1;
        assertEquals(lineOfLimit, p.line(), p.toString());
        assertEquals((1_000_000 - rules.length()) % 100 + 1, p.column(), p.toString());
        assertTrue(p.message().startsWith("file exceeds a size limit: it is longer than 1000000 characters"), p.message());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
