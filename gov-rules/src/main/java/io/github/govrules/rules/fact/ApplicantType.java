package io.github.govrules.rules.fact;

/**
 * The kind of applicant (申请人类型): a natural person (自然人) or a legal person (法人).
 *
 * @since 0.1.0
 */
public enum ApplicantType {
    /** A natural person (自然人). */
    NATURAL_PERSON,
    /** A legal person or other organization (法人或其他组织). */
    LEGAL_PERSON
}
