package io.github.govrules.examples.cli;

/**
 * Bad input given to the command-line tool: a missing or unreadable file, malformed content,
 * an unknown pack or calendar, a date outside a calendar's data. The CLI prints the message as
 * one line on stderr and exits with status {@link GovCli#EXIT_BAD_INPUT}.
 *
 * <p>The message always names what was wrong and where (file, line, option, date).
 *
 * @since 0.1.0
 */
public final class CliInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one sentence naming what was wrong and where
     */
    public CliInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause (shown only with {@code --verbose}).
     *
     * @param message one sentence naming what was wrong and where
     * @param cause   the underlying error
     */
    public CliInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
