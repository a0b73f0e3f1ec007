package io.github.govrules.calendar;

import io.github.govrules.calendar.internal.Utf8Text;

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
     * @throws IllegalArgumentException if either name is blank, or holds a control character or a
     *                                  lone UTF-16 surrogate
     */
    public HolidayName {
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(english, "english");
        if (chinese.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("Holiday name needs both a Chinese and an English name, but was '"
                    + chinese + "' / '" + english + "'");
        }
        for (String name : new String[] {chinese, english}) {
            int bad = Utf8Text.firstNonText(name);
            if (bad >= 0) {
                throw new IllegalArgumentException("Holiday name '" + name.substring(0, bad) + "…', character "
                        + (bad + 1) + ": " + Utf8Text.nonTextProblem(name, bad));
            }
        }
    }

    /** Both names, {@code "国庆节 National Day"}. */
    @Override
    public String toString() {
        return chinese + " " + english;
    }
}
