package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table tests of {@link Deadlines} against the real national calendar CN; every expected date
 * was counted by hand from the State Council notices (see the comments).
 */
class DeadlinesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();

    /** Friday before the 2025 National Day break (10/1–10/8; makeup Sunday 9/28, Saturday 10/11). */
    private static final LocalDate FRI_2025_09_19 = LocalDate.of(2025, 9, 19);
    /** Makeup working Sunday before National Day 2025. */
    private static final LocalDate MAKEUP_SUN_2025_09_28 = LocalDate.of(2025, 9, 28);
    /** Makeup working Saturday after National Day 2025. */
    private static final LocalDate MAKEUP_SAT_2025_10_11 = LocalDate.of(2025, 10, 11);
    /** Monday two weeks before Spring Festival 2025 (off 1/28–2/4; makeup Sunday 1/26, Saturday 2/8). */
    private static final LocalDate MON_2025_01_13 = LocalDate.of(2025, 1, 13);

    static Stream<Arguments> workingDayCases() {
        return Stream.of(
                // law.md worked example: 9/22–26 (5), 9/28 makeup (6), 9/29–30 (8), 10/9–10 (10),
                // 10/11 makeup (11), 10/13–17 (16), 10/20–23 (20)
                Arguments.of(FRI_2025_09_19, 20, LocalDate.of(2025, 10, 23)),
                // 1 working day after Friday 9/26 is the makeup Sunday 9/28
                Arguments.of(LocalDate.of(2025, 9, 26), 1, MAKEUP_SUN_2025_09_28),
                // 3 working days after 9/29: 9/30, then 10/9, 10/10
                Arguments.of(LocalDate.of(2025, 9, 29), 3, LocalDate.of(2025, 10, 10)),
                // across Spring Festival: 1/14–17 (4), 1/20–24 (9), 1/26 makeup (10), 1/27 (11),
                // 2/5–7 (14), 2/8 makeup (15), 2/10–14 (20)
                Arguments.of(MON_2025_01_13, 20, LocalDate.of(2025, 2, 14)),
                // 0 working days: the start day itself
                Arguments.of(FRI_2025_09_19, 0, FRI_2025_09_19));
    }

    @ParameterizedTest(name = "{1} working days from {0} -> {2}")
    @MethodSource("workingDayCases")
    void workingDayDueDates(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, Deadlines.dueDate(CN, start, TimeLimit.workingDays(days)));
    }

    static Stream<Arguments> naturalDayCases() {
        return Stream.of(
                // 9/16 + 15 = 10/1, National Day holiday through 10/8 -> 10/9 (Civil Code Art. 203)
                Arguments.of(LocalDate.of(2025, 9, 16), 15, LocalDate.of(2025, 10, 9)),
                // 1/1 + 30 = 1/31, Spring Festival through 2/4 -> 2/5
                Arguments.of(LocalDate.of(2025, 1, 1), 30, LocalDate.of(2025, 2, 5)),
                // 3/1 + 7 = Saturday 3/8 -> Monday 3/10
                Arguments.of(LocalDate.of(2025, 3, 1), 7, LocalDate.of(2025, 3, 10)),
                // 10/4 + 7 = 10/11, a makeup working Saturday: stays
                Arguments.of(LocalDate.of(2025, 10, 4), 7, MAKEUP_SAT_2025_10_11),
                // 3/3 + 10 = Thursday 3/13, a plain working day
                Arguments.of(LocalDate.of(2025, 3, 3), 10, LocalDate.of(2025, 3, 13)));
    }

    @ParameterizedTest(name = "{1} natural days from {0} -> {2}")
    @MethodSource("naturalDayCases")
    void naturalDayDueDates(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, Deadlines.dueDate(CN, start, TimeLimit.naturalDays(days)));
    }

    @Test
    void onTheSpotIsDueOnTheStartDay() {
        assertEquals(FRI_2025_09_19, Deadlines.dueDate(CN, FRI_2025_09_19, TimeLimit.onTheSpot()));
    }

    @Test
    void suspensionSpanningSpringFestivalIsNotCounted() {
        // counted 1/14–17, 1/20–21 (6); suspended 1/22–2/10; then 2/11–14 (10), 2/17–21 (15), 2/24–28 (20)
        Suspension review = Suspension.of(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 1, 22),
                LocalDate.of(2025, 2, 10));
        assertEquals(LocalDate.of(2025, 2, 28),
                Deadlines.dueDate(CN, MON_2025_01_13, TimeLimit.workingDays(20), List.of(review)));
    }

    @Test
    void overlappingSuspensionsAreCountedOnce() {
        // 9/22–24 and 9/23–26 cover 9/22–26: five working days, so 10/23 moves to 10/30
        List<Suspension> overlapping = List.of(
                Suspension.of(SuspensionKind.TESTING, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 24)),
                Suspension.of(SuspensionKind.APPRAISAL, LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 26)));
        assertEquals(LocalDate.of(2025, 10, 30),
                Deadlines.dueDate(CN, FRI_2025_09_19, TimeLimit.workingDays(20), overlapping));
    }

    @Test
    void suspensionAfterTheDueDateChangesNothing() {
        Suspension later = Suspension.of(SuspensionKind.HEARING, LocalDate.of(2025, 10, 24), LocalDate.of(2025, 11, 5));
        assertEquals(LocalDate.of(2025, 10, 23),
                Deadlines.dueDate(CN, FRI_2025_09_19, TimeLimit.workingDays(20), List.of(later)));
    }

    @Test
    void naturalDaysSkipSuspendedDaysToo() {
        // 3/3 + 10 natural days = 3/13; a 3-day inspection 3/5–3/7 moves the 10th counted day to
        // Sunday 3/16, and Art. 203 moves that to Monday 3/17
        Suspension inspection = Suspension.of(SuspensionKind.INSPECTION, LocalDate.of(2025, 3, 5),
                LocalDate.of(2025, 3, 7));
        assertEquals(LocalDate.of(2025, 3, 17),
                Deadlines.dueDate(CN, LocalDate.of(2025, 3, 3), TimeLimit.naturalDays(10), List.of(inspection)));
    }

    @Test
    void aSuspensionWhollyBeforeTheStartDayIsRefusedNamingTheDatesAsTheCaseClockRefusesIt() {
        Suspension before = Suspension.of(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5));
        String expected = "Refused suspension " + SuspensionKind.EXPERT_REVIEW.label() + " 2025-09-01..2025-09-05"
                + " (case accepted on 2025-09-19) on 2025-09-01: an event cannot be dated before the clock starts";
        TimeLimit twenty = TimeLimit.workingDays(20);
        for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> Deadlines.dueDate(CN, FRI_2025_09_19, twenty, List.of(before)),
                () -> Deadlines.explain(CN, FRI_2025_09_19, twenty, List.of(before)),
                () -> Deadlines.provisionalDueDate(CN, FRI_2025_09_19, twenty, List.of(before)),
                () -> Deadlines.explainProvisional(CN, FRI_2025_09_19, twenty, List.of(before)),
                () -> CaseClock.start(CN, FRI_2025_09_19, twenty, twenty).withSuspension(before))) {
            IllegalClockOperationException e = assertThrows(IllegalClockOperationException.class, call);
            assertEquals(ClockRule.BEFORE_START, e.rule());
            assertEquals(LocalDate.of(2025, 9, 1), e.date());
            assertEquals(expected, e.getMessage());
        }
        // one ending on the start day, or running across it, pauses what is after the start day: still answered
        Suspension touching = before.withEnd(FRI_2025_09_19);
        assertEquals(LocalDate.of(2025, 10, 23), Deadlines.dueDate(CN, FRI_2025_09_19, twenty, List.of(touching)));
        Suspension across = before.withEnd(LocalDate.of(2025, 9, 22));
        assertEquals(LocalDate.of(2025, 10, 24), Deadlines.dueDate(CN, FRI_2025_09_19, twenty, List.of(across)));
    }

    @Test
    void openSuspensionIsRefusedByTheOneCallApi() {
        Suspension open = Suspension.open(SuspensionKind.HEARING, LocalDate.of(2025, 9, 22));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Deadlines.dueDate(CN, FRI_2025_09_19, TimeLimit.workingDays(20), List.of(open)));
        assertTrue(e.getMessage().contains("hearing 2025-09-22..open"), e.getMessage());
    }

    @Test
    void explanationListsEveryDayWithItsTreatment() {
        DeadlineExplanation explanation = Deadlines.explain(CN, FRI_2025_09_19, TimeLimit.workingDays(20));
        assertEquals(LocalDate.of(2025, 10, 23), explanation.due());
        assertEquals(34, explanation.days().size(), "9/20 through 10/23");
        assertEquals(20, explanation.countedDays());
        ExplainedDay saturday = explanation.days().get(0);
        assertEquals(DayTreatment.WEEKEND, saturday.treatment());
        assertFalse(saturday.counted());
        ExplainedDay makeup = dayOf(explanation, MAKEUP_SUN_2025_09_28);
        assertEquals(DayTreatment.MAKEUP_WORKING_DAY, makeup.treatment());
        assertTrue(makeup.counted());
        assertEquals(6, makeup.count());
        ExplainedDay nationalDay = dayOf(explanation, LocalDate.of(2025, 10, 1));
        assertEquals(DayTreatment.HOLIDAY, nationalDay.treatment());
        assertFalse(nationalDay.counted());
        assertTrue(nationalDay.holiday().orElseThrow().english().contains("National Day"));
        assertTrue(nationalDay.toString().startsWith("2025-10-01 Wed holiday 国庆节"), nationalDay.toString());
        assertTrue(nationalDay.toString().endsWith(": not counted"), nationalDay.toString());
        assertEquals(20, dayOf(explanation, LocalDate.of(2025, 10, 23)).count());
        String text = explanation.toText();
        assertTrue(text.startsWith("20 working days from 2025-09-19: due 2025-10-23\n2025-09-20 Sat weekend: not counted\n"),
                text);
        assertEquals(35, text.lines().count());
    }

    @Test
    void explanationNamesTheSuspensionKind() {
        Suspension review = Suspension.of(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 1, 22),
                LocalDate.of(2025, 2, 10));
        DeadlineExplanation explanation = Deadlines.explain(CN, MON_2025_01_13, TimeLimit.workingDays(20),
                List.of(review));
        ExplainedDay springFestival = dayOf(explanation, LocalDate.of(2025, 1, 29));
        assertEquals(DayTreatment.SUSPENDED, springFestival.treatment());
        assertEquals(SuspensionKind.EXPERT_REVIEW, springFestival.suspension().orElseThrow());
        assertTrue(springFestival.toString().contains("suspended (expert review)"), springFestival.toString());
        assertEquals(LocalDate.of(2025, 2, 28), explanation.due());
        assertEquals(20, explanation.countedDays());
    }

    @Test
    void naturalDayExplanationCountsHolidaysAndShowsTheArt203Move() {
        DeadlineExplanation explanation = Deadlines.explain(CN, LocalDate.of(2025, 9, 16), TimeLimit.naturalDays(15));
        ExplainedDay fifteenth = dayOf(explanation, LocalDate.of(2025, 10, 1));
        assertTrue(fifteenth.counted());
        assertEquals(15, fifteenth.count());
        ExplainedDay moved = dayOf(explanation, LocalDate.of(2025, 10, 2));
        assertFalse(moved.counted());
        assertEquals(DayTreatment.HOLIDAY, moved.treatment());
        assertEquals(LocalDate.of(2025, 10, 9), explanation.due());
    }

    @Test
    void uncoveredYearIsAnErrorNamingTheCoveredRange() {
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class,
                () -> Deadlines.dueDate(CN, LocalDate.of(2026, 12, 15), TimeLimit.workingDays(20)));
        assertTrue(e.getMessage().contains("2020-01-01 to 2026-12-31"), e.getMessage());
        assertThrows(DateOutOfCoverageException.class,
                () -> Deadlines.dueDate(CN, LocalDate.of(2026, 12, 15), TimeLimit.naturalDays(30)));
        assertThrows(DateOutOfCoverageException.class,
                () -> Deadlines.dueDate(CN, LocalDate.of(2019, 12, 20), TimeLimit.workingDays(5)));
    }

    @Test
    void uncoveredYearIsProvisionalOnOptIn() {
        // 12/16–18 (3), 12/21–25 (8), 12/28–31 (12); 2027 unknown but for its statutory days: 1/1 off, 1/4–8 (17), 1/11–13 (20)
        CalendarAnswer<LocalDate> answer = Deadlines.provisionalDueDate(CN, LocalDate.of(2026, 12, 15),
                TimeLimit.workingDays(20));
        assertEquals(LocalDate.of(2027, 1, 13), answer.value());
        assertTrue(answer.isProvisional());
        assertEquals(List.of(Year.of(2027)), answer.provisionalYears());

        CalendarAnswer<LocalDate> covered = Deadlines.provisionalDueDate(CN, FRI_2025_09_19, TimeLimit.workingDays(20));
        assertTrue(covered.isExact());
        assertEquals(LocalDate.of(2025, 10, 23), covered.value());

        DeadlineExplanation explanation = Deadlines.explainProvisional(CN, LocalDate.of(2026, 12, 15),
                TimeLimit.workingDays(20), List.of());
        assertTrue(explanation.isProvisional());
        assertTrue(explanation.toText().startsWith("20 working days from 2026-12-15: due 2027-01-13 (provisional"),
                explanation.toText());
    }

    @Test
    void suspensionBeyondTheDataDoesNotMatterWhenTheDueDateComesFirst() {
        // 12/1/2026 + 5 working days = 12/8; a suspension starting in uncovered 2027 is irrelevant
        Suspension later = Suspension.of(SuspensionKind.AUCTION, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8));
        assertEquals(LocalDate.of(2026, 12, 8),
                Deadlines.dueDate(CN, LocalDate.of(2026, 12, 1), TimeLimit.workingDays(5), List.of(later)));
    }

    @Test
    void countedDaysLeaveOutSuspensions() {
        Suspension testing = Suspension.of(SuspensionKind.TESTING, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 24));
        assertEquals(20, Deadlines.countedDays(CN, TimeLimitUnit.WORKING_DAYS, FRI_2025_09_19,
                LocalDate.of(2025, 10, 23), List.of()));
        assertEquals(17, Deadlines.countedDays(CN, TimeLimitUnit.WORKING_DAYS, FRI_2025_09_19,
                LocalDate.of(2025, 10, 23), List.of(testing)));
        assertEquals(31, Deadlines.countedDays(CN, TimeLimitUnit.NATURAL_DAYS, FRI_2025_09_19,
                LocalDate.of(2025, 10, 23), List.of(testing)));
    }

    private static ExplainedDay dayOf(DeadlineExplanation explanation, LocalDate date) {
        return explanation.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }
}
