package io.github.govrules.calendar.deadline;

/**
 * How a day between the start and the due date was treated in a {@link DeadlineExplanation}.
 *
 * <p>For a working-day limit only {@link #COUNTED} and {@link #MAKEUP_WORKING_DAY} days are
 * counted. For a natural-day limit every day that is not {@link #SUSPENDED} is counted, up to
 * the amount; days after that are the Civil Code Art. 203 move past a holiday.
 *
 * @since 0.1.0
 */
public enum DayTreatment {
    /** An ordinary working day (工作日). */
    COUNTED("working day"),
    /** A weekend day declared a working day (调休上班); counted like any working day. */
    MAKEUP_WORKING_DAY("makeup working day"),
    /** An ordinary weekend day (休息日). */
    WEEKEND("weekend"),
    /** A day declared off by a holiday notice (法定节假日). */
    HOLIDAY("holiday"),
    /** A day inside a suspension (Art. 45), not counted whatever kind of day it is. */
    SUSPENDED("suspended");

    private final String label;

    DayTreatment(String label) {
        this.label = label;
    }

    /** The lower-case English label used in explanations, e.g. {@code "makeup working day"}. */
    public String label() {
        return label;
    }
}
