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
    void monthsAndYearsHaveATextFormThatRoundTrips() {
        assertEquals("3 months", TimeLimit.months(3).toString());
        assertEquals("1 month", TimeLimit.months(1).toString());
        assertEquals("1 year", TimeLimit.years(1).toString());
        assertEquals("2 years", TimeLimit.years(2).toString());
        qt().withExamples(500).forAll(integers().between(0, TimeLimit.MAX_MONTHS), integers().between(0, 1))
                .checkAssert((amount, unit) -> {
                    TimeLimit limit = unit == 0 ? TimeLimit.months(amount) : TimeLimit.years(amount / 12);
                    assertEquals(limit, TimeLimit.parse(limit.toString()));
                });
        assertEquals(0, TimeLimit.years(2).compareTo(TimeLimit.months(24)));
        assertTrue(TimeLimit.months(13).compareTo(TimeLimit.years(1)) > 0);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "三个月, 3 months", "六十日, 60 natural days", "二十个工作日, 20 working days", "一年, 1 year",
            "十五日, 15 natural days", "10个工作日, 10 working days", "三十天, 30 natural days",
            "一百零五日, 105 natural days", "两年, 2 years", "即办, on the spot", "六个月, 6 months",
            "90个自然日, 90 natural days", "十二个月, 12 months"})
    void theWordsOfLawsAreRead(String words, String limit) {
        assertEquals(TimeLimit.parse(limit), TimeLimit.parse(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"二三日", "零十日", "三个 年", "个月", "1201 months", "101 years", "一千三百个月",
            "abc日", "99999999999日"})
    void badWordsAndTooLongPeriodsAreRefusedNamingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.months(TimeLimit.MAX_MONTHS + 1));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.years(-1));
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
