package io.github.govrules.rules.testing;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import io.github.govrules.rules.ScenarioResult;
import io.github.govrules.rules.internal.Chains;
import io.github.govrules.rules.internal.CompiledPack;
import io.github.govrules.rules.internal.PackCompiler;
import io.github.govrules.rules.internal.PackReader;
import io.github.govrules.rules.internal.PackSource;
import io.github.govrules.rules.internal.Scenarios;
import io.github.govrules.rules.internal.SourceFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A pack's scenarios as JUnit 5 dynamic tests, one line in an integrator's test class:
 *
 * <pre>{@code
 * class MyPackTest {
 *     @TestFactory
 *     Stream<DynamicTest> scenarios() {
 *         return PackScenarios.dynamicTests(Path.of("src/main/packs/cn-zj"));
 *     }
 * }
 * }</pre>
 *
 * <p>The pack is built once; one test per scenario, named after it and linked to its file and line.
 * When the pack does not build, or a scenario file is malformed, a single failing test lists every
 * located problem. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // returns JUnit's DynamicTest: JUnit is required statically, the caller's tests bring it
public final class PackScenarios {

    private PackScenarios() {
    }

    /**
     * The scenarios of the pack in folder {@code packDir}, using the standard calendars.
     *
     * @throws NullPointerException if {@code packDir} is null
     */
    public static Stream<DynamicTest> dynamicTests(Path packDir) {
        Objects.requireNonNull(packDir, "packDir");
        return tests(packDir.toString(), () -> PackReader.fromDirectory(packDir));
    }

    /**
     * The scenarios of a bundled pack, e.g. {@code "cn-zj"}.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public static Stream<DynamicTest> dynamicTests(String bundledId) {
        Objects.requireNonNull(bundledId, "bundledId");
        return tests(bundledId, () -> PackReader.fromClasspath(bundledId, PackScenarios.class.getClassLoader()));
    }

    private interface SourceSupplier {
        PackSource get();
    }

    private static Stream<DynamicTest> tests(String name, SourceSupplier supplier) {
        PackSource source;
        CompiledPack built;
        List<Scenarios.Scenario> scenarios = new ArrayList<>();
        try {
            source = supplier.get();
            built = PackCompiler.compile(Chains.resolve(source, PackScenarios.class.getClassLoader()),
                    Calendars.standard()::calendar);
            List<PackProblem> problems = new ArrayList<>();
            for (SourceFile f : source.scenarios()) {
                try {
                    scenarios.addAll(Scenarios.parse(f, source.dir(), source.manifest()));
                } catch (RulePackException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new RulePackException(problems);
            }
        } catch (RulePackException e) {
            return Stream.of(DynamicTest.dynamicTest("pack " + name + " builds", () -> {
                throw new AssertionError(e.getMessage());
            }));
        }
        if (scenarios.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("pack " + name + " has scenarios", () -> {
                throw new AssertionError("Pack " + name + " has no scenarios: list scenario files under 'scenarios'");
            }));
        }
        CompiledPack pack = built;
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), source(s), () -> {
            ScenarioResult r = s.run(pack);
            if (!r.passed()) {
                throw new AssertionError(String.join(System.lineSeparator(), r.lines()));
            }
        }));
    }

    private static URI source(Scenarios.Scenario s) {
        String file = s.file();
        if (file.startsWith("classpath:")) {
            return URI.create("classpath:/" + file.substring("classpath:".length()) + "?line=" + s.line());
        }
        return URI.create(Path.of(file).toUri() + "?line=" + s.line());
    }
}
