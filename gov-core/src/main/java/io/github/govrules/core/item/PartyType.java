package io.github.govrules.core.item;

/**
 * The kind of person an item serves or a case is filed by (服务对象 / 申请人类型).
 *
 * @since 0.1.0
 */
public enum PartyType {
    /** Natural person (自然人). */
    NATURAL_PERSON,
    /** Legal person or other organization (法人或其他组织). */
    LEGAL_PERSON
}
