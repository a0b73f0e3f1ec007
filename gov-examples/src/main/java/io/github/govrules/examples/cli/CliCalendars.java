package io.github.govrules.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;

/** Looks up the calendar named by a {@code --calendar} option, optionally after loading files. */
final class CliCalendars {

    private CliCalendars() {
    }

    /**
     * The calendar with the id from the bundled registry, extended by the given data files
     * (an integrator's own calendars or overlays).
     *
     * @throws CliInputException naming the option and the known ids when the id is malformed or
     *                           unknown, or the file when it is missing
     */
    static WorkingDayCalendar resolve(String id, Path... files) {
        Calendars registry = Calendars.standard();
        for (Path file : files) {
            CliFiles.requireNonEmpty(file.toString(), "--calendar-file");
            if (Files.isDirectory(file)) {
                throw new CliInputException("--calendar-file: " + file + " is a folder, not a calendar data file");
            }
            if (!Files.isRegularFile(file)) {
                throw new CliInputException("--calendar-file: no such file: " + file);
            }
            registry = registry.withFile(file);
        }
        CalendarId parsed;
        try {
            parsed = CalendarId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new CliInputException("--calendar: " + e.getMessage(), e);
        }
        final Calendars known = registry;
        return registry.findCalendar(parsed).orElseThrow(() -> new CliInputException(
                "--calendar: unknown calendar '" + id + "'; known calendars: " + known.ids()));
    }
}
