package io.github.govrules.calendar;

import java.util.Objects;

/**
 * Thrown when a calendar data file cannot be loaded: a syntax error, an impossible date, a
 * makeup working day that is not a weekend day, a date outside the declared coverage, an
 * overlay whose base calendar is unknown. The load fails; nothing is just logged.
 *
 * <p>The message names the file, the line and the reason, for example
 * {@code "cn-gx-2017.cal:14: Makeup working day 2017-04-07 is a FRIDAY; only weekend days [SATURDAY, SUNDAY] can be makeup working days"}.
 *
 * @since 0.1.0
 */
public final class CalendarFormatException extends GovRulesException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the file and line. */
    public static final String CODE = "calendar.format";

    private final String file;
    private final int line;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file   the file (path or classpath resource) that was being read
     * @param line   the line number, from 1; 0 when the problem concerns the whole file
     * @param reason what is wrong
     */
    public CalendarFormatException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    /**
     * Creates the exception with a cause, such as the I/O error that stopped the read.
     *
     * @param file   the file (path or classpath resource) that was being read
     * @param line   the line number, from 1; 0 when the problem concerns the whole file
     * @param reason what is wrong
     * @param cause  the cause, or null
     */
    public CalendarFormatException(String file, int line, String reason, Throwable cause) {
        super(CODE, ErrorPlace.of(Objects.requireNonNull(file, "file"), line, 0),
                file + (line > 0 ? ":" + line : "") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file (path or classpath resource) that was being read. */
    public String file() {
        return file;
    }

    /** The line number, from 1; 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }
}
