package io.github.govrules.rules;

import io.github.govrules.core.item.NationalCaseType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.rules.fact.MaterialProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTest {

    private static RuleEngine engine;

    @BeforeAll
    static void loadBundled() {
        engine = RuleEngine.create();
        for (String id : RuleEngine.BUNDLED) {
            engine.loadBundled(id);
        }
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void bundledPacksLayerOnTheBasePackAndEveryRuleHasALegalBasis() {
        assertEquals(Set.of("cn", "cn-zj", "cn-sc"), engine.packIds());
        PackInfo sc = engine.packInForce("cn-sc", Fixtures.FRI_0919);
        assertEquals(List.of("cn", "cn-sc"), sc.chain());
        assertEquals(List.of("special", "joint", "reported-up-after-promise", "immediate", "ordinary"),
                sc.kinds().stream().map(KindDeclaration::code).toList());
        PackInfo zj = engine.packInForce("cn-zj", Fixtures.FRI_0919);
        assertEquals(List.of("reported-up", "immediate", "promised"), zj.kinds().stream().map(KindDeclaration::code).toList());
        assertTrue(sc.rules().stream().anyMatch(r -> r.packId().equals("cn")), "base rules are part of the build");
        for (PackInfo p : List.of(sc, zj, engine.packInForce("cn", Fixtures.FRI_0919))) {
            for (PackRule r : p.rules()) {
                assertFalse(r.legalBasis().isBlank(), r.name());
            }
        }
        assertFalse(sc.contentHash().equals(zj.contentHash()));
    }

    @Test
    void chineseReasonsWriteTimeLimitsInChinese() {
        Evaluation renovation = engine.evaluate("cn", Fixtures.input("Z-1", Fixtures.RENOVATION, Set.of(),
                Fixtures.submitted("application-form:ORIGINAL", "ownership-certificate:ORIGINAL", "ownership-certificate:COPY",
                        "design-drawings:ORIGINAL:2", "neighbour-consent:ORIGINAL"), Fixtures.FRI_0919), Fixtures.FRI_0919);
        assertEquals("promised", renovation.classification().kind().code());
        assertEquals("按承诺时限（5个工作日）办结，不超过法定时限（20个工作日）。", renovation.classification().reasonZh());
        assertEquals("当场", io.github.govrules.rules.fact.ItemFact.zh(io.github.govrules.calendar.deadline.TimeLimit.onTheSpot()));
        assertEquals("3个自然日", io.github.govrules.rules.fact.ItemFact.zh(io.github.govrules.calendar.deadline.TimeLimit.naturalDays(3)));
    }

    @Test
    void incompleteProvidentFundCaseGetsOneNoticeListingEverythingWithReasonsAndDeadline() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        Evaluation o = engine.check("cn", c, Fixtures.CATALOG);
        assertEquals(AcceptanceStatus.CORRECTION_REQUIRED, o.status());
        assertNull(o.acceptedOn());
        List<NoticeItem> items = o.notice().items();
        assertEquals(List.of("loan-contract", "repayment-passbook"), items.stream().map(NoticeItem::materialCode).toList());
        assertEquals(MaterialProblem.WRONG_FORM, items.get(0).problem());
        assertEquals(MaterialProblem.MISSING, items.get(1).problem());
        assertEquals(LocalDate.of(2025, 9, 26), o.notice().noticeDeadline());
        assertEquals(List.of("notice"), o.dueDates().stream().map(DueDate::label).toList());
        String zh = o.notice().renderZh();
        assertTrue(zh.contains("一次性告知书") && zh.contains("借款合同") && zh.contains("缺少复印件")
                && zh.contains("2025-09-26") && zh.contains("第三十二条"), zh);
        String en = o.notice().renderEn();
        assertTrue(en.contains("wrong form") && en.contains("missing") && en.contains("Notice due by: 2025-09-26"), en);
    }

    @Test
    void receiptNamesPackVersionHashRulesLegalBasesAndInputs() {
        Evaluation o = engine.evaluate("cn-sc", Fixtures.renovationWithoutConsent("R-1"), Fixtures.FRI_0919);
        DecisionReceipt r = o.receipt();
        assertEquals("cn-sc", r.packId());
        assertEquals("2025.1", r.packVersion());
        assertEquals(engine.packInForce("cn-sc", Fixtures.FRI_0919).contentHash(), r.contentHash());
        List<String> fired = r.rulesFired().stream().map(FiredRule::name).toList();
        assertTrue(fired.contains("A mandatory material the case's situations call for, not handed in, is missing"), fired.toString());
        assertTrue(fired.contains("A missing non-key material is tolerated when every key material is in order"), fired.toString());
        assertTrue(r.rulesFired().stream().anyMatch(f -> f.packId().equals("cn")));
        assertTrue(r.rulesFired().stream().anyMatch(f -> f.packId().equals("cn-sc")));
        assertTrue(r.legalBases().contains("行政许可法 第三十二条第一款第四项"), r.legalBases().toString());
        assertTrue(r.inputs().stream().anyMatch(i -> i.startsWith("required material neighbour-consent")), r.inputs().toString());
        assertEquals(AcceptanceStatus.ACCEPTED_WITH_TOLERATED_GAPS, o.status());
        assertEquals(LocalDate.of(2025, 9, 26), o.dueDate("supplement:neighbour-consent").orElseThrow().date());
        assertEquals(LocalDate.of(2025, 10, 23), o.dueDate("statutory").orElseThrow().date());
    }

    @Test
    void outcomeSerializesToJson() throws Exception {
        Evaluation o = engine.check("cn-zj", CaseIo.example("gjj-fund-loan-immediate"), Fixtures.CATALOG);
        JsonNode json = new ObjectMapper().readTree(o.toJson());
        assertEquals("ACCEPTED", json.get("status").asText());
        assertEquals(1, json.at("/classification/nationalType").asInt());
        assertEquals("immediate", json.at("/classification/kind").asText());
        assertEquals("decision", json.at("/dueDates/0/label").asText());
        assertEquals("on the spot", json.at("/dueDates/0/limit").asText());
        assertEquals("cn-zj", json.at("/receipt/packId").asText());
        assertTrue(json.at("/receipt/rulesFired").size() > 0);
    }

    @Test
    void everyBundledExampleCaseIsDecidedByEveryPack() {
        for (String name : CaseIo.EXAMPLE_NAMES) {
            Case c = CaseIo.example(name);
            for (String pack : RuleEngine.BUNDLED) {
                Evaluation o = engine.check(pack, c, Fixtures.CATALOG);
                assertEquals(c.number(), o.caseNumber());
                assertFalse(o.receipt().rulesFired().isEmpty(), name + " on " + pack);
            }
        }
    }

    @Test
    void precedencePicksSpecialOverJointAndListsAllCandidates() {
        Case c = CaseIo.example("investment-project-joint");
        Evaluation o = engine.check("cn-sc", c, Fixtures.CATALOG);
        assertEquals("special", o.classification().kind().code());
        assertEquals(List.of("special", "joint", "ordinary"), o.classification().candidates());
        assertEquals(NationalCaseType.PROMISED, o.classification().nationalType());
    }

    @Test
    void naiveStatelessPathDecidesExactlyLikeThePooledPath() {
        CaseInput in = Fixtures.renovationWithoutConsent("R-2");
        var build = engine.inForce("cn-sc", Fixtures.FRI_0919);
        Evaluation pooled = build.evaluate(in, Fixtures.FRI_0919);
        Evaluation naive = build.evaluateStateless(in, Fixtures.FRI_0919);
        assertEquals(pooled.notice(), naive.notice());
        assertEquals(pooled.classification(), naive.classification());
        assertEquals(pooled.dueDates(), naive.dueDates());
        assertEquals(Set.copyOf(pooled.receipt().rulesFired()), Set.copyOf(naive.receipt().rulesFired()));
    }

    @Test
    void loadingTheSameContentAgainReusesTheCachedBuild(@TempDir Path tmp) {
        try (RuleEngine e = RuleEngine.create()) {
            Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("cn-zj"));
            PackInfo first = e.load(dir);
            var build = e.inForce("cn-zj", Fixtures.FRI_0919);
            PackInfo second = e.load(dir.toString());
            assertEquals(first.contentHash(), second.contentHash());
            assertSame(build, e.inForce("cn-zj", Fixtures.FRI_0919));
            assertEquals(1, e.versionsOf("cn-zj").size());
        }
    }

    @Test
    void unknownPackAndDecisionBeforeReceiptAreTypedErrors() {
        RulePackException unknown = assertThrows(RulePackException.class,
                () -> engine.evaluate("cn-xx", Fixtures.fundLoanComplete("F-1"), Fixtures.FRI_0919));
        assertTrue(unknown.getMessage().contains("pack 'cn-xx' is not loaded"), unknown.getMessage());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> engine.evaluate("cn", Fixtures.fundLoanComplete("F-2"), Fixtures.FRI_0919.minusDays(1)));
        assertTrue(early.getMessage().contains("before the materials were received"), early.getMessage());
        RulePackException noSuchBundle = assertThrows(RulePackException.class, () -> engine.load("no-such-pack"));
        assertTrue(noSuchBundle.getMessage().contains("no bundled pack 'no-such-pack'"), noSuchBundle.getMessage());
    }

    @Test
    void dateOutsideTheCalendarDataFailsLoudly() {
        CaseInput late = Fixtures.input("F-3", Fixtures.FUND, Set.of("fund-loan"),
                Fixtures.submitted("approval-form:ORIGINAL"), LocalDate.of(2031, 3, 3));
        assertThrows(io.github.govrules.calendar.DateOutOfCoverageException.class,
                () -> engine.evaluate("cn", late, LocalDate.of(2031, 3, 3)));
    }
}
