package io.github.govrules.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The receipt's own date writing must say exactly what {@link LocalDate#toString()} says. */
class RecorderTest {

    @Test
    void isoWritesWhatLocalDateWrites() {
        qt().forAll(integers().between(-20_000, 20_000), integers().between(0, 365))
                .checkAssert((year, day) -> {
                    LocalDate d = LocalDate.of(year, 1, 1).plusDays(day % LocalDate.of(year, 1, 1).lengthOfYear());
                    assertEquals(d.toString(), Recorder.iso(new StringBuilder("x"), d).substring(1), d::toString);
                });
        for (LocalDate d : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(10_000, 1, 1), LocalDate.of(2025, 9, 9), LocalDate.of(2025, 10, 10), LocalDate.MIN, LocalDate.MAX}) {
            assertEquals(d.toString(), Recorder.iso(new StringBuilder(), d).toString());
        }
    }

    @Test
    void theCaseIsDescribedWithItsDatesAndItsNumberOnlyWhenAsked() {
        io.github.govrules.rules.fact.CaseFact c = new io.github.govrules.rules.fact.CaseFact("C-1", "item",
                java.util.Set.of("b", "a"), new io.github.govrules.rules.fact.ApplicantFact("张三",
                io.github.govrules.rules.fact.ApplicantType.NATURAL_PERSON, "RESIDENT_ID_CARD", "330106198503121231", false),
                java.util.List.of(), LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 19), LocalDate.of(2025, 9, 12));
        assertEquals("case C-1: situations [a, b], received 2025-09-05, decided 2025-09-19, notice deadline 2025-09-12",
                Recorder.describeCase(c, true));
        assertEquals("case: situations [a, b], received 2025-09-05, decided 2025-09-19, notice deadline 2025-09-12",
                Recorder.describeCase(c, false));
    }
}
