package io.github.govrules.rules;

import java.util.List;
import java.util.Objects;

/**
 * The result of one scenario of a pack: where it is written, its name, and what did not match
 * (empty when it passed).
 *
 * <p>Immutable and thread-safe.
 *
 * @param file     the scenario file
 * @param line     the line where the scenario starts
 * @param name     the scenario's name
 * @param failures each expectation that did not hold, one sentence each; empty when it passed
 * @since 0.1.0
 */
public record ScenarioResult(String file, int line, String name, List<String> failures) {

    /**
     * Creates the result.
     *
     * @throws NullPointerException if a component is null
     */
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(failures, "failures");
        failures = List.copyOf(failures);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** One line per failure as {@code file:line:1: scenario "name": failure}; empty when it passed. */
    public List<String> lines() {
        return failures.stream().map(f -> file + ":" + line + ":1: scenario \"" + name + "\": " + f).toList();
    }
}
