package io.github.govrules.rules.internal;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.rules.fact.CaseFact;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.Necessity;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.mvel2.CompileException;
import org.mvel2.PropertyAccessException;

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
 * compiled or whose types do not fit ({@code incompatible types}, {@code unable to resolve}), and a rule
 * that loops (fires or inserts past the limits of an evaluation on a case of five materials). A
 * consequence that throws on these made-up facts, and a constraint whose own code throws on them (an
 * index out of bounds, a number that does not parse, a null, a division by zero, a bad cast: the JDK's
 * exceptions from code the rule calls, such as {@code code.substring(25, 31)} on a shorter code), are
 * left to the pack's scenarios. A problem is located at the failing constraint as the DRL parser read it
 * ({@link DrlPrecheck.Constraint}: never in a comment), in the rule Drools names when it names one.
 */
final class BuildCheck {

    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.}]", Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile("\\[Error: ([^\\n]*?)]?\\s*(?:\\n|$)");
    private static final Pattern CLASS_NAME = Pattern.compile("class (?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)");
    /** The rules Drools names in a constraint's failure: {@code in [Rule "a", "b" in file.drl]}. */
    private static final Pattern RULES = Pattern.compile("\\[Rule (.*?) in [^\\]]*]");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** What MVEL says when a constraint's types do not fit, whatever the facts. */
    private static final Pattern TYPE_ERROR = Pattern.compile("incompatible types|unable to resolve|could not resolve"
            + "|cannot (?:be )?(?:coerce|convert)|no such (?:method|property|field)|unknown (?:class|type)"
            + "|not a statement|unqualified type", Pattern.CASE_INSENSITIVE);
    /** The JDK's exceptions thrown by code a rule calls, on data that does not suit it. */
    private static final List<Class<? extends Throwable>> DATA_FAILURES = List.of(IndexOutOfBoundsException.class,
            IllegalArgumentException.class, NullPointerException.class, ArithmeticException.class,
            ClassCastException.class, IllegalStateException.class, UnsupportedOperationException.class,
            java.util.NoSuchElementException.class, java.time.DateTimeException.class,
            java.lang.reflect.InvocationTargetException.class);

    private BuildCheck() {
    }

    /**
     * The problems found by evaluating {@code kieBase} on the synthetic cases: at most one, on one line,
     * located at the rule whose constraint failed.
     */
    static List<PackProblem> problems(KieBase kieBase, Map<String, RuleInfo> rules,
                                      List<DrlPrecheck.Constraint> constraints, PackSource top) {
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
                PackProblem p = problem(e, recorder, rules, constraints, top);
                if (p != null) {
                    return List.of(p);
                }
            } catch (StackOverflowError e) {
                // code the rule calls (a function of the pack) recursed without end; the session is disposed below
                String what = "its code recursed without end (StackOverflowError) on a test case, so it would fail cases"
                        + " like it: a function that calls itself needs a case that stops";
                return List.of(recorder.current != null ? atRule(recorder.current, rules, top, what)
                        : new PackProblem(top.id(), top.manifestFile().display(), 0, 0, "a constraint's code recursed"
                                + " without end (StackOverflowError) while matching a test case, before any rule fired"));
            } finally {
                session.dispose();
            }
        }
        return List.of();
    }

    /** The problem for a failure, or null when the failure may depend on the made-up data. */
    private static PackProblem problem(RuntimeException e, Recorder recorder, Map<String, RuleInfo> rules,
                                       List<DrlPrecheck.Constraint> constraints, PackSource top) {
        if (e instanceof ConsequenceException) {
            return null;
        }
        Throwable mvel = null;
        String expression = null;
        Set<String> named = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> data : DATA_FAILURES) {
                if (data.isInstance(t)) {
                    return null; // thrown by code the rule calls: may be the made-up facts' doing
                }
            }
            if (mvel != null && t.getClass().getName().startsWith("java.")) {
                return null; // what made MVEL fail came from the JDK, on these facts
            }
            if (t.getClass().getName().startsWith("org.mvel2.")) {
                mvel = t; // the innermost one says what is wrong
                if (expression == null && t instanceof CompileException ce && ce.getExpr() != null
                        && !new String(ce.getExpr()).isBlank()) {
                    expression = new String(ce.getExpr()).trim(); // the outermost one has it whole
                }
            }
            Matcher names = RULES.matcher(t.getMessage() == null ? "" : t.getMessage());
            if (names.find()) {
                Matcher q = QUOTED.matcher(names.group(1));
                while (q.find()) {
                    named.add(q.group(1));
                }
            }
        }
        if (mvel == null) {
            return null;
        }
        String text = mvel.getMessage() == null ? "" : mvel.getMessage();
        Matcher error = ERROR.matcher(text);
        String why = error.find() ? error.group(1) : text.lines().findFirst().orElse(mvel.getClass().getSimpleName());
        why = CLASS_NAME.matcher(why.replaceAll("\\s+", " ").trim()).replaceAll("$1");
        if (mvel instanceof PropertyAccessException && !TYPE_ERROR.matcher(why).find()) {
            return null; // e.g. MVEL's own "null pointer": the facts' doing
        }
        if (expression == null) {
            Matcher near = NEAR.matcher(text);
            expression = near.find() ? near.group(1).trim() : null;
        }
        String what = expression == null ? "a constraint" : "constraint '" + expression + "'";
        String message = " cannot be evaluated, so the rule would fail every case: " + why;
        DrlPrecheck.Constraint c = expression == null ? null : constraint(expression, named, constraints);
        if (c != null) {
            int[] lc = {c.line(), c.column()};
            if (c.start() >= 0 && !squash(c.expression()).equals(squash(expression))) {
                // one part of a constraint Drools split (a && b): at that part, if it is written as MVEL has it
                int at = c.file().text().indexOf(expression, c.start());
                if (at >= 0 && at < c.start() + c.expression().length()) {
                    lc = DrlPrecheck.lineColumn(c.file().text(), at);
                }
            }
            return new PackProblem(c.rule().packId(), c.rule().file(), lc[0], lc[1],
                    "rule \"" + c.rule().name() + "\": " + what + message);
        }
        for (String name : named) {
            for (RuleInfo r : rules.values()) {
                if (r.name().equals(name)) {
                    return new PackProblem(r.packId(), r.file(), r.line(), 1, "rule \"" + name + "\": " + what + message);
                }
            }
        }
        String rule = recorder.current != null ? "rule \"" + recorder.current.getName() + "\": " : "";
        return new PackProblem(top.id(), top.manifestFile().display(), 0, 0, rule + what
                + " cannot be evaluated, so the pack would fail every case: " + why);
    }

    /**
     * The constraint MVEL failed on: the first written exactly so, else the first it is a part of; in a
     * rule Drools named, when it named any.
     */
    private static DrlPrecheck.Constraint constraint(String expression, Set<String> named,
                                                     List<DrlPrecheck.Constraint> constraints) {
        String wanted = squash(expression);
        DrlPrecheck.Constraint part = null;
        for (DrlPrecheck.Constraint c : constraints) {
            if (!named.isEmpty() && !named.contains(c.rule().name())) {
                continue;
            }
            String written = squash(c.expression());
            if (written.equals(wanted)) {
                return c;
            }
            if (part == null && written.contains(wanted)) {
                part = c;
            }
        }
        return part;
    }

    /** {@code s} without white space, to compare expressions as MVEL and the parser print them. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** A problem located at {@code rule}'s declaration. */
    private static PackProblem atRule(org.kie.api.definition.rule.Rule rule, Map<String, RuleInfo> rules, PackSource top,
                                      String message) {
        RuleInfo info = rules.get(rule.getPackageName() + "/" + rule.getName());
        String text = "rule \"" + rule.getName() + "\": " + message;
        return info == null ? new PackProblem(top.id(), top.manifestFile().display(), 0, 0, text)
                : new PackProblem(info.packId(), info.file(), info.line(), 1, text);
    }

    /**
     * The synthetic items' implementation codes (实施编码), 31 characters like real ones: an 18-character
     * body code, the item type digit and the 12-character basic code, so that rules reading parts of a
     * code (substring(25, 31)) read them here as on real items.
     */
    static final String SYNTHETIC_CODE_1 = "11000000000000000S1000100001000";
    static final String SYNTHETIC_CODE_2 = "11000000000000000S2000100002000";

    /** The facts of each synthetic case: case, item, materials, submissions. */
    private static List<Object[]> cases() {
        TimeLimit five = TimeLimit.workingDays(5);
        TimeLimit twenty = TimeLimit.workingDays(20);
        List<ItemFact> items = List.of(
                new ItemFact(SYNTHETIC_CODE_1, "synthetic item on the spot", "1", "01", twenty, TimeLimit.onTheSpot(),
                        List.of(), List.of(), io.github.govrules.core.item.CaseKind.IMMEDIATE, false, "synthetic"),
                new ItemFact(SYNTHETIC_CODE_2, "synthetic joint item", "2", "20", twenty, five,
                        List.of("department A", "department B"), List.of("HEARING"), io.github.govrules.core.item.CaseKind.REPORTED_UP, true, "synthetic"));
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
