package io.github.govrules.core.io;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A model that is well-formed but breaks constraints: Jakarta Validation constraints on fields
 * (codes, lengths, phone numbers) or the cross-checks of a case against its item.
 *
 * <p>The message lists every violation sorted by path, e.g.
 * {@code "catalog.yaml: 2 violations: items[0].contact.phone: must be a phone number; ..."}.
 *
 * @since 0.1.0
 */
public final class ModelValidationException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the source and the first violation's JSON path, line and column */
    public static final String CODE = "core.validation";

    private final String source;
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param source     what was checked (a file name, "case GJJ-1", ...)
     * @param violations the violations, at least one
     */
    public ModelValidationException(String source, List<Violation> violations) {
        super(CODE, place(source, violations), message(source, violations), null);
        this.source = Objects.requireNonNull(source, "source");
        this.violations = List.copyOf(violations);
    }

    private static ErrorPlace place(String source, List<Violation> violations) {
        if (violations.isEmpty()) {
            return ErrorPlace.of(source, 0, 0);
        }
        Violation first = violations.get(0);
        return ErrorPlace.of(source, first.line(), first.column()).withPath(first.path());
    }

    private static String message(String source, List<Violation> violations) {
        return source + ": " + violations.size() + (violations.size() == 1 ? " violation: " : " violations: ")
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** What was checked. */
    public String source() {
        return source;
    }

    /** The violations, sorted by path. */
    public List<Violation> violations() {
        return violations;
    }
}
