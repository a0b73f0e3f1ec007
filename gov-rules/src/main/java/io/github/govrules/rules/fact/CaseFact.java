package io.github.govrules.rules.fact;

import io.github.govrules.core.cases.SubmittedMaterial;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The case (办件) being decided, as rules see it: its item, the situations (情形) the applicant
 * declared, the applicant, the materials handed in and the dates that matter.
 *
 * <p>The materials handed in are also in working memory, one {@link SubmittedMaterial} fact each;
 * {@link #submitted()} lets a rule test all of one material's submissions at once without a
 * {@code collect}, e.g. {@code eval( $c.hasSubmitted($m.code()) && !$m.missingForms($c.submitted()).isEmpty() )}.
 *
 * <p>Immutable and thread-safe. Rules read it; they never change it.
 *
 * @param caseNumber     the case number (办件编号), not blank
 * @param itemCode       the implementation code of the item applied for
 * @param situations     the situation codes that apply to this case, e.g. {@code "loan:bank-first"}, {@code "agent"}
 * @param applicant      the applicant
 * @param submitted      the materials handed in, as in working memory (since 0.1.0)
 * @param receivedOn     the day the materials were received (收件日期)
 * @param decisionDate   the day the hall decides on acceptance (受理决定日期); the pack in force on this day applies
 * @param noticeDeadline the last day for a one-time notice: five working days after receipt (行政许可法 第三十二条)
 * @since 0.1.0
 */
public record CaseFact(String caseNumber, String itemCode, Set<String> situations, ApplicantFact applicant,
                       List<SubmittedMaterial> submitted, LocalDate receivedOn, LocalDate decisionDate,
                       LocalDate noticeDeadline) {

    /**
     * Creates the case fact.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the case number is blank or the decision date is before receipt
     */
    public CaseFact {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(situations, "situations");
        situations = Set.copyOf(situations);
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(submitted, "submitted");
        submitted = List.copyOf(submitted);
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(noticeDeadline, "noticeDeadline");
        if (caseNumber.isBlank()) {
            throw new IllegalArgumentException("Case number must not be blank");
        }
        if (decisionDate.isBefore(receivedOn)) {
            throw new IllegalArgumentException("Case " + caseNumber + ": decision date " + decisionDate
                    + " is before the materials were received on " + receivedOn);
        }
    }

    /** Whether the case declares the situation {@code code}. */
    public boolean hasSituation(String code) {
        return situations.contains(code);
    }

    /** Whether some form of the material {@code code} was handed in. */
    public boolean hasSubmitted(String code) {
        for (int i = 0; i < submitted.size(); i++) {
            if (submitted.get(i).code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the decision date is after the Art. 32 notice deadline. */
    public boolean isPastNoticeDeadline() {
        return decisionDate.isAfter(noticeDeadline);
    }
}
