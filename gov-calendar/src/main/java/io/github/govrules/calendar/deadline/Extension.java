package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension (延期) of a time limit, granted once per clock (Administrative Licensing Law
 * Art. 42): {@code workingDays} more working days, approved by {@code approver} on
 * {@code grantedOn}, with the {@code reason} told to the applicant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param workingDays the number of working days added, 1 or more
 * @param grantedOn   the day the extension was approved; it must not be after the due date it extends
 * @param approver    who approved it (the agency head, or the head of government for joint handling)
 * @param reason      the reason given to the applicant
 * @since 0.1.0
 */
public record Extension(int workingDays, LocalDate grantedOn, String approver, String reason) {

    /**
     * Creates an extension.
     *
     * @throws IllegalArgumentException if {@code workingDays} is not positive or the approver or reason is blank
     */
    public Extension {
        Objects.requireNonNull(grantedOn, "grantedOn");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(reason, "reason");
        if (workingDays < 1) {
            throw new IllegalArgumentException("An extension adds at least 1 working day, but was " + workingDays
                    + " (granted on " + grantedOn + ")");
        }
        if (approver.isBlank()) {
            throw new IllegalArgumentException("An extension needs an approver (Art. 42), granted on " + grantedOn);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("An extension needs a reason told to the applicant (Art. 42), granted on "
                    + grantedOn);
        }
    }

    /** The ordinary Art. 42 ¶1 extension: 10 working days with the agency head's approval. */
    public static Extension ordinary(LocalDate grantedOn, String approver, String reason) {
        return new Extension(HandlingMode.ORDINARY.maxExtensionDays(), grantedOn, approver, reason);
    }

    /** The Art. 42 ¶2 extension for joint handling: 15 working days with the government head's approval. */
    public static Extension joint(LocalDate grantedOn, String approver, String reason) {
        return new Extension(HandlingMode.JOINT.maxExtensionDays(), grantedOn, approver, reason);
    }
}
