package io.github.govrules.rules;

import java.util.List;
import java.util.Objects;

/**
 * A rule pack could not be loaded or built: its manifest, DRL or scenario files are wrong, or it
 * was not found. Carries every problem found, each located as {@code file:line:column: message}.
 * Nothing of a pack that fails is ever used: the engine keeps the build it had.
 *
 * @since 0.1.0
 */
public class RulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<PackProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RulePackException(List<PackProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one problem, with a cause.
     *
     * @param problem the problem
     * @param cause   the underlying exception, or null
     */
    public RulePackException(PackProblem problem, Throwable cause) {
        super(message(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    private static String message(List<PackProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rule pack exception needs at least one problem");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Rule pack ").append(problems.get(0).packId()).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (PackProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }

    /** Every problem found, in file order. */
    public List<PackProblem> problems() {
        return problems;
    }
}
