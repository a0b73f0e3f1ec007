package io.github.govrules.calendar;

import java.util.Objects;

/**
 * The name of a holiday (节假日) in Chinese and English, such as 国庆节 / National Day.
 *
 * @param chinese the Chinese name, such as {@code 国庆节}; not blank
 * @param english the English name, such as {@code National Day}; not blank
 * @since 0.1.0
 */
public record HolidayName(String chinese, String english) {

    /**
     * Creates a name.
     *
     * @throws IllegalArgumentException if either name is blank
     */
    public HolidayName {
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(english, "english");
        if (chinese.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("Holiday name needs both a Chinese and an English name, but was '"
                    + chinese + "' / '" + english + "'");
        }
    }

    /** Both names, {@code "国庆节 National Day"}. */
    @Override
    public String toString() {
        return chinese + " " + english;
    }
}
