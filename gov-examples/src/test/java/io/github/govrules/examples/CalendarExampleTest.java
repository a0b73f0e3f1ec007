package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalendarExampleTest {

    @Test
    void runsAndShowsRealCalendarFacts() {
        String out = Examples.run(CalendarExample::main);
        assertTrue(out.contains("Calendar CN covers 2020-01-01 to 2026-12-31"), out);
        assertTrue(out.contains("2025-09-28 MAKEUP_WORKING_DAY"), out);
        assertTrue(out.contains("2025-10-01 HOLIDAY 国庆节"), out);
        assertTrue(out.contains("2025-09-19 + 20 working days = 2025-10-23"), out);
        assertTrue(out.contains("working days in (2025-09-19, 2025-10-23] = 20"), out);
        assertTrue(out.contains("working days in 2025 = 248"), out);
        assertTrue(out.contains("2025-06-09 HOLIDAY"), out);
        assertTrue(out.contains("error: Calendar CN has no data for 2027-01-04"), out);
        assertTrue(out.contains("2027-01-04 working day (provisional opt-in): true, provisional=true"), out);
    }
}
