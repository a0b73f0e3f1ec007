package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * already loaded (such as a newer {@code CN} with next year's notice) replaces it, and a
     * note on {@code err} says so, naming the overlays loaded before it that keep the replaced
     * calendar as their base.
     *
     * @throws CliInputException naming the option and the known ids when the id is malformed or
     *                           unknown, or the file when it is missing
     */
    static WorkingDayCalendar resolve(String id, PrintWriter err, Path... files) {
        Calendars registry = Calendars.standard();
        for (Path file : files) {
            CliFiles.requireFile(file, "--calendar-file");
            ImmutableWorkingDayCalendar loaded = registry.read(file);
            Optional<WorkingDayCalendar> old = registry.findCalendar(loaded.id());
            if (old.isPresent()) {
                List<CalendarId> overlays = new ArrayList<>();
                for (CalendarId other : registry.ids()) {
                    if (registry.calendar(other) instanceof ImmutableWorkingDayCalendar c
                            && c.baseId().equals(Optional.of(loaded.id()))) {
                        overlays.add(other);
                    }
                }
                err.println("note: --calendar-file " + file + ": calendar " + loaded.id() + " (" + loaded.coverageStart()
                        + " to " + loaded.coverageEnd() + ") replaces the " + loaded.id() + " loaded before it ("
                        + old.get().coverageStart() + " to " + old.get().coverageEnd() + ")"
                        + (overlays.isEmpty() ? "" : "; overlays loaded before it keep that one as their base: " + overlays));
            }
            registry = registry.with(loaded);
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
