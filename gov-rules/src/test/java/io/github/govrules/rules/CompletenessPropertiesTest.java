package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the packs' completeness and classification rules, checked against a slow, obviously
 * correct oracle written in plain Java, on random situations and random submissions.
 */
class CompletenessPropertiesTest {

    private static final List<String> ITEMS = List.of(Fixtures.FUND, Fixtures.RENOVATION);
    private static final List<String> LOAN = List.of("fund-loan", "bank-loan-first", "bank-loan-later");
    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.create();
        engine.loadBundled("cn");
        engine.loadBundled("cn-sc");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** (item, situations bits, which (material, form) pairs are submitted, which get a count of 2). */
    private static CaseInput input(int item, int situationBits, int submittedBits, int doubleBits) {
        ServiceItem it = Fixtures.CATALOG.latest(ITEMS.get(item));
        Set<String> situations = new HashSet<>();
        if (item == 0) {
            situations.add(LOAN.get(situationBits % 3));
            if ((situationBits & 4) != 0) {
                situations.add("agent");
            }
            if ((situationBits & 8) != 0) {
                situations.add("spouse");
            }
        }
        List<SubmittedMaterial> submitted = new ArrayList<>();
        int bit = 0;
        for (RequiredMaterial m : CaseInputs.materials(it)) {
            for (MaterialForm f : MaterialForm.values()) {
                if ((submittedBits >> (bit % 31) & 1) != 0) {
                    submitted.add(new SubmittedMaterial(m.code(), f, (doubleBits >> (bit % 31) & 1) != 0 ? 2 : 1));
                }
                bit++;
            }
        }
        return new CaseInput("P-" + item + "-" + situationBits + "-" + submittedBits, CaseInputs.itemFact(it),
                CaseInputs.materials(it), CaseInputs.situations(it), situations, Fixtures.person(), submitted, Fixtures.FRI_0919);
    }

    /** The oracle: every (material, problem) the national rules must find. */
    private static Set<String> expectedFindings(CaseInput in) {
        Set<String> out = new TreeSet<>();
        for (RequiredMaterial m : in.materials()) {
            if (!m.isMandatory() || !m.appliesTo(in.situations())) {
                continue;
            }
            List<SubmittedMaterial> given = in.submitted().stream().filter(s -> s.code().equals(m.code())).toList();
            if (given.isEmpty()) {
                out.add(m.code() + ":MISSING");
                continue;
            }
            for (MaterialForm f : MaterialForm.values()) {
                boolean handed = given.stream().anyMatch(s -> s.form() == f);
                if (m.count(f) > 0 && !handed) {
                    out.add(m.code() + ":WRONG_FORM");
                }
            }
            for (SubmittedMaterial s : given) {
                if (s.count() < m.count(s.form())) {
                    out.add(m.code() + ":WRONG_COUNT");
                }
            }
        }
        return out;
    }

    private static Set<String> actualFindings(Evaluation o) {
        Set<String> out = new TreeSet<>();
        for (NoticeItem i : o.notice().items()) {
            out.add(i.materialCode() + ":" + i.problem());
        }
        return out;
    }

    @Test
    void theNoticeListsExactlyWhatTheOracleFinds() {
        qt().withExamples(300).forAll(integers().between(0, 1), integers().between(0, 15),
                        integers().between(0, Integer.MAX_VALUE), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((item, sit, sub, dbl) -> {
                    CaseInput in = input(item, sit, sub, dbl);
                    Evaluation o = engine.evaluate("cn", in, Fixtures.FRI_0919);
                    Set<String> expected = expectedFindings(in);
                    assertEquals(expected, actualFindings(o));
                    assertEquals(expected.isEmpty() ? AcceptanceStatus.ACCEPTED : AcceptanceStatus.CORRECTION_REQUIRED,
                            o.status());
                    boolean immediate = in.item().isOnTheSpot() && expected.isEmpty();
                    assertEquals(immediate ? "immediate" : "promised", o.classification().kind().code());
                });
    }

    @Test
    void handingInWhatTheNoticeAsksForNeverAddsAFinding() {
        qt().withExamples(200).forAll(integers().between(0, 1), integers().between(0, 15),
                        integers().between(0, Integer.MAX_VALUE))
                .checkAssert((item, sit, sub) -> {
                    CaseInput in = input(item, sit, sub, 0);
                    Evaluation first = engine.evaluate("cn-sc", in, Fixtures.FRI_0919);
                    // supplement every material listed as missing, in all its required forms and counts
                    List<SubmittedMaterial> more = new ArrayList<>(in.submitted());
                    for (NoticeItem i : first.notice().items()) {
                        if (i.problem() == io.github.govrules.rules.fact.MaterialProblem.MISSING) {
                            RequiredMaterial m = in.materials().stream()
                                    .filter(x -> x.code().equals(i.materialCode())).findFirst().orElseThrow();
                            for (MaterialForm f : m.requiredForms()) {
                                more.add(new SubmittedMaterial(m.code(), f, m.count(f)));
                            }
                        }
                    }
                    CaseInput supplemented = new CaseInput(in.caseNumber(), in.item(), in.materials(), in.declaredSituations(), in.situations(),
                            in.applicant(), more, in.receivedOn());
                    Evaluation second = engine.evaluate("cn-sc", supplemented, Fixtures.FRI_0919);
                    Set<String> before = actualFindings(first);
                    Set<String> after = actualFindings(second);
                    assertEquals(true, before.containsAll(after), before + " then " + after);
                    assertEquals(true, after.stream().noneMatch(s -> s.endsWith(":MISSING")), after.toString());
                });
    }

    @Test
    void theWinningKindHasTheHighestPrecedenceOfAllCandidates() {
        qt().withExamples(150).forAll(integers().between(0, 1), integers().between(0, 15),
                        integers().between(0, Integer.MAX_VALUE))
                .checkAssert((item, sit, sub) -> {
                    Evaluation o = engine.evaluate("cn-sc", input(item, sit, sub, 0), Fixtures.FRI_0919);
                    PackInfo info = engine.packInForce("cn-sc", Fixtures.FRI_0919);
                    int winner = info.kinds().stream().filter(k -> k.code().equals(o.classification().kind().code())).findFirst().orElseThrow().precedence();
                    for (String c : o.classification().candidates()) {
                        int p = info.kinds().stream().filter(k -> k.code().equals(c)).findFirst().orElseThrow().precedence();
                        assertEquals(true, winner <= p, c);
                    }
                    assertEquals(o.classification().kind().code(), o.classification().candidates().get(0));
                });
    }
}
