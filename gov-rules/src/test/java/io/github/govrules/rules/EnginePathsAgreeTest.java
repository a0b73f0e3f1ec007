package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.rules.internal.Chains;
import io.github.govrules.rules.internal.CompiledPack;
import io.github.govrules.rules.internal.PackCompiler;
import io.github.govrules.rules.internal.PackReader;
import io.github.govrules.rules.internal.PackSource;
import io.github.govrules.rules.internal.Scenarios;
import io.github.govrules.rules.internal.SourceFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The engine's paths decide every case alike: {@code evaluateUncached} (kept, pre-loaded sessions),
 * {@code evaluate} (decision memo over the same) and {@code evaluateStateless} (a new stateless
 * session per case, the benchmark's naive baseline) give equal evaluations, receipts included, for every
 * bundled scenario of every bundled pack and for the benchmark's case mix, run repeatedly and
 * interleaved across items so that kept sessions are reused by other cases and other items.
 */
class EnginePathsAgreeTest {

    /** One case to decide, on one day. */
    record Decision(String name, CaseInput input, LocalDate on) {
    }

    /**
     * Two findings that sort alike (one material short in two forms) come in the order the rules
     * made them, the same on every path and for every case handing in alike — never in an order
     * that depends on object identity (it did: the findings were read from an identity map).
     */
    @Test
    void findingsThatSortAlikeKeepTheRulesOrder() {
        ClassLoader loader = getClass().getClassLoader();
        CompiledPack pack = PackCompiler.compile(Chains.resolve(PackReader.fromClasspath("cn", loader), loader),
                Calendars.standard()::calendar);
        try {
            ServiceItem item = Fixtures.CATALOG.latest(Fixtures.FUND);
            List<io.github.govrules.rules.fact.RequiredMaterial> materials = List.of(
                    new io.github.govrules.rules.fact.RequiredMaterial("drawings", "图纸", 2, 3, 0,
                            io.github.govrules.core.item.Necessity.REQUIRED, null, List.of(), List.of(), ""));
            List<List<String>> firstOrder = new ArrayList<>(Collections.nCopies(2, null));
            for (int round = 0; round < 40; round++) {
                List<SubmittedMaterial> given = round % 2 == 0
                        ? Fixtures.submitted("drawings:ORIGINAL:1", "drawings:COPY:1")
                        : Fixtures.submitted("drawings:COPY:1", "drawings:ORIGINAL:1");
                CaseInput in = new CaseInput("ORDER-" + round, CaseInputs.itemFact(item), materials, CaseInputs.situations(item), Set.of(),
                        Fixtures.person(), given, Fixtures.FRI_0919);
                List<List<String>> orders = new ArrayList<>();
                for (Evaluation o : List.of(pack.evaluate(in, Fixtures.FRI_0919), pack.evaluateUncached(in, Fixtures.FRI_0919),
                        pack.evaluateStateless(in, Fixtures.FRI_0919))) {
                    orders.add(o.notice().items().stream().map(NoticeItem::reasonEn).toList());
                }
                List<String> first = firstOrder.get(round % 2) != null ? firstOrder.get(round % 2) : orders.get(0);
                firstOrder.set(round % 2, first);
                assertEquals(Set.of("The original is required ×2, handed in ×1.", "The copy is required ×3, handed in ×1."),
                        Set.copyOf(first));
                assertEquals(List.of(first, first, first), orders, "round " + round + ": memo, kept session, stateless");
            }
        } finally {
            PackCompiler.forget(pack);
            pack.dispose();
        }
    }

    @Test
    void everyBundledScenarioAndTheBenchmarkMixAgreeAcrossPaths() {
        ClassLoader loader = getClass().getClassLoader();
        int compared = 0;
        for (String id : Chains.BUNDLED) {
            PackSource source = PackReader.fromClasspath(id, loader);
            CompiledPack pack = PackCompiler.compile(Chains.resolve(source, loader), Calendars.standard()::calendar);
            try {
                assertNotNull(pack.sessionReuse(), id + ": the bundled rules allow kept sessions");
                List<Decision> decisions = new ArrayList<>();
                for (SourceFile f : source.scenarios()) {
                    for (Scenarios.Scenario s : Scenarios.parse(f, null)) {
                        decisions.add(new Decision(id + " " + s.name(), s.input(), s.decidedOn()));
                    }
                }
                assertTrue(decisions.size() >= 3, id + " has scenarios");
                for (CaseInput in : benchmarkMix()) {
                    LocalDate on = in.caseNumber().equals("B-late") ? Fixtures.FRI_0919 : in.receivedOn();
                    decisions.add(new Decision(id + " mix " + in.caseNumber(), in, on));
                }
                compared += compare(pack, decisions, new Random(id.hashCode()));
            } finally {
                PackCompiler.forget(pack);
                pack.dispose();
            }
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    /** Decides each case on the naive path, then on the others in shuffled rounds; returns the count compared. */
    private static int compare(CompiledPack pack, List<Decision> decisions, Random random) {
        List<Object> expected = new ArrayList<>();
        for (Decision d : decisions) {
            Object r = result(pack::evaluateStateless, d);
            expected.add(r);
            if (r instanceof Evaluation o) {
                // the receipt's own wording of the inputs, checked against the fact model's descriptions
                List<String> inputs = o.receipt().inputs();
                assertEquals("submitted materials: " + (d.input().submitted().isEmpty() ? "none"
                        : String.join("; ", d.input().submitted().stream().map(SubmittedMaterial::describe).toList())),
                        inputs.get(1), d.name());
                assertTrue(inputs.get(0).startsWith("case: situations "
                        + d.input().situations().stream().sorted().toList() + ", received "), inputs.get(0));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            order.add(i);
        }
        int n = 0;
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Decision d = decisions.get(i);
                assertEquals(expected.get(i), result(pack::evaluateUncached, d), d.name() + " uncached, round " + round);
                assertEquals(expected.get(i), result(pack::evaluate, d), d.name() + " with memo, round " + round);
                n++;
            }
        }
        return n;
    }

    /** The evaluation, or the failure's type and message (a rule may throw by design in a scenario). */
    static Object result(BiFunction<CaseInput, LocalDate, Evaluation> path, Decision d) {
        try {
            return path.apply(d.input(), d.on());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** The case mix of {@code RulesBenchmark}: 20 cases over five items and one working week. */
    static List<CaseInput> benchmarkMix() {
        String fund = Fixtures.FUND;
        String renovation = Fixtures.RENOVATION;
        String transport = "1133010600200020001000101003000";
        String investment = "11330106002000900P1000101014000";
        String printing = "11330106002000600N1000101008000";
        List<CaseInput> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 3; i++) {
            out.add(mixInput(n++, fund, Set.of("fund-loan"), "approval-form:ORIGINAL", "id-card:ORIGINAL", "id-card:COPY"));
            out.add(mixInput(n++, fund, Set.of("bank-loan-first"), "approval-form:ORIGINAL", "id-card:ORIGINAL",
                    "id-card:COPY", "purchase-contract:ORIGINAL", "purchase-contract:COPY", "loan-contract:ORIGINAL",
                    "loan-contract:COPY", "repayment-passbook:ORIGINAL", "repayment-passbook:COPY"));
            out.add(mixInput(n++, fund, Set.of("bank-loan-later", "agent"), "approval-form:ORIGINAL",
                    "id-card:ORIGINAL", "id-card:COPY", "repayment-passbook:ORIGINAL", "repayment-passbook:COPY",
                    "previous-approval-copy:COPY", "authorization-letter:ORIGINAL", "agent-id-card:ORIGINAL",
                    "agent-id-card:COPY"));
        }
        out.add(mixInput(n++, fund, Set.of("bank-loan-first"), "approval-form:ORIGINAL", "id-card:ORIGINAL",
                "loan-contract:ORIGINAL"));
        out.add(mixInput(n++, fund, Set.of("fund-loan", "spouse"), "approval-form:ORIGINAL", "id-card:ORIGINAL",
                "id-card:COPY", "spouse-approval-form:ORIGINAL"));
        for (int i = 0; i < 4; i++) {
            out.add(mixInput(n++, renovation, Set.of(), "application-form:ORIGINAL", "ownership-certificate:ORIGINAL",
                    "ownership-certificate:COPY", "design-drawings:ORIGINAL:2", "neighbour-consent:ORIGINAL"));
        }
        for (int i = 0; i < 2; i++) {
            out.add(mixInput(n++, renovation, Set.of(), "application-form:ORIGINAL", "ownership-certificate:ORIGINAL",
                    "ownership-certificate:COPY", "design-drawings:ORIGINAL:2"));
        }
        out.add(mixInput(n++, transport, Set.of(), "application-form:ORIGINAL", "vehicle-list:ORIGINAL",
                "safety-rules:ORIGINAL"));
        out.add(mixInput(n++, investment, Set.of(), "application-report:ORIGINAL", "application-report:ELECTRONIC",
                "site-opinion:COPY", "energy-review:COPY"));
        out.add(mixInput(n++, printing, Set.of()));
        // short of copies and late (past the notice deadline): the count and deemed-acceptance rules fire too
        out.add(mixInput(n++, renovation, Set.of(), "application-form:ORIGINAL", "ownership-certificate:ORIGINAL",
                "ownership-certificate:COPY", "design-drawings:ORIGINAL:1", "neighbour-consent:COPY"));
        out.add(new CaseInput("B-late", out.get(0).item(), out.get(0).materials(), out.get(0).declaredSituations(), Set.of("fund-loan"),
                Fixtures.person(), Fixtures.submitted("approval-form:COPY"), LocalDate.of(2025, 9, 1)));
        return out;
    }

    private static CaseInput mixInput(int n, String code, Set<String> situations, String... submitted) {
        ServiceItem item = Fixtures.CATALOG.latest(code);
        return new CaseInput("B-" + n, CaseInputs.itemFact(item), CaseInputs.materials(item), CaseInputs.situations(item), situations,
                new ApplicantFact("申请人", ApplicantType.NATURAL_PERSON, "RESIDENT_ID_CARD", "330106198503121231",
                        situations.contains("agent")),
                Fixtures.submitted(submitted), Fixtures.FRI_0919.minusDays(n % 5));
    }
}
