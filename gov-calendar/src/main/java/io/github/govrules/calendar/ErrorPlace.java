package io.github.govrules.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Where an error is (出错位置): a file (a path or a {@code classpath:} resource), a line and column in it
 * (from 1; 0 when unknown), a JSON path into the document (such as {@code $.materials[1].count}), and
 * a date (the date that is out of the data, the event date that breaks a rule). Every part is optional:
 * null or 0 when unknown. Immutable.
 *
 * @param file   the file or resource, or null
 * @param line   the line, from 1; 0 when unknown
 * @param column the column (characters, from 1); 0 when unknown or when {@code line} is
 * @param path   the JSON path, or null
 * @param date   the date, or null
 * @since 0.1.0
 */
public record ErrorPlace(String file, int line, int column, String path, LocalDate date) implements Serializable {

    /** Nowhere in particular. */
    public static final ErrorPlace UNKNOWN = new ErrorPlace(null, 0, 0, null, null);

    /**
     * Creates a place.
     *
     * @throws IllegalArgumentException if the line or column is negative, a column is given without a line,
     *                                  or the file or path is blank
     */
    public ErrorPlace {
        if (line < 0 || column < 0 || (line == 0 && column > 0)) {
            throw new IllegalArgumentException("line and column are from 1 (0 when unknown, a column only with a line):"
                    + " line " + line + ", column " + column);
        }
        if (file != null && file.isBlank() || path != null && path.isBlank()) {
            throw new IllegalArgumentException("a file or path is null when unknown, never blank");
        }
    }

    /** A place in a file (null or blank when unknown); a line or column of 0 or below is unknown. */
    public static ErrorPlace of(String file, int line, int column) {
        int l = Math.max(0, line);
        return new ErrorPlace(file == null || file.isBlank() ? null : file, l, l == 0 ? 0 : Math.max(0, column), null, null);
    }

    /** A date, nowhere else. */
    public static ErrorPlace of(LocalDate date) {
        return new ErrorPlace(null, 0, 0, null, date);
    }

    /** This place with a JSON path (null or blank when unknown). */
    public ErrorPlace withPath(String jsonPath) {
        return new ErrorPlace(file, line, column, jsonPath == null || jsonPath.isBlank() ? null : jsonPath, date);
    }

    /** This place with a date. */
    public ErrorPlace withDate(LocalDate day) {
        return new ErrorPlace(file, line, column, path, day);
    }

    /** Whether nothing is known. */
    public boolean isUnknown() {
        return file == null && line == 0 && path == null && date == null;
    }

    /** {@code file:line:column path date}, the parts known; the empty string when nothing is. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (line > 0) {
            sb.append(file == null ? "line " : ":").append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (path != null) {
            sb.append(sb.length() == 0 ? "" : " ").append(path);
        }
        if (date != null) {
            sb.append(sb.length() == 0 ? "" : " ").append(date);
        }
        return sb.toString();
    }
}
