package io.github.govrules.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The root of every error the library raises on purpose (gov-calendar, gov-core, gov-rules), so that an
 * application maps them all in one handler: a stable, machine-readable {@link #code()} (错误代码) such as
 * {@code "core.read"} or {@code "rules.pack"}, the {@link #place()} where the error is (file, line,
 * column, JSON path, date; each part only where known) and a message for people that names what was
 * wrong and where.
 *
 * <pre>{@code
 * try {
 *     ...
 * } catch (GovRulesException e) {
 *     log(e.code(), e.place(), e.getMessage());   // e.g. "core.read", "case.json:14:16 $.materials[1].count"
 * }
 * }</pre>
 *
 * <p>Each subtype declares its code as a constant {@code CODE}; the codes never change meaning and are
 * listed in the module READMEs. Bad arguments of a programming kind (a null, a negative count) stay the
 * JDK's {@code NullPointerException} and {@code IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public abstract class GovRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");

    private final String code;
    private final ErrorPlace place;

    /**
     * Creates the exception.
     *
     * @param code    the stable code, lower case words separated by dots and hyphens, e.g. {@code "calendar.format"}
     * @param place   where the error is; {@link ErrorPlace#UNKNOWN} when nowhere in particular
     * @param message the message, naming what was wrong and where
     * @param cause   the underlying exception, or null
     * @throws IllegalArgumentException if {@code code} is not of that form
     */
    protected GovRulesException(String code, ErrorPlace place, String message, Throwable cause) {
        super(message, cause);
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("An error code is lower-case words with dots, such as 'core.read': " + code);
        }
        this.code = code;
        this.place = Objects.requireNonNull(place, "place");
    }

    /** The stable, machine-readable code of this kind of error, e.g. {@code "rules.pack"}. */
    public final String code() {
        return code;
    }

    /** Where the error is: file, line, column, JSON path, date, each where known. */
    public final ErrorPlace place() {
        return place;
    }
}
