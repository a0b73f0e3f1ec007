package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndicatorsExampleTest {

    @Test
    void computesTheRatesOfTheBundledCases() {
        String out = Examples.run(IndicatorsExample::main);
        assertTrue(out.contains("6 cases; received 5, accepted 4, completed 3"), out);
        assertTrue(out.contains("immediate-case rate 即办件率: 2/3 (66.7%)"), out);
        assertTrue(out.contains("on-time completion rate 按时办结率: 1/1 (100.0%)"), out);
        assertTrue(out.contains("on time as a number: 1.000"), out);
    }
}
