package io.github.govrules.rules;

import io.github.govrules.rules.testing.PackScenarios;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}
