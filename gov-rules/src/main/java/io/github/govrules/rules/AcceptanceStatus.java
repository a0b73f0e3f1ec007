package io.github.govrules.rules;

/**
 * What the completeness rules decided about acceptance (受理).
 *
 * @since 0.1.0
 */
public enum AcceptanceStatus {
    /** Materials complete and in legal form: accepted (予以受理, 行政许可法 第三十二条第一款第五项). */
    ACCEPTED,
    /** Accepted with non-key materials tolerated missing (容缺受理), each to be supplemented by its due date. */
    ACCEPTED_WITH_TOLERATED_GAPS,
    /** Incomplete: the applicant gets a one-time notice (一次性告知) of everything to supplement (补正). */
    CORRECTION_REQUIRED,
    /** Incomplete, but no notice was given within five working days: counts as accepted on receipt (第三十二条). */
    DEEMED_ACCEPTED
}
