package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.ImmutableWorkingDayCalendar;
import io.github.govrules.calendar.WorkingDayCalendar;

/** Looks up the calendar named by a {@code --calendar} option, optionally after loading files. */
final class CliCalendars {

    private CliCalendars() {
    }

    /**
     * The calendar with the id from the bundled registry.
     *
     * @throws CliInputException naming the option and the known ids when the id is malformed or unknown
     */
    static WorkingDayCalendar resolve(String id) {
        return resolve(id, new PrintWriter(Writer.nullWriter()));
    }

    /**
     * The calendar with the id from the bundled registry, extended by the given data files
     * (an integrator's own calendars or overlays). A file whose calendar has the id of one
     * already loaded adds years to it (such as next year's notice for {@code CN}), and a note on
     * {@code err} says so.
     *
     * @throws CliInputException naming the option and the known ids when the id is malformed or
     *                           unknown, or the file when it is missing
     */
    static WorkingDayCalendar resolve(String id, PrintWriter err, Path... files) {
        Calendars registry = Calendars.standard();
        for (Path file : files) {
            registry = load(registry, file, err);
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

    /**
     * The registry with one more {@code --calendar-file}; when the file adds years to a calendar
     * already loaded, a note on {@code err} says which.
     */
    static Calendars load(Calendars registry, Path file, PrintWriter err) {
        CliFiles.requireFile(file, "--calendar-file");
        Calendars loaded = registry.withFile(file);
        for (CalendarId id : registry.ids()) {
            WorkingDayCalendar before = registry.calendar(id);
            WorkingDayCalendar after = loaded.calendar(id);
            if (after != before && after instanceof ImmutableWorkingDayCalendar c && !c.notices().equals(notices(before))) {
                err.println("note: --calendar-file " + file + ": calendar " + id + " now covers " + c.coverageStart()
                        + " to " + c.coverageEnd() + " (before: " + before.coverageStart() + " to " + before.coverageEnd()
                        + "); notices added: " + String.join(", ", c.notices().stream()
                        .filter(n -> !notices(before).contains(n)).map(n -> n.key() + " (" + n + ")").toList()));
            }
        }
        return loaded;
    }

    private static List<io.github.govrules.calendar.Notice> notices(WorkingDayCalendar calendar) {
        return calendar instanceof ImmutableWorkingDayCalendar c ? c.notices() : List.of();
    }
}
