package io.github.govrules.rules;

import io.github.govrules.calendar.deadline.TimeLimit;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One due date that follows from a decision: its label, the date, the limit and start it was counted
 * from, and its legal basis.
 *
 * <p>Labels: {@code notice} (one-time notice, Art. 32), {@code decision} (on the spot, Art. 34),
 * {@code promised}, {@code statutory} (Art. 42), {@code lower-level-review} (Art. 43) and
 * {@code supplement:<material code>} (tolerated-missing materials).
 *
 * <p>Immutable and thread-safe.
 *
 * @param label      what is due
 * @param date       the last day
 * @param from       the start day (not counted, Civil Code Art. 201)
 * @param limit      the limit counted from {@code from}
 * @param legalBasis the legal basis
 * @since 0.1.0
 */
public record DueDate(String label, LocalDate date, LocalDate from, TimeLimit limit, String legalBasis) {

    /**
     * Creates the due date.
     *
     * @throws NullPointerException if a component is null
     */
    public DueDate {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
