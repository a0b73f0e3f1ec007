package io.github.govrules.rules.internal;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.rules.fact.CaseFact;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.MaterialForm;
import io.github.govrules.rules.fact.Necessity;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.rules.fact.SubmittedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A build's check of itself, run once when a pack is built (for {@code load} and {@code lint}, never
 * per case): its rules are evaluated on a few synthetic cases, so that what Drools leaves to the
 * first evaluation fails now, at build time, located at the rule. Drools compiles a constraint's
 * MVEL expression only when a fact first reaches it, so a constraint comparing values of types that
 * cannot be compared built fine and then failed every case. The synthetic cases cover two items
 * (one on the spot and plain, one joint with special procedures and decided by a higher level),
 * materials of every necessity with and without situation conditions, and nothing, part or all
 * of them handed in, before and after the notice deadline.
 *
 * <p>Only failures that do not depend on the data are problems: an MVEL expression that cannot be
 * compiled, and a rule that loops (fires or inserts past the limits of an evaluation on a case of five
 * materials). A consequence that throws on these made-up facts is left to the pack's scenarios.
 */
final class BuildCheck {

    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.}]", Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile("\\[Error: ([^\\n]*?)]?\\s*(?:\\n|$)");
    private static final Pattern CLASS_NAME = Pattern.compile("class (?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)");

    private BuildCheck() {
    }

    /**
     * The problems found by evaluating {@code kieBase} on the synthetic cases: at most one, on one line,
     * located at the rule whose constraint failed.
     */
    static List<PackProblem> problems(KieBase kieBase, Map<String, RuleInfo> rules, List<SourceFile> files,
                                      PackSource top) {
        for (Object[] facts : cases()) {
            Recorder recorder = new Recorder();
            KieSession session = kieBase.newKieSession();
            try {
                session.addEventListener((AgendaEventListener) recorder);
                session.addEventListener((RuleRuntimeEventListener) recorder);
                for (Object f : facts) {
                    session.insert(f);
                }
                int fired = session.fireAllRules(CompiledPack.MAX_FIRINGS + 1);
                if (fired > CompiledPack.MAX_FIRINGS && !recorder.fired.isEmpty()) {
                    return List.of(atRule(recorder.fired.get(recorder.fired.size() - 1), rules, top, "the rule loops: rules"
                            + " fired more than " + CompiledPack.MAX_FIRINGS + " times for one test case, the last time this rule"));
                }
            } catch (RuntimeException e) {
                Recorder.TooManyFacts tooMany = CompiledPack.tooManyFacts(e);
                if (tooMany != null) {
                    return List.of(atRule(tooMany.rule(), rules, top, CompiledPack.loops(tooMany)));
                }
                PackProblem p = problem(e, recorder, rules, files, top);
                if (p != null) {
                    return List.of(p);
                }
            } finally {
                session.dispose();
            }
        }
        return List.of();
    }

    /** The problem for a failure, or null when the failure may depend on the made-up data. */
    private static PackProblem problem(RuntimeException e, Recorder recorder, Map<String, RuleInfo> rules,
                                       List<SourceFile> files, PackSource top) {
        Throwable mvel = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.mvel2.")) {
                mvel = t; // the innermost one says what is wrong
            }
        }
        if (mvel == null || e instanceof ConsequenceException) {
            return null;
        }
        String text = mvel.getMessage() == null ? "" : mvel.getMessage();
        Matcher near = NEAR.matcher(text);
        String expression = near.find() ? near.group(1).trim() : null;
        Matcher error = ERROR.matcher(text);
        String why = error.find() ? error.group(1) : text.lines().findFirst().orElse(mvel.getClass().getSimpleName());
        why = CLASS_NAME.matcher(why.replaceAll("\\s+", " ").trim()).replaceAll("$1");
        String what = expression == null ? "a constraint" : "constraint '" + expression + "'";
        if (expression != null) {
            for (SourceFile f : files) {
                int at = f.text().indexOf(expression);
                while (at >= 0) {
                    int[] lc = DrlPrecheck.lineColumn(f.text(), at);
                    RuleInfo rule = enclosing(rules, f, lc[0]);
                    if (rule != null) {
                        return new PackProblem(f.packId(), f.display(), lc[0], lc[1], "rule \"" + rule.name() + "\": "
                                + what + " cannot be evaluated, so the rule would fail every case: " + why);
                    }
                    at = f.text().indexOf(expression, at + 1);
                }
            }
        }
        String rule = recorder.current != null ? "rule \"" + recorder.current.getName() + "\": " : "";
        return new PackProblem(top.id(), top.manifestFile().display(), 0, 0, rule + what
                + " cannot be evaluated, so the pack would fail every case: " + why);
    }

    /** A problem located at {@code rule}'s declaration. */
    private static PackProblem atRule(org.kie.api.definition.rule.Rule rule, Map<String, RuleInfo> rules, PackSource top,
                                      String message) {
        RuleInfo info = rules.get(rule.getPackageName() + "/" + rule.getName());
        String text = "rule \"" + rule.getName() + "\": " + message;
        return info == null ? new PackProblem(top.id(), top.manifestFile().display(), 0, 0, text)
                : new PackProblem(info.packId(), info.file(), info.line(), 1, text);
    }

    /** The rule of {@code f} that starts last at or before {@code line}, or null. */
    private static RuleInfo enclosing(Map<String, RuleInfo> rules, SourceFile f, int line) {
        RuleInfo best = null;
        for (RuleInfo r : rules.values()) {
            if (r.file().equals(f.display()) && r.line() <= line && (best == null || r.line() > best.line())) {
                best = r;
            }
        }
        return best;
    }

    /** The facts of each synthetic case: case, item, materials, submissions. */
    private static List<Object[]> cases() {
        TimeLimit five = TimeLimit.workingDays(5);
        TimeLimit twenty = TimeLimit.workingDays(20);
        List<ItemFact> items = List.of(
                new ItemFact("SYNTHETIC-1", "synthetic item on the spot", "1", "01", twenty, TimeLimit.onTheSpot(),
                        List.of(), List.of(), "IMMEDIATE", false, "synthetic"),
                new ItemFact("SYNTHETIC-2", "synthetic joint item", "2", "20", twenty, five,
                        List.of("department A", "department B"), List.of("HEARING"), "REPORTED_UP", true, "synthetic"));
        List<RequiredMaterial> materials = List.of(
                new RequiredMaterial("synthetic-required", "required", 1, 1, 0, Necessity.REQUIRED, null,
                        List.of(), List.of(), "synthetic"),
                new RequiredMaterial("synthetic-tolerated", "tolerated", 1, 0, 0, Necessity.TOLERATED_MISSING, five,
                        List.of(), List.of(), ""),
                new RequiredMaterial("synthetic-optional", "optional", 0, 0, 1, Necessity.OPTIONAL, null,
                        List.of(), List.of(), ""),
                new RequiredMaterial("synthetic-any", "when any", 1, 0, 0, Necessity.REQUIRED, null,
                        List.of("synthetic-a"), List.of(), ""),
                new RequiredMaterial("synthetic-all", "when all", 0, 2, 0, Necessity.REQUIRED, null,
                        List.of(), List.of("synthetic-a", "synthetic-b"), ""));
        List<List<SubmittedMaterial>> submissions = List.of(
                List.of(),
                List.of(new SubmittedMaterial("synthetic-required", MaterialForm.ORIGINAL, 1),
                        new SubmittedMaterial("synthetic-all", MaterialForm.COPY, 1),
                        new SubmittedMaterial("synthetic-optional", MaterialForm.ELECTRONIC, 1)),
                List.of(new SubmittedMaterial("synthetic-required", MaterialForm.ORIGINAL, 1),
                        new SubmittedMaterial("synthetic-required", MaterialForm.COPY, 1),
                        new SubmittedMaterial("synthetic-tolerated", MaterialForm.ORIGINAL, 1),
                        new SubmittedMaterial("synthetic-any", MaterialForm.ORIGINAL, 1),
                        new SubmittedMaterial("synthetic-all", MaterialForm.COPY, 2)));
        LocalDate received = LocalDate.of(2025, 1, 6);
        LocalDate deadline = LocalDate.of(2025, 1, 13);
        List<Object[]> out = new ArrayList<>();
        int n = 0;
        for (ItemFact item : items) {
            for (int i = 0; i < submissions.size(); i++) {
                n++;
                boolean late = i == 1;
                ApplicantFact applicant = new ApplicantFact("synthetic applicant",
                        i == 2 ? ApplicantType.LEGAL_PERSON : ApplicantType.NATURAL_PERSON, "RESIDENT_ID_CARD",
                        "000000000000000000", i != 0);
                CaseFact c = new CaseFact("SYNTHETIC-CHECK-" + n, item.code(),
                        i == 2 ? Set.of() : Set.of("synthetic-a", "synthetic-b"), applicant, submissions.get(i), received,
                        late ? LocalDate.of(2025, 1, 20) : received, deadline);
                List<Object> facts = new ArrayList<>();
                facts.add(c);
                facts.add(item);
                facts.addAll(materials);
                facts.addAll(submissions.get(i));
                out.add(facts.toArray());
            }
        }
        return out;
    }
}
