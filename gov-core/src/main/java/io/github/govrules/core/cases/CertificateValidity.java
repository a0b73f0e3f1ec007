package io.github.govrules.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a certificate issued at completion is valid (证照有效期): until a date, or long-term
 * (长期有效). The validity starts on the day the certificate is issued, the day of the
 * {@link CaseEvent.Completed completion}.
 *
 * <p>In JSON and YAML it is written as text: the last day of validity as {@code "yyyy-MM-dd"}
 * (inclusive: {@code "2031-10-08"} means valid to the end of that day), or {@code "long-term"}.
 * Anything else is refused naming the field, line and column.
 *
 * <p>Made only by {@link #until(LocalDate)}, {@link #longTerm()} and {@link #parse(String)}:
 * there is no constructor, so a {@code null} never stands for long-term (a {@code null}
 * {@link CaseEvent.Completed#certificateValidity()} means the validity was not given). Two
 * validities are equal when both are long-term or both end on the same day.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CertificateValidity {

    /** The text form of a long-term validity (长期有效). */
    public static final String LONG_TERM_TEXT = "long-term";

    private static final CertificateValidity LONG_TERM = new CertificateValidity(null);

    /** The last day of validity, inclusive; null exactly for {@link #LONG_TERM}. */
    private final LocalDate lastDay;

    private CertificateValidity(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    private static final String EXPECTED =
            "a certificate validity is the last day it is valid (yyyy-MM-dd) or '" + LONG_TERM_TEXT + "' (长期有效)";

    /**
     * A validity that ends on a date.
     *
     * @param lastDay the last day of validity, inclusive (有效期至)
     * @return the validity
     * @throws NullPointerException if {@code lastDay} is null
     */
    public static CertificateValidity until(LocalDate lastDay) {
        return new CertificateValidity(Objects.requireNonNull(lastDay, "lastDay"));
    }

    /**
     * A long-term validity (长期有效): no end date.
     *
     * @return the validity
     */
    public static CertificateValidity longTerm() {
        return LONG_TERM;
    }

    /**
     * Reads the text form.
     *
     * @param text {@code "yyyy-MM-dd"} (the last day of validity) or {@code "long-term"}
     * @return the validity
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is neither
     */
    public static CertificateValidity parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals(LONG_TERM_TEXT)) {
            return LONG_TERM;
        }
        try {
            if (text.length() == 10) {
                return until(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            // reported below, in the user's words
        }
        throw new IllegalArgumentException(EXPECTED + ", but was '" + text + "'");
    }

    /**
     * Reads the JSON or YAML value: text only, so that a number or an object is refused with the
     * same message as malformed text (the reader locates it at the field).
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CertificateValidity fromJson(JsonNode node) {
        if (node.isTextual()) {
            return parse(node.textValue());
        }
        String got = node.isNumber() ? "the number " + node : node.isBoolean() ? node.toString()
                : node.isArray() ? "a list" : node.isObject() ? "an object" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
        throw new IllegalArgumentException(EXPECTED + ", but was " + got);
    }

    /**
     * Whether the certificate is valid without an end date (长期有效).
     *
     * @return true when long-term
     */
    @JsonIgnore // not a JSON property: the value is written and read as text only
    public boolean isLongTerm() {
        return lastDay == null;
    }

    /**
     * The last day of validity (有效期至), inclusive.
     *
     * @return the last day
     * @throws IllegalStateException if the validity is long-term (it has no last day)
     */
    public LocalDate lastDay() {
        if (lastDay == null) {
            throw new IllegalStateException("a long-term validity (长期有效) has no last day:"
                    + " ask isLongTerm() or findUntil() first");
        }
        return lastDay;
    }

    /**
     * The last day of validity, if there is one.
     *
     * @return the last day; empty when long-term
     */
    public Optional<LocalDate> findUntil() {
        return Optional.ofNullable(lastDay);
    }

    /**
     * Whether a certificate issued on {@code issued} with this validity is valid on a day: on or
     * after the day of issue and, unless long-term, not after the last day.
     *
     * @param issued the day the certificate was issued (the completion date)
     * @param day    the day asked about
     * @return true when valid on that day
     */
    public boolean isValidOn(LocalDate issued, LocalDate day) {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(day, "day");
        return !day.isBefore(issued) && (lastDay == null || !day.isAfter(lastDay));
    }

    /**
     * The text form: the last day as {@code yyyy-MM-dd}, or {@code long-term}.
     *
     * @return the text that {@link #parse(String)} reads back to an equal value
     */
    @JsonValue
    @Override
    public String toString() {
        return lastDay == null ? LONG_TERM_TEXT : lastDay.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateValidity other && Objects.equals(lastDay, other.lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(lastDay);
    }
}
