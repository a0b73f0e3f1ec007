package io.github.govrules.examples.cli;

/**
 * What a command prints its results as: {@code text} for people, {@code json} and {@code csv}
 * for scripts (their fields are listed in the gov-examples README, "Output formats", and kept
 * stable: fields are only ever added, at the end for CSV).
 *
 * @since 0.1.0
 */
public enum OutputFormat {
    /** Aligned text for people, in the {@code --lang} language. */
    TEXT,
    /** JSON (UTF-8, English field names, ISO-8601 dates). */
    JSON,
    /** CSV (RFC 4180: comma-separated, a header line, fields quoted when they hold a comma, quote or line break). */
    CSV
}
