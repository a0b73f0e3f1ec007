/**
 * gov-calendar: working-day calendars of mainland China and the deadline calculator.
 *
 * <p>API: {@code io.github.govrules.calendar} (calendars), {@code io.github.govrules.calendar.deadline}
 * (time limits, case clocks) and {@code io.github.govrules.calendar.testing} (random generators for
 * tests). {@code io.github.govrules.calendar.internal} is shared with gov-core only (qualified export),
 * never with applications.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.govrules.calendar {
    requires org.slf4j;

    exports io.github.govrules.calendar;
    exports io.github.govrules.calendar.deadline;
    exports io.github.govrules.calendar.testing;
    exports io.github.govrules.calendar.deadline.testing;

    exports io.github.govrules.calendar.internal to io.github.govrules.core;

    // the bundled calendar data (io/github/govrules/calendar/data/*.cal) is read through a class loader
    opens io.github.govrules.calendar.data;
}
