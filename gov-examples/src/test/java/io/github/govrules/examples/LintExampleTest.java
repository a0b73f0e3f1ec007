package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LintExampleTest {

    @Test
    void reportsTheMissingLegalBasisThenPassesOnceFixed() {
        String out = Examples.run(LintExample::main);
        assertTrue(out.contains("cn-example/extra.drl:5:1: rule \"A joint item is a promised case\" has no legal basis"), out);
        assertTrue(out.contains("clean: false"), out);
        assertTrue(out.contains("cn-example: 0 problems, 1 scenarios passed, 0 failed; clean: true"), out);
    }
}
