package io.github.govrules.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json|csv} option of every command that prints results (a picocli mixin). */
final class FormatOption {

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "Output: text (for people), json or csv (for scripts; stable fields, see the README). Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.TEXT;

    boolean isText() {
        return format == OutputFormat.TEXT;
    }
}
