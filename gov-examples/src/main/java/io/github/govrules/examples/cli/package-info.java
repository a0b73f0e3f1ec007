/**
 * The {@code gov} command-line tool (picocli): {@code demo}, {@code deadline},
 * {@code calendar}, {@code check}, {@code lint} and {@code stats}. Entry point
 * {@link io.github.govrules.examples.cli.GovCli}; exit status 0 on success, 1 when a command ran
 * but found problems, 2 on bad input (one line on stderr, no stack trace unless
 * {@code --verbose}).
 */
package io.github.govrules.examples.cli;
