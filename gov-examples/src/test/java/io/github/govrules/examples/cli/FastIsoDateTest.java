package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The batch fast path agrees with {@link LocalDate#parse} on every date it accepts and refuses the rest. */
class FastIsoDateTest {

    @Test
    void agreesWithLocalDateParseOnEveryDateOf2019To2028() {
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            assertEquals(d, DeadlineCommand.fastIsoDate(d.toString()));
        }
    }

    @Test
    void refusesEveryDayNumberThatDoesNotExist() {
        for (int year : List.of(2023, 2024, 2100, 2000)) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        expected = null;
                    }
                    assertEquals(expected, DeadlineCommand.fastIsoDate(text), text);
                }
            }
        }
    }

    @Test
    void refusesOtherShapes() {
        for (String text : List.of("", "2025-9-19", "2025/09/19", "20250919", "2025-09-1x", "+2025-09-19", "2025-00-10",
                "2025-13-01", " 2025-09-19", "2025-09-190")) {
            assertNull(DeadlineCommand.fastIsoDate(text), text);
        }
    }
}
