package io.github.govrules.rules;

import io.github.govrules.rules.internal.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of checking one case against a rule pack: acceptance, the one-time notice,
 * the classification, the due dates that follow, and the decision receipt explaining it all.
 *
 * <p>Immutable and thread-safe. {@link #toJson()} gives a stable JSON form.
 *
 * @param caseNumber     the case number
 * @param status         what completeness decided
 * @param acceptedOn     the acceptance date, or null while a correction is required
 * @param notice         the one-time notice (empty when the materials are complete)
 * @param classification the kind and national type
 * @param dueDates       the due dates that follow (for a correction: the notice deadline only)
 * @param receipt        the decision receipt
 * @since 0.1.0
 */
public record Evaluation(String caseNumber, AcceptanceStatus status, LocalDate acceptedOn, OneTimeNotice notice,
                      Classification classification, List<DueDate> dueDates, DecisionReceipt receipt) {

    /**
     * Creates the evaluation.
     *
     * @throws NullPointerException if a component other than {@code acceptedOn} is null
     */
    public Evaluation {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(dueDates, "dueDates");
        dueDates = List.copyOf(dueDates);
        Objects.requireNonNull(receipt, "receipt");
    }

    /** The due date with the given label ({@code "promised"}, {@code "statutory"}, {@code "notice"}…), if any. */
    public Optional<DueDate> dueDate(String label) {
        Objects.requireNonNull(label, "label");
        return dueDates.stream().filter(d -> d.label().equals(label)).findFirst();
    }

    /** This evaluation as pretty-printed JSON (dates as ISO-8601 text). */
    public String toJson() {
        return Json.write(this);
    }
}
