package io.github.govrules.core.io;

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

    private final String source;
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param source     what was checked (a file name, "case GJJ-1", ...)
     * @param violations the violations, at least one
     */
    public ModelValidationException(String source, List<Violation> violations) {
        super(message(source, violations));
        this.source = Objects.requireNonNull(source, "source");
        this.violations = List.copyOf(violations);
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
