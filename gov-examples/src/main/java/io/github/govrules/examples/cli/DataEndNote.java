package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

import io.github.govrules.calendar.WorkingDayCalendar;

/**
 * The note on stderr when an answer lies in the last month of the calendar's data: the next
 * year's notice is not loaded, and the next answer may be refused (issue 17.3).
 */
final class DataEndNote {

    private DataEndNote() {
    }

    /** The note for an answer, or null when it does not lie in the last month of the data. */
    static String note(WorkingDayCalendar calendar, LocalDate answer) {
        LocalDate end = calendar.coverageEnd();
        if (answer.isAfter(end) || !answer.isAfter(end.minusMonths(1))) {
            return null;
        }
        int next = end.getYear() + 1;
        return "note: " + answer + " lies in the last month of calendar " + calendar.id() + "'s data (to " + end
                + "), and no notice for " + next + " is loaded: a limit that runs into " + next + " is refused (or, with"
                + " --provisional, answered provisionally) until it is; when it is published, write it as a calendar file,"
                + " check it with 'gov calendar check FILE' and load it with --calendar-file FILE";
    }

    /** Prints {@link #note} when there is one. */
    static void print(PrintWriter err, WorkingDayCalendar calendar, LocalDate answer) {
        String note = note(calendar, answer);
        if (note != null) {
            err.println(note);
        }
    }
}
