package io.github.govrules.core.cases;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.DuePolicy;
import io.github.govrules.core.item.NationalCaseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a rule pack decided about an accepted case, as its acceptance event records it: the kind
 * (办件类别) and national type (办件类型), the day acceptance counts from, and the limits the case's
 * clock counts with. From then on the clock ({@link CaseClocks}), seals ({@code SealPolicy}) and
 * indicators ({@code Indicators}) read the case's kind from here, not from a kind the case file declared.
 *
 * <p>In JSON, inside an {@code accepted} or {@code accepted-with-gaps} event:
 * {@code "decision": {"kind": "joint", "nationalType": 2, "due": "JOINT", "acceptedOn": "2025-09-19",
 * "promisedLimit": "15 working days", "statutoryLimit": "45 working days", "decidedBy": "cn-sc 2025.1"}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind           the decided kind (its code in JSON)
 * @param nationalType   the national type the kind maps to
 * @param due            the kind's due policy
 * @param acceptedOn     the day acceptance counts from: the acceptance day, or the day of receipt when
 *                       the case was deemed accepted (Licensing Law Art. 32(4))
 * @param promisedLimit  the promised limit the clock counts (承诺时限)
 * @param statutoryLimit the statutory limit the clock counts (法定时限): for joint handling the 45
 *                       working days of Art. 42(2)
 * @param decidedBy      what decided: the pack id and version, e.g. {@code cn-sc 2025.1}
 * @since 0.1.0
 */
public record KindDecision(CaseKind kind, NationalCaseType nationalType, DuePolicy due, LocalDate acceptedOn,
                           TimeLimit promisedLimit, TimeLimit statutoryLimit,
                           @NotBlank @Size(max = 200) String decidedBy) {

    /**
     * Creates the decision; the kind takes the national type and due policy given beside it.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the due policy and national type disagree (on-the-spot kinds,
     *                                  and only they, are type 1)
     */
    public KindDecision {
        Checks.required(kind, "kind");
        Checks.required(nationalType, "nationalType");
        Checks.required(due, "due");
        Checks.required(acceptedOn, "acceptedOn");
        Checks.required(promisedLimit, "promisedLimit");
        Checks.required(statutoryLimit, "statutoryLimit");
        Checks.required(decidedBy, "decidedBy");
        kind = CaseKind.of(kind.code(), nationalType, due, kind.nameZh(), kind.nameEn());
    }

    /**
     * A decision for {@code kind}, with its national type and due policy.
     *
     * @param kind           the decided kind
     * @param acceptedOn     the day acceptance counts from
     * @param promisedLimit  the promised limit
     * @param statutoryLimit the statutory limit
     * @param decidedBy      the pack id and version
     * @return the decision
     */
    public static KindDecision of(CaseKind kind, LocalDate acceptedOn, TimeLimit promisedLimit, TimeLimit statutoryLimit,
                                  String decidedBy) {
        Checks.required(kind, "kind");
        return new KindDecision(kind, kind.nationalType(), kind.due(), acceptedOn, promisedLimit, statutoryLimit, decidedBy);
    }
}
