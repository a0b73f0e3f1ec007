package io.github.govrules.core.item;

/**
 * Where a material comes from (来源渠道).
 *
 * @since 0.1.0
 */
public enum MaterialSource {
    /** Produced by the applicant (申请人自备). */
    APPLICANT,
    /** Issued by a government department (政府部门核发). */
    GOVERNMENT,
    /** Anything else, e.g. a bank or an employer (其他). */
    OTHER
}
