package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Time limits, their text form and the promised-versus-statutory rule of {@link TimeLimits}. */
class TimeLimitTest {

    @Test
    void textFormIsStable() {
        assertEquals("20 working days", TimeLimit.workingDays(20).toString());
        assertEquals("1 working day", TimeLimit.workingDays(1).toString());
        assertEquals("30 natural days", TimeLimit.naturalDays(30).toString());
        assertEquals("on the spot", TimeLimit.onTheSpot().toString());
        assertEquals(TimeLimit.naturalDays(1), TimeLimit.parse("  1  Natural Day "));
    }

    @Test
    void textFormRoundTrips() {
        // the whole int range: review found 1,000,000 natural days did not parse back (a 6-digit check)
        qt().withExamples(2_000).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, 2))
                .checkAssert((amount, unit) -> {
                    TimeLimit limit = switch (unit) {
                        case 0 -> TimeLimit.workingDays(amount);
                        case 1 -> TimeLimit.naturalDays(amount);
                        default -> TimeLimit.onTheSpot();
                    };
                    assertEquals(limit, TimeLimit.parse(limit.toString()));
                });
        for (int amount : new int[] {999_999, 1_000_000, Integer.MAX_VALUE}) {
            assertEquals(TimeLimit.naturalDays(amount), TimeLimit.parse(TimeLimit.naturalDays(amount).toString()));
            assertEquals(TimeLimit.workingDays(amount), TimeLimit.parse(TimeLimit.workingDays(amount).toString()));
        }
        assertEquals(TimeLimit.workingDays(7), TimeLimit.parse("007 working days"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0663 working days", "\uFF12\uFF10 working days", "\u0968 natural days",
            "+3 working days", "2147483648 working days", "99999999999999999999 natural days"})
    void onlyAsciiDigitsWithinIntRangeAreRead(String text) {
        // review: Arabic-Indic and full-width digits used to parse ("\u0663 working days" as 3)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void anAmountTooLargeSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeLimit.parse("2147483648 working days"));
        assertTrue(e.getMessage().contains("larger than 2147483647"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "twenty working days", "20 days", "-1 working days", "1 on the spot"})
    void badTextIsRefusedNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(-1));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(3, TimeLimitUnit.ON_THE_SPOT));
        assertThrows(IllegalArgumentException.class,
                () -> TimeLimit.workingDays(20).compareTo(TimeLimit.naturalDays(20)));
    }

    @Test
    void promisedNeverExceedsStatutory() {
        assertEquals(TimeLimit.workingDays(10), TimeLimits.parse("20 working days", "10 working days").promised());
        assertEquals(TimeLimit.onTheSpot(), TimeLimits.of(TimeLimit.naturalDays(5), TimeLimit.onTheSpot()).promised());
        PromisedLimitExceedsStatutoryException e = assertThrows(PromisedLimitExceedsStatutoryException.class,
                () -> TimeLimits.parse("10 working days", "15 working days"));
        assertEquals("Promised limit '15 working days' is longer than statutory limit '10 working days':"
                + " a promised limit may not exceed the statutory one", e.getMessage());
        assertThrows(PromisedLimitExceedsStatutoryException.class,
                () -> TimeLimits.of(TimeLimit.onTheSpot(), TimeLimit.workingDays(1)));
    }

    @Test
    void aZeroDayPromisedLimitFitsUnderOnTheSpot() {
        // review: both are due on the start day, so '0 working days' is not longer than 'on the spot'
        for (TimeLimit zero : new TimeLimit[] {TimeLimit.workingDays(0), TimeLimit.naturalDays(0)}) {
            assertEquals(zero, TimeLimits.of(TimeLimit.onTheSpot(), zero).promised());
            assertEquals(zero, TimeLimits.parse("on the spot", zero.toString()).promised());
            assertEquals(TimeLimit.onTheSpot(), TimeLimits.of(zero, TimeLimit.onTheSpot()).promised());
            LocalDate monday = LocalDate.of(2025, 3, 3);
            CaseClock clock = CaseClock.start(Calendars.cn(), monday, TimeLimit.onTheSpot(), zero);
            assertEquals(Optional.of(monday), clock.statutoryDue());
            assertEquals(Optional.of(monday), clock.promisedDue());
        }
        // the order of compareTo is unchanged: on the spot sorts before every other limit, 0 days included
        assertTrue(TimeLimit.onTheSpot().compareTo(TimeLimit.workingDays(0)) < 0);
        assertTrue(TimeLimit.workingDays(0).compareTo(TimeLimit.onTheSpot()) > 0);
        assertTrue(!TimeLimit.onTheSpot().equals(TimeLimit.workingDays(0)));
        // one day more is still longer than on the spot
        assertThrows(PromisedLimitExceedsStatutoryException.class,
                () -> TimeLimits.of(TimeLimit.onTheSpot(), TimeLimit.naturalDays(1)));
        assertThrows(PromisedLimitExceedsStatutoryException.class,
                () -> CaseClock.start(Calendars.cn(), LocalDate.of(2025, 3, 3), TimeLimit.onTheSpot(),
                        TimeLimit.workingDays(1)));
    }
}
