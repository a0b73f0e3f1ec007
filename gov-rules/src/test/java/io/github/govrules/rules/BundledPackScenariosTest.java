package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.rules.internal.Chains;
import io.github.govrules.rules.internal.CompiledPack;
import io.github.govrules.rules.internal.PackCompiler;
import io.github.govrules.rules.internal.PackReader;
import io.github.govrules.rules.internal.PackSource;
import io.github.govrules.rules.internal.RuleInfo;
import io.github.govrules.rules.internal.Scenarios;
import io.github.govrules.rules.internal.SourceFile;
import io.github.govrules.rules.testing.PackScenarios;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The scenarios shipped with each bundled pack, run the way an integrator runs their own. */
class BundledPackScenariosTest {

    @TestFactory
    Stream<DynamicTest> cn() {
        return PackScenarios.dynamicTests("cn");
    }

    @TestFactory
    Stream<DynamicTest> cnZj() {
        return PackScenarios.dynamicTests("cn-zj");
    }

    @TestFactory
    Stream<DynamicTest> cnSc() {
        return PackScenarios.dynamicTests("cn-sc");
    }

    @Test
    void everyShippedRuleFiresInSomeScenarioOfItsPack() {
        for (String id : RuleEngine.BUNDLED) {
            ClassLoader loader = getClass().getClassLoader();
            PackSource source = PackReader.fromClasspath(id, loader);
            CompiledPack pack = PackCompiler.compile(Chains.resolve(source, loader), Calendars.standard()::calendar);
            try {
                Set<String> fired = new TreeSet<>();
                int scenarios = 0;
                for (SourceFile f : source.scenarios()) {
                    for (Scenarios.Scenario s : Scenarios.parse(f, null)) {
                        ScenarioResult r = s.run(pack);
                        assertTrue(r.passed(), r.lines().toString());
                        scenarios++;
                        pack.evaluate(scenarioInput(s), s.decidedOn()).receipt().rulesFired()
                                .forEach(x -> fired.add(x.name()));
                    }
                }
                assertTrue(scenarios > 0, id);
                Set<String> own = new TreeSet<>();
                for (RuleInfo r : pack.rules().values()) {
                    if (r.packId().equals(id)) {
                        own.add(r.name());
                    }
                }
                Set<String> never = new TreeSet<>(own);
                never.removeAll(fired);
                assertEquals(Set.of(), never, "rules of " + id + " that no scenario fires");
            } finally {
                PackCompiler.forget(pack);
                pack.dispose();
            }
        }
    }

    private static CaseInput scenarioInput(Scenarios.Scenario s) {
        return s.input();
    }
}
