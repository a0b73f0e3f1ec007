package io.github.govrules.core.item;

/**
 * The provincial case kind (办件类别), finer than the {@link NationalCaseType}: the
 * "six kinds" of practice (六件六制) plus reported-up cases.
 *
 * @since 0.1.0
 */
public enum CaseKind {
    /** Immediate case (即办件), handled on the spot; national type 1. */
    IMMEDIATE,
    /** Promised case (承诺件), finished within the promised limit; national type 2. */
    PROMISED,
    /** Joint case (联办件): several departments, parallel approval (Licensing Law Art. 26). */
    JOINT,
    /** Major case (重大件), handled jointly after collective review. */
    MAJOR,
    /** Controlled case (控制件): the applicant gets a clear answer. */
    CONTROLLED,
    /** Special case (特别件): on-site inspection, hearing or expert review. */
    SPECIAL,
    /** Reported-up case (上报件): reviewed here, decided by a higher level (Art. 43). */
    REPORTED_UP
}
