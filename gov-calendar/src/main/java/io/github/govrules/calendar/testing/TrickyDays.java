package io.github.govrules.calendar.testing;

import java.time.LocalDate;

/**
 * Named dates of the national calendar {@code CN} on which naive calendars go wrong, for test
 * teams' own cases. Each constant says what the notices made of it.
 *
 * @since 0.1.0
 */
public final class TrickyDays {

    private TrickyDays() {
    }

    /** Sunday 2020-01-19: makeup working day before the 2020 Spring Festival. */
    public static final LocalDate MAKEUP_SUNDAY_2020_01_19 = LocalDate.of(2020, 1, 19);
    /**
     * Saturday 2020-02-01: declared a makeup working day by the 2020 notice, turned into an off
     * day by the extension notice 国办发明电〔2020〕1号 (in force from 2020-01-27).
     */
    public static final LocalDate AMENDED_SATURDAY_2020_02_01 = LocalDate.of(2020, 2, 1);
    /** Monday 2020-02-03: first working day after the extended 2020 Spring Festival. */
    public static final LocalDate BACK_TO_WORK_2020_02_03 = LocalDate.of(2020, 2, 3);
    /** Saturday 2022-12-31: off, declared by the 2023 notice (元旦), not by the 2022 one. */
    public static final LocalDate NEW_YEAR_2023_OFF_2022_12_31 = LocalDate.of(2022, 12, 31);
    /** Friday 2024-02-09: New Year's Eve (除夕) was still a working day in 2024. */
    public static final LocalDate NEW_YEARS_EVE_WORKING_2024_02_09 = LocalDate.of(2024, 2, 9);
    /** Tuesday 2025-01-28: New Year's Eve, a statutory holiday from 2025 on. */
    public static final LocalDate NEW_YEARS_EVE_OFF_2025_01_28 = LocalDate.of(2025, 1, 28);
    /** Friday 2025-09-19: accepted on this day, 20 working days run to Thursday 2025-10-23. */
    public static final LocalDate ACCEPTED_FRIDAY_2025_09_19 = LocalDate.of(2025, 9, 19);
    /** Thursday 2025-10-23: 20 working days after Friday 2025-09-19. */
    public static final LocalDate DUE_THURSDAY_2025_10_23 = LocalDate.of(2025, 10, 23);
    /** Sunday 2025-09-28: makeup working day before National Day 2025. */
    public static final LocalDate MAKEUP_SUNDAY_2025_09_28 = LocalDate.of(2025, 9, 28);
    /** Wednesday 2025-10-01: first day of the National Day and Mid-Autumn break 10/1–10/8. */
    public static final LocalDate NATIONAL_DAY_2025_FIRST = LocalDate.of(2025, 10, 1);
    /** Wednesday 2025-10-08: last day of the National Day and Mid-Autumn break 10/1–10/8. */
    public static final LocalDate NATIONAL_DAY_2025_LAST = LocalDate.of(2025, 10, 8);
    /** Saturday 2025-10-11: makeup working day after National Day 2025. */
    public static final LocalDate MAKEUP_SATURDAY_2025_10_11 = LocalDate.of(2025, 10, 11);
    /** Saturday 2026-02-14: makeup working day before the 2026 Spring Festival (2/15–2/23). */
    public static final LocalDate MAKEUP_SATURDAY_2026_02_14 = LocalDate.of(2026, 2, 14);
    /** Saturday 2026-02-28: makeup working day after the 2026 Spring Festival. */
    public static final LocalDate MAKEUP_SATURDAY_2026_02_28 = LocalDate.of(2026, 2, 28);
    /** Sunday 2026-01-04: makeup working day after New Year's Day 2026. */
    public static final LocalDate MAKEUP_SUNDAY_2026_01_04 = LocalDate.of(2026, 1, 4);
    /** Thursday 2026-12-31: the last covered day of {@code CN}. */
    public static final LocalDate LAST_COVERED_2026_12_31 = LocalDate.of(2026, 12, 31);
    /** Friday 2027-01-01: the first uncovered day of {@code CN} (no 2027 notice yet). */
    public static final LocalDate FIRST_UNCOVERED_2027_01_01 = LocalDate.of(2027, 1, 1);
}
