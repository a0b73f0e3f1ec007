package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The Administrative Licensing Law Art. 32 (4) window (一次性告知期限): when materials are
 * incomplete, the agency tells the applicant everything to supplement, on the spot or within
 * five working days of receipt, in one notice; if it does not, the application counts as
 * accepted on the day the materials were received.
 *
 * <p>The five days are counted from the day after receipt (Civil Code Art. 201) in working
 * days (Art. 82), so {@link #lastDay()} is the fifth working day after {@code receivedOn}.
 * Immutable.
 *
 * @param receivedOn the day the materials were received
 * @param lastDay    the last day a one-time notice is in time
 * @since 0.1.0
 */
public record NoticeWindow(LocalDate receivedOn, LocalDate lastDay) {

    /** The length of the window in working days. */
    public static final int WORKING_DAYS = 5;

    /**
     * Creates a window.
     *
     * @throws IllegalArgumentException if the last day is before receipt
     */
    public NoticeWindow {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(receivedOn)) {
            throw new IllegalArgumentException("Notice window cannot end on " + lastDay + ", before receipt on "
                    + receivedOn);
        }
    }

    /**
     * The window for materials received on {@code receivedOn}.
     *
     * @throws DateOutOfCoverageException if the window needs a date the calendar does not cover
     */
    public static NoticeWindow of(WorkingDayCalendar calendar, LocalDate receivedOn) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(receivedOn, "receivedOn");
        return new NoticeWindow(receivedOn, calendar.shift(receivedOn, WORKING_DAYS));
    }

    /** Whether a one-time notice given on {@code noticeOn} is in time (on or after receipt, by the last day). */
    public boolean isInTime(LocalDate noticeOn) {
        Objects.requireNonNull(noticeOn, "noticeOn");
        return !noticeOn.isBefore(receivedOn) && !noticeOn.isAfter(lastDay);
    }

    /**
     * The day the application counts as accepted when no one-time notice was given in time:
     * the day the materials were received (Art. 32 (4)); empty when the notice was in time, so
     * acceptance waits for the supplements (Art. 32 (5)).
     *
     * @param noticeOn the day the one-time notice was given, or empty if none was given
     * @param asOf     the day of the question; before the window closes, a missing notice can still come
     * @return the deemed acceptance date, empty if none (yet)
     */
    public Optional<LocalDate> deemedAcceptance(Optional<LocalDate> noticeOn, LocalDate asOf) {
        Objects.requireNonNull(noticeOn, "noticeOn");
        Objects.requireNonNull(asOf, "asOf");
        if (noticeOn.isPresent()) {
            return isInTime(noticeOn.get()) ? Optional.empty() : Optional.of(receivedOn);
        }
        return asOf.isAfter(lastDay) ? Optional.of(receivedOn) : Optional.empty();
    }
}
