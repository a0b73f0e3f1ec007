package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which a case clock does not run (Administrative Licensing Law Art. 45,
 * 特别程序): the days from {@code start} to {@code end}, both inclusive, are not counted.
 *
 * <p>A suspension is <em>open</em> while it is running: its end is not known yet
 * ({@code end} is {@code null}). Immutable and thread-safe.
 *
 * @param kind  the Art. 45 kind (hearing, expert review, …)
 * @param start the first day not counted
 * @param end   the last day not counted, or {@code null} while the suspension is open
 * @since 0.1.0
 */
public record Suspension(SuspensionKind kind, LocalDate start, LocalDate end) {

    /**
     * Creates a suspension.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Suspension {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Suspension (" + kind.label() + ") cannot end on " + end
                    + ", before it starts on " + start);
        }
    }

    /**
     * A closed suspension covering {@code start} to {@code end}, both inclusive.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static Suspension of(SuspensionKind kind, LocalDate start, LocalDate end) {
        return new Suspension(kind, start, Objects.requireNonNull(end, "end"));
    }

    /** An open (still running) suspension that started on {@code start}. */
    public static Suspension open(SuspensionKind kind, LocalDate start) {
        return new Suspension(kind, start, null);
    }

    /** Whether this suspension is still running (its end is not known yet). */
    public boolean isOpen() {
        return end == null;
    }

    /** The last day not counted, empty while the suspension is open. */
    public Optional<LocalDate> findEnd() {
        return Optional.ofNullable(end);
    }

    /**
     * This suspension, closed with {@code end} as its last day not counted.
     *
     * @throws IllegalArgumentException if {@code end} is before the start
     */
    public Suspension withEnd(LocalDate end) {
        return of(kind, start, end);
    }

    /** Whether {@code date} is inside this suspension (an open suspension covers every day from its start). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** The text form, e.g. {@code "expert review 2025-01-20..2025-02-07"} or {@code "hearing 2025-03-03..open"}. */
    @Override
    public String toString() {
        return kind.label() + " " + start + ".." + (end == null ? "open" : end.toString());
    }
}
