package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Art. 32 five-working-day notice window on the national calendar. */
class NoticeWindowTest {

    /** Thursday before National Day 2025: 9/26 (1), makeup Sunday 9/28 (2), 9/29 (3), 9/30 (4), 10/9 (5). */
    private static final LocalDate THU_2025_09_25 = LocalDate.of(2025, 9, 25);
    private static final NoticeWindow WINDOW = NoticeWindow.of(Calendars.cn(), THU_2025_09_25);

    @Test
    void lastDayIsTheFifthWorkingDayAfterReceipt() {
        assertEquals(LocalDate.of(2025, 10, 9), WINDOW.lastDay());
        // an ordinary week: received Monday 3/3, notice by Monday 3/10
        assertEquals(LocalDate.of(2025, 3, 10), NoticeWindow.of(Calendars.cn(), LocalDate.of(2025, 3, 3)).lastDay());
    }

    @Test
    void noticeIsInTimeFromReceiptThroughTheLastDay() {
        assertTrue(WINDOW.isInTime(THU_2025_09_25), "on the spot");
        assertTrue(WINDOW.isInTime(LocalDate.of(2025, 10, 9)));
        assertFalse(WINDOW.isInTime(LocalDate.of(2025, 10, 10)));
        assertFalse(WINDOW.isInTime(LocalDate.of(2025, 9, 24)), "before receipt");
    }

    @Test
    void missingOrLateNoticeMeansAcceptedOnReceipt() {
        assertEquals(Optional.empty(), WINDOW.deemedAcceptance(Optional.of(LocalDate.of(2025, 9, 30)),
                LocalDate.of(2025, 11, 1)), "notice in time: acceptance waits for the supplements");
        assertEquals(Optional.of(THU_2025_09_25), WINDOW.deemedAcceptance(Optional.of(LocalDate.of(2025, 10, 10)),
                LocalDate.of(2025, 10, 10)), "late notice");
        assertEquals(Optional.empty(), WINDOW.deemedAcceptance(Optional.empty(), LocalDate.of(2025, 10, 9)),
                "no notice yet, window still open");
        assertEquals(Optional.of(THU_2025_09_25), WINDOW.deemedAcceptance(Optional.empty(),
                LocalDate.of(2025, 10, 10)), "no notice, window closed");
    }

    @Test
    void uncoveredWindowFailsLoudly() {
        assertThrows(DateOutOfCoverageException.class,
                () -> NoticeWindow.of(Calendars.cn(), LocalDate.of(2026, 12, 28)));
        assertThrows(IllegalArgumentException.class,
                () -> new NoticeWindow(THU_2025_09_25, LocalDate.of(2025, 9, 24)));
    }
}
