package io.github.govrules.rules.fact;

import java.util.Objects;

/**
 * The applicant (申请人) of a case, as rules see it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name     the applicant's name, not blank
 * @param type     natural or legal person
 * @param idType   the type of identity document, e.g. {@code "身份证"} or {@code "统一社会信用代码"}
 * @param idNumber the document number
 * @param hasAgent whether an agent (代理人) acts for the applicant
 * @since 0.1.0
 */
public record ApplicantFact(String name, ApplicantType type, String idType, String idNumber, boolean hasAgent) {

    /**
     * Creates the applicant fact.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ApplicantFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(idNumber, "idNumber");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Applicant name must not be blank");
        }
    }

    /** Whether the applicant is a natural person (自然人). */
    public boolean isNaturalPerson() {
        return type == ApplicantType.NATURAL_PERSON;
    }
}
