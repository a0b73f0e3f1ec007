package io.github.govrules.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link RuleEngine#lint(java.nio.file.Path)}: the pack's problems (manifest, DRL,
 * legal bases, fact types and fields, kinds) and the results of its scenarios.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pack      the pack folder as given
 * @param problems  every located problem; when there are any, no scenario ran
 * @param scenarios the scenario results, in file order
 * @since 0.1.0
 */
public record LintReport(String pack, List<PackProblem> problems, List<ScenarioResult> scenarios) {

    /**
     * Creates the report.
     *
     * @throws NullPointerException if a component is null
     */
    public LintReport {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(problems, "problems");
        problems = List.copyOf(problems);
        Objects.requireNonNull(scenarios, "scenarios");
        scenarios = List.copyOf(scenarios);
    }

    /** Whether the pack has no problem and every scenario passed. */
    public boolean isClean() {
        return problems.isEmpty() && scenarios.stream().allMatch(ScenarioResult::passed);
    }

    /** Every problem and scenario failure, one per line, as {@code file:line:column: message}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (PackProblem p : problems) {
            lines.add(p.toString());
        }
        for (ScenarioResult s : scenarios) {
            lines.addAll(s.lines());
        }
        return lines;
    }

    /** A one-line summary, e.g. {@code "cn-zj: 0 problems, 12 scenarios passed, 0 failed"}. */
    public String summary() {
        long failed = scenarios.stream().filter(s -> !s.passed()).count();
        return pack + ": " + problems.size() + (problems.size() == 1 ? " problem, " : " problems, ")
                + (scenarios.size() - failed) + " scenarios passed, " + failed + " failed";
    }
}
