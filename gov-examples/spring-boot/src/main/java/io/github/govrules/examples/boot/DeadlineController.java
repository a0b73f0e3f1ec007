package io.github.govrules.examples.boot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.TimeLimit;

/** {@code POST /deadline}: the due date of a time limit, as {@code gov deadline} gives it. */
@RestController
class DeadlineController {

    /**
     * The request: a calendar id, the start day (not counted), and exactly one of the limits.
     *
     * @param calendar    the calendar id, {@code CN} when absent
     * @param from        the start day, ISO ({@code 2025-09-19})
     * @param workingDays a limit in working days
     * @param naturalDays a limit in natural days
     */
    record DeadlineRequest(String calendar, String from, Integer workingDays, Integer naturalDays) {
    }

    /**
     * The answer.
     *
     * @param calendar the calendar counted by
     * @param from     the start day
     * @param limit    the limit, in words
     * @param due      the due date
     */
    record DeadlineResponse(String calendar, LocalDate from, String limit, LocalDate due) {
    }

    private final Calendars calendars;

    DeadlineController(Calendars calendars) {
        this.calendars = calendars;
    }

    @PostMapping("/deadline")
    DeadlineResponse deadline(@RequestBody DeadlineRequest request) {
        String id = request.calendar() == null ? "CN" : request.calendar();
        WorkingDayCalendar calendar;
        try {
            calendar = calendars.calendar(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("$.calendar", e.getMessage());
        }
        if (request.from() == null) {
            throw new BadRequestException("$.from", "the start day is required (ISO, e.g. 2025-09-19)");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(request.from());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("$.from", "'" + request.from() + "' is not a valid date (" + e.getMessage() + ")");
        }
        if ((request.workingDays() == null) == (request.naturalDays() == null)) {
            throw new BadRequestException("$", "give exactly one of workingDays and naturalDays");
        }
        TimeLimit limit;
        try {
            limit = request.workingDays() != null
                    ? TimeLimit.workingDays(request.workingDays())
                    : TimeLimit.naturalDays(request.naturalDays());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(request.workingDays() != null ? "$.workingDays" : "$.naturalDays", e.getMessage());
        }
        LocalDate due = Deadlines.dueDate(calendar, from, limit);   // DateOutOfCoverageException beyond the data
        return new DeadlineResponse(calendar.id().toString(), from, limit.toString(), due);
    }
}
