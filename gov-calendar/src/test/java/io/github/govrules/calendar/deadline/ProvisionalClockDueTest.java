package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clock opted in to provisional dates says so in the type of its due dates (review finding:
 * {@code statutoryDue()} returned a guessed 2027 date as a plain {@code Optional<LocalDate>}).
 */
class ProvisionalClockDueTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 12, 10);

    private static CaseClock clock() {
        return CaseClock.start(CN, ACCEPTED, TimeLimit.workingDays(20), TimeLimit.workingDays(10));
    }

    @Test
    void plainDueDatesAreExactOrThrowEvenOnAProvisionalClock() {
        CaseClock provisional = clock().withProvisionalDates();
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class, provisional::statutoryDue);
        assertTrue(e.getMessage().contains("2020-01-01 to 2026-12-31"), e.getMessage());
        assertThrows(DateOutOfCoverageException.class, () -> provisional.statutoryDueAsOf(ACCEPTED));
        // 12/11 (1), 12/14–18 (6), 12/21–24 (10): covered, so exact on either clock
        assertEquals(Optional.of(LocalDate.of(2026, 12, 24)), provisional.promisedDue());
        assertEquals(LocalDate.of(2026, 12, 24), provisional.promisedDueAsOf(ACCEPTED));
    }

    @Test
    void theAnswerTypedDueDatesNameTheYearsGuessed() {
        CaseClock provisional = clock().withProvisionalDates();
        // 12/25 (11), 12/28–31 (15), 2027 by its statutory days: 1/1 off (New Year's Day), 1/4–8 (20)
        assertEquals(Optional.of(CalendarAnswer.provisional(LocalDate.of(2027, 1, 8), CalendarId.CN,
                List.of(Year.of(2027)))), provisional.statutoryDueAnswer());
        assertEquals(Optional.of(CalendarAnswer.exact(LocalDate.of(2026, 12, 24), CalendarId.CN)),
                provisional.promisedDueAnswer());
        // a strict clock answers exactly or throws, as its plain queries do
        CaseClock strict = clock();
        assertThrows(DateOutOfCoverageException.class, strict::statutoryDueAnswer);
        assertEquals(Optional.of(CalendarAnswer.exact(LocalDate.of(2026, 12, 24), CalendarId.CN)),
                strict.promisedDueAnswer());
        // while a suspension is open, no due date is known: empty, as the plain queries
        CaseClock suspended = provisional.suspend(SuspensionKind.TESTING, LocalDate.of(2026, 12, 14));
        assertEquals(Optional.empty(), suspended.statutoryDueAnswer());
        assertEquals(Optional.empty(), suspended.promisedDueAnswer());
        // the projection with the suspension taken to end on a day is marked too, in the explanation
        DeadlineExplanation projected = suspended.explainStatutory(LocalDate.of(2026, 12, 15));
        assertEquals(List.of(Year.of(2027)), projected.provisionalYears());
    }
}
