package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that Drools builds but that cannot work: a field compared with a literal of another type, a
 * constraint that fails when Drools first evaluates it, a salience out of range. Each is refused
 * when the pack is built (load and lint), located at the rule; a running engine keeps its old build.
 */
class RuleChecksTest {

    @TempDir
    Path tmp;

    private static final String CLASSIFY = TestPacks.classifyAll("classified", "promised");

    private Path pack(String folder, String version, String rule) {
        Path dir = tmp.resolve(folder);
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("checks", version, "2025-01-01", null, List.of("rules.drl")));
        TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + CLASSIFY + rule);
        return dir;
    }

    private static String rule(String name, String when) {
        return "rule \"" + name + "\"\n    @legalBasis(\"x\")\nwhen\n" + when + "then\n"
                + "    insert(new KindCandidate(\"immediate\", \"即\", \"now\"));\nend\n";
    }

    private PackProblem refused(String when) {
        Path dir = pack("refused", "1", rule("checked", when));
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            assertTrue(engine.packIds().isEmpty());
            assertEquals(1, e.problems().size(), e.problems().toString());
            PackProblem p = e.problems().get(0);
            assertTrue(p.file().endsWith("rules.drl"), p.toString());
            assertEquals(1, RuleEngine.lint(dir).problems().size(), "lint finds it too");
            return p;
        }
    }

    private void accepted(String when) {
        Path dir = pack("accepted", "1", rule("checked", when));
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(dir);
            engine.evaluate("checks", Fixtures.fundLoanComplete("A-1"), Fixtures.FRI_0919);
        }
    }

    /** The line of the rule's first condition, in the pack written by {@link #pack}. */
    private static final int WHEN_LINE = 15;

    @Test
    void aDateComparedWithTextIsRefusedAtTheField() {
        PackProblem p = refused("    CaseFact( receivedOn > \"2025-01-01\" )\n");
        assertEquals(WHEN_LINE, p.line(), p.toString());
        assertEquals(15, p.column(), p.toString());
        assertTrue(p.message().startsWith("field 'receivedOn' of CaseFact is a date (LocalDate) and cannot be compared"
                + " with the text \"2025-01-01\": "), p.message());
    }

    @Test
    void aDateComparedWithTextInDroolsDateFormatBuildsAndCompares() {
        // months whose short name is the same in English and in the UK locale Drools falls back to
        // (JDK 17's UK name for September is "Sept"), so that the test holds in any JVM language
        for (String[] c : new String[][] {{"01-Jan-2025", "true"}, {"1-Jan-2030", "false"}, {"19-Aug-2025", "true"},
                {"20-Oct-2025", "false"}}) {
            Path dir = pack("drools-date-" + c[0], "1", rule("dated", "    CaseFact( receivedOn > \"" + c[0] + "\" )\n"));
            LintReport report = RuleEngine.lint(dir);
            assertTrue(report.problems().stream().noneMatch(p -> p.file().endsWith("rules.drl")), c[0] + ": " + report.lines());
            try (RuleEngine engine = RuleEngine.create()) {
                engine.load(dir);
                List<String> kinds = engine.evaluate("checks", Fixtures.fundLoanComplete("D-1"), Fixtures.FRI_0919)
                        .classification().candidates();
                assertEquals(Boolean.parseBoolean(c[1]), kinds.contains("immediate"), c[0] + ": " + kinds);
            }
        }
    }

    @Test
    void aDateComparedWithTextInAnotherFormatIsRefusedNamingDroolsDateFormat() {
        for (String literal : List.of("\"2025-01-01\"", "\"32-Jan-2025\"", "\"01-Jan-2025 noon\"", "'01/01/2025'")) {
            PackProblem p = refused("    CaseFact( receivedOn > " + literal + " )\n");
            literal = "\"" + literal.substring(1, literal.length() - 1) + "\""; // Drools reads either quote
            assertTrue(p.message().startsWith("field 'receivedOn' of CaseFact is a date (LocalDate) and cannot be compared"
                    + " with the text " + literal + ": write the date in Drools' date format dd-MMM-yyyy (system property"
                    + " drools.dateformat), e.g. receivedOn > \"01-Jan-2025\"; "), p.message());
        }
    }

    @Test
    void aBooleanComparedWithTextOrANumberIsRefused() {
        PackProblem p = refused("    CaseFact()\n    ItemFact( joint == \"no\" )\n");
        assertEquals(WHEN_LINE + 1, p.line(), p.toString());
        assertEquals(15, p.column(), p.toString());
        assertTrue(p.message().startsWith("field 'joint' of ItemFact is true or false (boolean) and cannot be compared"
                + " with the text \"no\": write joint to test that it is true, or !joint"), p.message());
        p = refused("    CaseFact( applicant.hasAgent == 1 )\n");
        assertTrue(p.message().startsWith("field 'applicant.hasAgent' of CaseFact is true or false (boolean) and cannot"
                + " be compared with the number 1"), p.message());
    }

    @Test
    void textNumbersAndEnumsComparedWithTheWrongLiteralAreRefused() {
        assertTrue(refused("    CaseFact()\n    ItemFact( typeCode == 1 )\n").message()
                .startsWith("field 'typeCode' of ItemFact is text (String) and cannot be compared with the number 1"));
        assertTrue(refused("    CaseFact()\n    SubmittedMaterial( count > \"1\" )\n").message()
                .startsWith("field 'count' of SubmittedMaterial is a number (int) and cannot be compared with the text \"1\""));
        assertTrue(refused("    CaseFact()\n    MaterialFinding( problem == \"MISSING\" )\n").message()
                .contains("write one of its values with its type, e.g. MaterialProblem.MISSING"));
        assertTrue(refused("    CaseFact()\n    ItemFact( jointDepartments == \"x\" )\n").message()
                .contains("e.g. jointDepartments contains \"x\""));
    }

    @Test
    void comparisonsOfTheRightTypeAndTheSuggestedFormsBuild() {
        accepted("    CaseFact()\n    ItemFact( joint == false, typeCode == \"20\", code != null )\n"
                + "    RequiredMaterial( code == \"id-card\", originals >= 1, necessity == Necessity.REQUIRED )\n");
        accepted("    $c : CaseFact( receivedOn <= decisionDate )\n"
                + "    eval( $c.receivedOn().isAfter(java.time.LocalDate.of(2025, 1, 1)) )\n");
    }

    @Test
    void aConstraintThatCannotBeEvaluatedIsRefusedAtLoadOnOneLineAndTheOldBuildStays() {
        Path good = pack("good", "1", "");
        Path bad = pack("bad", "1", rule("compares a date with text",
                "    CaseFact( receivedOn > (\"2025-01-01\") )\n"));
        try (RuleEngine engine = RuleEngine.create()) {
            String hash = engine.load(good).contentHash();
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(bad));
            assertEquals(1, e.problems().size(), e.problems().toString());
            PackProblem p = e.problems().get(0);
            assertEquals(WHEN_LINE, p.line(), p.toString());
            assertEquals(15, p.column(), p.toString());
            assertEquals("rule \"compares a date with text\": constraint 'receivedOn > (\"2025-01-01\")' cannot be evaluated,"
                    + " so the rule would fail every case: incompatible types in statement: String (compared from: LocalDate)",
                    p.message());
            assertEquals(hash, engine.packInForce("checks", Fixtures.FRI_0919).contentHash(), "the old build stays");
            assertEquals("promised", engine.evaluate("checks", Fixtures.fundLoanComplete("K-1"), Fixtures.FRI_0919)
                    .classification().kind().code());
        }
        LintReport report = RuleEngine.lint(bad);
        assertEquals(1, report.problems().size(), report.lines().toString());
        assertTrue(report.scenarios().isEmpty());
    }

    /** Loads and lints the pack with {@code when}: no problem in its DRL; the rule fires on the fund case or not. */
    private void loadsAndLintsClean(String folder, String when, boolean firesOnFund) {
        Path dir = pack(folder, "1", rule("reads the code", when));
        LintReport report = RuleEngine.lint(dir);
        assertTrue(report.problems().stream().noneMatch(p -> p.file().endsWith("rules.drl")), report.lines().toString());
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(dir);
            List<String> kinds = engine.evaluate("checks", Fixtures.fundLoanComplete("S-1"), Fixtures.FRI_0919)
                    .classification().candidates();
            assertEquals(firesOnFund, kinds.contains("immediate"), when + ": " + kinds);
        }
    }

    @Test
    void aConstraintWhoseCodeThrowsOnlyOnSomeDataLoadsAndLintsClean() {
        // the reviewer's rule: every real implementation code has 31 characters
        loadsAndLintsClean("substring", "    ItemFact( code.substring(25, 31) == \"000100\" )\n", false);
        loadsAndLintsClean("substring-fund", "    ItemFact( code.substring(25, 31) == \"100001\" )\n", true);
        // a NumberFormatException on the made-up item's code (a letter at 17), none on the fund's
        loadsAndLintsClean("parse", "    ItemFact( Integer.parseInt(code.substring(17, 18)) >= 0 )\n", true);
    }

    @Test
    void aConstraintFailingInALaterRuleIsLocatedThereNotAtAnEarlierComment() {
        String drl = rule("first", "    // old form: receivedOn > (\"2025-01-01\")\n    CaseFact()\n")
                + rule("second", "    CaseFact( receivedOn > (\"2025-01-01\") )\n");
        Path dir = pack("comment", "1", drl);
        String expected = "rule \"second\": constraint 'receivedOn > (\"2025-01-01\")' cannot be evaluated, so the rule"
                + " would fail every case: incompatible types in statement: String (compared from: LocalDate)";
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            assertEquals(1, e.problems().size(), e.problems().toString());
            PackProblem p = e.problems().get(0);
            assertEquals(WHEN_LINE + 8, p.line(), p.toString());
            assertEquals(15, p.column(), p.toString());
            assertEquals(expected, p.message());
        }
        List<PackProblem> linted = RuleEngine.lint(dir).problems().stream().filter(p -> p.file().endsWith("rules.drl")).toList();
        assertEquals(1, linted.size(), linted.toString());
        assertEquals(WHEN_LINE + 8, linted.get(0).line(), linted.toString());
        assertEquals(expected, linted.get(0).message());
    }

    /** The reviewer's loop: every finding begets a finding, in a copy of cn-sc (whose tolerated-missing rule joins findings with findings). */
    private static final String LOOP = "\nrule \"Every finding begets a finding\"\n    @legalBasis(\"test\")\nwhen\n"
            + "    CaseFact(%s)\n    $f : MaterialFinding()\nthen\n"
            + "    insert(new MaterialFinding($f.materialCode(), $f.materialName(), MaterialProblem.MISSING, \"x\", \"y\"));\nend\n";

    private Path loopingCopyOfCnSc(String folder, String condition) {
        return copyOfCnScWith(folder, String.format(LOOP, condition));
    }

    /** A copy of the bundled cn-sc with {@code drl} appended to its acceptance rules. */
    private Path copyOfCnScWith(String folder, String drl) {
        Path dir = TestPacks.copyBundled("cn-sc", tmp.resolve(folder));
        Path file = dir.resolve("acceptance.drl");
        try {
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file) + drl);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    @Test
    void aRuleThatLoopsOnEveryCaseIsRefusedAtBuildNamingTheRule() {
        Path dir = loopingCopyOfCnSc("loop-always", "");
        LintReport report = RuleEngine.lint(dir);
        assertEquals(1, report.problems().size(), report.lines().toString());
        PackProblem p = report.problems().get(0);
        assertTrue(p.file().endsWith("acceptance.drl"), p.toString());
        assertEquals(22, p.line(), p.toString());
        assertTrue(p.message().startsWith("rule \"Every finding begets a finding\": the rule loops: rules inserted more"
                + " than 1000 facts for one case"), p.message());
        try (RuleEngine engine = RuleEngine.create()) {
            assertThrows(RulePackException.class, () -> engine.load(dir));
        }
    }

    @Test
    void aRuleThatLoopsOnSomeCasesFailsThoseCasesNamingTheRuleAndTheEngineGoesOn() {
        Path dir = loopingCopyOfCnSc("loop-agent", " hasSituation(\"agent\") ");
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(dir);
            CaseInput looping = Fixtures.input("L-1", Fixtures.FUND, java.util.Set.of("fund-loan", "agent"),
                    Fixtures.submitted("approval-form:ORIGINAL"), Fixtures.FRI_0919);
            for (int round = 0; round < 3; round++) {
                RuleEvaluationException e = assertThrows(RuleEvaluationException.class,
                        () -> engine.evaluate("cn-sc", looping, Fixtures.FRI_0919));
                assertEquals("Every finding begets a finding", e.ruleName());
                assertTrue(e.getMessage().contains("the rule loops: rules inserted more than 1000 facts for one case"),
                        e.getMessage());
                assertEquals(AcceptanceStatus.ACCEPTED,
                        engine.evaluate("cn-sc", Fixtures.fundLoanComplete("L-2-" + round), Fixtures.FRI_0919).status());
            }
        }
    }

    /** A function that calls itself without end, called by a rule when the case matches {@code %s}. */
    private static final String RECURSION = "\nfunction int deeper(int n) {\n    return deeper(n + 1) + 1;\n}\n"
            + "\nrule \"Goes ever deeper\"\n    @legalBasis(\"test\")\nwhen\n    CaseFact(%s)\nthen\n    deeper(0);\nend\n";

    private Path recursingCopyOfCnSc(String folder, String condition) {
        return copyOfCnScWith(folder, String.format(RECURSION, condition));
    }

    @Test
    void aRuleWhoseCodeRecursesOnEveryCaseIsRefusedAtBuildNamingTheRule() {
        Path dir = recursingCopyOfCnSc("recurse-always", "");
        LintReport report = RuleEngine.lint(dir);
        assertEquals(1, report.problems().size(), report.lines().toString());
        PackProblem p = report.problems().get(0);
        assertTrue(p.file().endsWith("acceptance.drl"), p.toString());
        assertTrue(p.message().startsWith("rule \"Goes ever deeper\": its code recursed without end (StackOverflowError)"),
                p.message());
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            assertTrue(e.getMessage().contains("recursed without end"), e.getMessage());
            assertTrue(engine.packIds().isEmpty());
        }
    }

    @Test
    void aRuleWhoseCodeRecursesOnSomeCasesFailsThoseCasesNamingTheRuleAndTheEngineGoesOn() {
        Path dir = recursingCopyOfCnSc("recurse-agent", " hasSituation(\"agent\") ");
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(dir);
            CaseInput recursing = Fixtures.input("R-1", Fixtures.FUND, java.util.Set.of("fund-loan", "agent"),
                    Fixtures.submitted("approval-form:ORIGINAL"), Fixtures.FRI_0919);
            for (int round = 0; round < 3; round++) {
                RuleEvaluationException e = assertThrows(RuleEvaluationException.class,
                        () -> engine.evaluate("cn-sc", recursing, Fixtures.FRI_0919));
                assertEquals("Goes ever deeper", e.ruleName());
                assertTrue(e.getMessage().contains("its code recursed without end (StackOverflowError)"), e.getMessage());
                assertEquals(AcceptanceStatus.ACCEPTED,
                        engine.evaluate("cn-sc", Fixtures.fundLoanComplete("R-2-" + round), Fixtures.FRI_0919).status());
            }
        }
    }

    @Test
    void aMisspeltMemberOfAPropertyIsNamedOnItsTypeNotInMvelsWords() {
        PackProblem p = refused("    CaseFact( applicant.hasAgnet )\n");
        assertEquals(WHEN_LINE, p.line(), p.toString());
        assertEquals("unknown field 'hasAgnet' on ApplicantFact (fields: [hasAgent, idNumber, idType, name, naturalPerson, type])",
                p.message());
        accepted("    CaseFact( applicant.hasAgent )\n");
    }

    @Test
    void aMisspeltMethodListsTheMethods() {
        PackProblem p = refused("    CaseFact( hasSituations(\"agent\") )\n");
        assertTrue(p.message().startsWith("unknown method 'hasSituations(…)' on CaseFact (fields: ["), p.message());
        assertTrue(p.message().contains("; methods: [") && p.message().contains("hasSituation")
                && p.message().contains("hasSubmitted"), p.message());
    }

    @Test
    void aRuleNamedAsARuleOfTheBasePackIsRefusedNamingBoth() {
        // the national pack's promised-case rule, written again in a copy of cn-sc
        String name = "A case not decided on the spot is a promised case, due within the promised limit";
        Path dir = copyOfCnScWith("same-name", "\nrule \"" + name + "\"\n    @legalBasis(\"test\")\nwhen\n    CaseFact()\n"
                + "then\nend\n");
        LintReport report = RuleEngine.lint(dir);
        assertEquals(1, report.problems().size(), report.lines().toString());
        PackProblem p = report.problems().get(0);
        assertTrue(p.file().endsWith("acceptance.drl"), p.toString());
        assertTrue(p.message().startsWith("rule \"" + name + "\" has the name of a rule of pack cn ("), p.message());
        assertTrue(p.message().endsWith("give it a name of its own (a pack cannot replace a rule of the pack it extends)"),
                p.message());
    }

    @Test
    void aFindingForAMaterialTheItemDoesNotRequireFailsTheCaseNamingTheRule() {
        Path dir = copyOfCnScWith("unknown-material", "\nrule \"Finds a material that is not there\"\n    @legalBasis(\"test\")\n"
                + "when\n    CaseFact( hasSituation(\"agent\") )\nthen\n    insert(new MaterialFinding(\"no-such-material\", \"x\","
                + " MaterialProblem.MISSING, \"缺\", \"missing\"));\nend\n");
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(dir);
            CaseInput agent = Fixtures.input("U-1", Fixtures.FUND, java.util.Set.of("fund-loan", "agent"),
                    Fixtures.submitted("approval-form:ORIGINAL"), Fixtures.FRI_0919);
            RuleEvaluationException e = assertThrows(RuleEvaluationException.class,
                    () -> engine.evaluate("cn-sc", agent, Fixtures.FRI_0919));
            assertEquals("Finds a material that is not there", e.ruleName());
            assertThrows(RuleEvaluationException.class, () -> engine.evaluate("cn-sc", agent, Fixtures.FRI_0919),
                    "a second time too: no outcome is kept for a failed case");
            assertTrue(e.getMessage().contains("its finding names material 'no-such-material', which the item does not"
                    + " require of this case"), e.getMessage());
            assertEquals(AcceptanceStatus.ACCEPTED,
                    engine.evaluate("cn-sc", Fixtures.fundLoanComplete("U-2"), Fixtures.FRI_0919).status());
        }
    }

    @Test
    void aSalienceOutsideTheIntRangeIsRefusedAtTheNumber() {
        String rule = rule("overflows", "    CaseFact()\n").replace("    @legalBasis(\"x\")\n",
                "    @legalBasis(\"x\")\n    salience 2147483648\n");
        Path dir = pack("salience", "1", rule);
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            PackProblem p = e.problems().get(0);
            assertEquals(1, e.problems().size(), e.problems().toString());
            assertEquals(WHEN_LINE - 1, p.line(), p.toString());
            assertEquals(14, p.column(), p.toString());
            assertEquals("rule \"overflows\": salience 2147483648 is outside -2147483648 to 2147483647 (Drools would use"
                    + " -2147483648); the shipped packs use 0 to 100", p.message());
        }
        Path max = pack("max", "1", rule.replace("2147483648", "2147483647"));
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(max);
        }
    }
    @Test
    void aSalienceExpressionThatOverflowsIsRefusedByLoadAndLintAtTheExpression() {
        String rule = rule("overflows", "    CaseFact()\n").replace("    @legalBasis(\"x\")\n",
                "    @legalBasis(\"x\")\n    salience (2147483647 + 1)\n");
        Path dir = pack("salience-expr", "1", rule);
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            for (List<PackProblem> problems : List.of(e.problems(), RuleEngine.lint(dir).problems())) {
                assertEquals(1, problems.size(), problems.toString());
                PackProblem p = problems.get(0);
                assertEquals(WHEN_LINE - 1, p.line(), p.toString());
                assertEquals(14, p.column(), p.toString());
                assertEquals("rule \"overflows\": salience (2147483647 + 1) leaves -2147483648 to 2147483647 (computed"
                        + " exactly it is 2147483648; Drools' int arithmetic would wrap it round); the shipped packs use 0"
                        + " to 100", p.message());
            }
        }
        for (String fits : List.of("(100 - 1)", "(-2147483647 - 1)", "(1000 * 1000 / 10)")) {
            Path ok = pack("salience-ok-" + Math.abs(fits.hashCode()), "1", rule.replace("(2147483647 + 1)", fits));
            try (RuleEngine engine = RuleEngine.create()) {
                engine.load(ok);
            }
        }
        Path step = pack("salience-step", "1", rule.replace("(2147483647 + 1)", "(2147483647 + 1 - 1)"));
        try (RuleEngine engine = RuleEngine.create()) {
            assertTrue(assertThrows(RulePackException.class, () -> engine.load(step)).problems().get(0).message()
                    .contains("leaves -2147483648 to 2147483647 (computed exactly it is 2147483647;"));
        }
    }

    /** A rule with {@code attribute} on the line after its legal basis (the line before {@code when}). */
    private static String ruleWith(String attribute) {
        return rule("attributed", "    CaseFact()\n").replace("    @legalBasis(\"x\")\n",
                "    @legalBasis(\"x\")\n    " + attribute + "\n");
    }

    /** The pack with a rule of {@code attribute}: refused at load and lint, at the attribute, with {@code message}. */
    private void refusedAttribute(String attribute, String message) {
        Path dir = pack("attribute-" + Math.abs(attribute.hashCode()), "1", ruleWith(attribute));
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir), attribute);
            assertTrue(engine.packIds().isEmpty());
            assertEquals(1, e.problems().size(), e.problems().toString());
            PackProblem p = e.problems().get(0);
            assertTrue(p.file().endsWith("rules.drl"), p.toString());
            assertEquals(WHEN_LINE - 1, p.line(), attribute + ": " + p);
            assertEquals(5, p.column(), attribute + ": " + p);
            assertTrue(p.message().startsWith("rule \"attributed\": " + message), attribute + ": " + p.message());
        }
        LintReport report = RuleEngine.lint(dir);
        List<PackProblem> linted = report.problems().stream().filter(p -> p.file().endsWith("rules.drl")).toList();
        assertEquals(1, linted.size(), report.lines().toString());
        assertEquals(WHEN_LINE - 1, linted.get(0).line(), linted.toString());
    }

    @Test
    void anAttributeThatKeepsTheRuleFromFiringIsRefusedAtTheAttribute() {
        String never = "the engine fires only the main agenda group and runs no rule flow, so the rule would never fire;"
                + " order rules with salience instead";
        refusedAttribute("agenda-group \"x\"", "attribute 'agenda-group' is not supported: " + never);
        refusedAttribute("ruleflow-group \"x\"", "attribute 'ruleflow-group' is not supported: " + never);
        refusedAttribute("auto-focus true", "attribute 'auto-focus' is not supported: ");
        refusedAttribute("lock-on-active true", "attribute 'lock-on-active' is not supported: ");
        refusedAttribute("timer (int: 1s)", "attribute 'timer' is not supported: ");
        refusedAttribute("enabled false", "attribute 'enabled' is not supported: the rule would never fire; delete the"
                + " rule or comment it out");
    }

    @Test
    void anAttributeThatFollowsTheWallClockIsRefusedPointingAtPackVersions() {
        refusedAttribute("date-effective \"01-Jan-2025\"", "attribute 'date-effective' is not supported: it follows the"
                + " wall clock (the day the engine runs), not the case's decision date, so a past decision could not be"
                + " reproduced; give the rules that change a new pack version with effectiveFrom/effectiveUntil in"
                + " pack.yaml");
        refusedAttribute("date-expires \"01-Jan-2030\"", "attribute 'date-expires' is not supported: it follows the wall clock");
        refusedAttribute("calendars \"weekdays\"", "attribute 'calendars' is not supported: it follows the wall clock");
    }

    @Test
    void salienceNoLoopAndActivationGroupStayAllowed() {
        for (String attribute : List.of("salience 10", "no-loop true", "activation-group \"one\"", "enabled true")) {
            Path dir = pack("allowed-" + Math.abs(attribute.hashCode()), "1", ruleWith(attribute));
            LintReport report = RuleEngine.lint(dir);
            assertTrue(report.problems().stream().noneMatch(p -> p.file().endsWith("rules.drl")),
                    attribute + ": " + report.lines());
            try (RuleEngine engine = RuleEngine.create()) {
                engine.load(dir);
                assertTrue(engine.evaluate("checks", Fixtures.fundLoanComplete("T-1"), Fixtures.FRI_0919)
                        .classification().candidates().contains("immediate"), attribute);
            }
        }
    }
    @Test
    void aPatternOnATypeOutsideTheFactModelIsRefusedAtThePatternNamingTheFactTypes() {
        String allowed = "[CaseFact, ItemFact, RequiredMaterial, SubmittedMaterial, MaterialFinding, ToleratedMaterial,"
                + " KindCandidate, DeemedAcceptance]";
        for (String[] c : new String[][] {{"    CaseFact()\n    $o : java.io.File()\n", "java.io.File", "5"},
                {"    CaseFact()\n    Object()\n", "Object", "5"},
                {"    CaseFact()\n    not String()\n", "String", "9"},
                {"    CaseFact()\n    Number() from accumulate( Object(), count() )\n", "Object", "31"}}) {
            PackProblem p = refused(c[0]);
            assertEquals(WHEN_LINE + 1, p.line(), c[0] + p);
            assertEquals(Integer.parseInt(c[2]), p.column(), c[0] + p);
            assertEquals("rule \"checked\": a pattern on " + c[1] + ", which is not a type of the fact model: rules may"
                    + " match only " + allowed + " (and types the pack declares); read other values through the facts'"
                    + " fields and methods", p.message(), c[0]);
        }
    }

    @Test
    void computedPatternsOverTheFactModelStayAllowed() {
        accepted("    $c : CaseFact()\n    String( this == \"fund-loan\" ) from $c.situations()\n");
        accepted("    $c : CaseFact()\n    SubmittedMaterial( code == \"id-card\" ) from $c.submitted()\n");
        accepted("    CaseFact()\n    Number( intValue >= 0 ) from accumulate( SubmittedMaterial(), count() )\n");
        accepted("    CaseFact()\n    java.util.List() from collect( RequiredMaterial( mandatory ) )\n");
    }
}
