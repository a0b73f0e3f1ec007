package io.github.govrules.core.io;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;
import java.util.Objects;

/**
 * An input file or text that cannot be read into the model: not well-formed JSON or YAML,
 * too large, an unknown field, a value of the wrong type, a missing required field, or a
 * value the model's constructor rejects.
 *
 * <p>The message names the source, the JSON path, the line and column where known, and the
 * problem, e.g. {@code "case.json: $.materials[1].count (line 14, column 16): expected an
 * integer, got the string \"two\""}. The original parser exception is kept as the cause for
 * debugging, but the message never depends on it.
 *
 * @since 0.1.0
 */
public final class ModelReadException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the source, JSON path, line and column */
    public static final String CODE = "core.read";

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param source  the file name or "&lt;string&gt;"
     * @param path    the JSON path, e.g. {@code $.items[0].name}; {@code $} for the root
     * @param line    the 1-based line, or -1 when unknown
     * @param column  the 1-based column, or -1 when unknown
     * @param problem what is wrong
     * @param cause   the underlying parser exception, or null
     */
    public ModelReadException(String source, String path, int line, int column, String problem, Throwable cause) {
        super(CODE, ErrorPlace.of(source, line, column).withPath(path), format(source, path, line, column, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String source, String path, int line, int column, String problem) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return source + ": " + path + where + ": " + problem;
    }

    /** The file name or "&lt;string&gt;". */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, e.g. {@code $.items[0].materials[2].code}. */
    public String path() {
        return path;
    }

    /** The 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
