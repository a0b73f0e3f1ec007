package io.github.govrules.rules;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.calendar.GovRulesException;
import java.util.List;
import java.util.Objects;

/**
 * A rule pack could not be loaded or built: its manifest, DRL or scenario files are wrong, or it
 * was not found. Carries every problem found, each located as {@code file:line:column: message}.
 * Nothing of a pack that fails is ever used: the engine keeps the build it had.
 *
 * @since 0.1.0
 */
public class RulePackException extends GovRulesException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the first problem's file, line and column. */
    public static final String CODE = "rules.pack";

    private final List<PackProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RulePackException(List<PackProblem> problems) {
        super(CODE, place(problems), message(problems), null);
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one problem, with a cause.
     *
     * @param problem the problem
     * @param cause   the underlying exception, or null
     */
    public RulePackException(PackProblem problem, Throwable cause) {
        super(CODE, place(List.of(problem)), message(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    private static ErrorPlace place(List<PackProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return ErrorPlace.UNKNOWN; // message() refuses it
        }
        PackProblem first = problems.get(0);
        return ErrorPlace.of(first.file(), first.line(), first.column());
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
