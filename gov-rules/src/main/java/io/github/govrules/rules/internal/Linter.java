package io.github.govrules.rules.internal;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.rules.LintReport;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import io.github.govrules.rules.ScenarioResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Validates a pack folder and runs its scenarios. */
public final class Linter {

    private Linter() {
    }

    /** Lints the pack in {@code dir}. */
    public static LintReport lint(Path dir, Calendars calendars) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(calendars, "calendars");
        PackSource source;
        List<PackSource> chain;
        try {
            source = PackReader.fromDirectory(dir);
            chain = Chains.resolve(source, Linter.class.getClassLoader());
        } catch (RulePackException e) {
            return new LintReport(dir.toString(), e.problems(), List.of());
        }
        return lint(dir.toString(), source, chain, calendars);
    }

    /** Lints a read pack: builds it, then parses and runs its scenarios. */
    public static LintReport lint(String name, PackSource source, List<PackSource> chain, Calendars calendars) {
        CompiledPack built;
        try {
            built = PackCompiler.compile(chain, calendars::calendar);
        } catch (RulePackException e) {
            return new LintReport(name, e.problems(), List.of());
        }
        try {
            List<PackProblem> problems = new ArrayList<>();
            List<ScenarioResult> results = new ArrayList<>();
            for (SourceFile f : source.scenarios()) {
                try {
                    for (Scenarios.Scenario s : Scenarios.parse(f, source.dir(), source.manifest())) {
                        results.add(s.run(built));
                    }
                } catch (RulePackException e) {
                    problems.addAll(e.problems());
                }
            }
            if (source.scenarios().isEmpty()) {
                problems.add(new PackProblem(source.id(), source.manifestFile().display(), 1, 1,
                        "the pack lists no scenario files under 'scenarios'"));
            }
            return new LintReport(name, problems, results);
        } finally {
            PackCompiler.forget(built);
            built.dispose();
        }
    }
}
