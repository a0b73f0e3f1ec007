package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.govrules.calendar.WorkingDayCalendar;
import picocli.CommandLine.Option;

/**
 * The {@code --calendar} and {@code --calendar-file} options shared by the commands that work on
 * one calendar (a picocli mixin).
 */
final class CalendarOptions {

    @Option(names = "--calendar", defaultValue = "CN", paramLabel = "ID",
            description = "Calendar id: CN (national) or a regional overlay such as CN-XJ. Default: ${DEFAULT-VALUE}.")
    String calendarId;

    @Option(names = "--calendar-file", paramLabel = "FILE",
            description = "Load an extra calendar or overlay data file first (repeatable).")
    List<Path> calendarFiles = new ArrayList<>();

    /**
     * The calendar the options name, after loading the extra files; a note about a replaced
     * calendar goes to {@code err}.
     *
     * @throws CliInputException as {@link CliCalendars#resolve(String, PrintWriter, Path...)}
     */
    WorkingDayCalendar resolve(PrintWriter err) {
        return CliCalendars.resolve(calendarId, err, calendarFiles.toArray(Path[]::new));
    }
}
