package io.github.govrules.core.hall;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A range of office hours within one day, such as {@code 08:30-12:00}; the start is inclusive,
 * the end exclusive. Its text form, used in YAML, is {@code "HH:mm-HH:mm"}.
 *
 * @param startInclusive when the window opens
 * @param endExclusive   when it closes, after the start
 * @since 0.1.0
 */
public record TimeRange(LocalTime startInclusive, LocalTime endExclusive) {

    /**
     * Creates a range.
     *
     * @throws IllegalArgumentException if the end is not after the start
     */
    public TimeRange {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException("office hours " + startInclusive + "-" + endExclusive + " end before they start");
        }
    }

    /**
     * Parses {@code "HH:mm-HH:mm"}.
     *
     * @param text the text
     * @return the range
     * @throws IllegalArgumentException naming the text if it is not of that form
     */
    @JsonCreator
    public static TimeRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length == 2) {
            try {
                return new TimeRange(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        throw new IllegalArgumentException("office hours '" + text + "' must look like '08:30-12:00'");
    }

    /** Whether the time is in the range. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(startInclusive) && time.isBefore(endExclusive);
    }

    /** The text form {@code "HH:mm-HH:mm"}. */
    @JsonValue
    @Override
    public String toString() {
        return startInclusive + "-" + endExclusive;
    }
}
