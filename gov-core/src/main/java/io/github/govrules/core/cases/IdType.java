package io.github.govrules.core.cases;

/**
 * The type of identity document of a party (证件类型).
 *
 * @since 0.1.0
 */
public enum IdType {
    /** Resident identity card (居民身份证), 18 characters with a check digit. */
    RESIDENT_ID_CARD,
    /** Passport (护照). */
    PASSPORT,
    /** Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证). */
    HK_MACAO_PERMIT,
    /** Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证). */
    TAIWAN_PERMIT,
    /** Unified social credit code (统一社会信用代码) of a legal person, 18 characters with a check character. */
    UNIFIED_SOCIAL_CREDIT_CODE,
    /** Any other document. */
    OTHER
}
