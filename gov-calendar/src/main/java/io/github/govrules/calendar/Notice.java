package io.github.govrules.calendar;

import io.github.govrules.calendar.internal.Utf8Text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice (通知) that declares off days and makeup working days, such as the State Council's
 * yearly "关于2025年部分节假日安排的通知" or a regional government's notice.
 *
 * <p>A notice can amend an earlier one: the State Council's notice extending the 2020 Spring
 * Festival (国办发明电〔2020〕1号) turned makeup Saturday 2020-02-01 into an off day from
 * 2020-01-27. Each notice is in force from its {@linkplain #effective() effective date}; for the
 * days it names it replaces what earlier notices said.
 *
 * @param key       the short key the data file uses for it, such as {@code 2020} or
 *                  {@code 2020-extension}; unique within a calendar file
 * @param year      the year whose days it arranges (the 2023 notice also declared 2022-12-31)
 * @param number    the document number (文号), such as {@code 国办发明电〔2024〕12号}
 * @param issued    the date the notice was issued (成文日期), or empty where the data does not record it
 * @param effective the date from which it is in force (usually its publication date)
 * @param title     the title, such as {@code 国务院办公厅关于2025年部分节假日安排的通知}
 * @param source    where it was published (an address), or empty
 * @param amends    the key of the notice it amends, or empty
 * @param unverified why the data of this notice is not verified against the notice's own text
 *                  (a days taken from a report of it, an unseen issue date), or empty when it is;
 *                  written {@code unverified <reason>} in a data file
 * @since 0.1.0 ({@code unverified} since 0.2.0)
 */
public record Notice(String key, int year, String number, Optional<LocalDate> issued, LocalDate effective, String title,
                     Optional<String> source, Optional<String> amends, Optional<String> unverified) {

    /**
     * Creates a notice.
     *
     * @throws IllegalArgumentException if the key, number or title is blank, a text holds a control
     *                                  character or a lone UTF-16 surrogate, or it takes effect
     *                                  before it was issued
     */
    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amends, "amends");
        Objects.requireNonNull(unverified, "unverified");
        if (key.isBlank() || number.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("Notice needs a key, a number and a title, but was key '" + key
                    + "', number '" + number + "', title '" + title + "'");
        }
        for (String text : new String[] {key, number, title, source.orElse(""), amends.orElse(""),
                unverified.orElse("")}) {
            int bad = Utf8Text.firstNonText(text);
            if (bad >= 0) {
                throw new IllegalArgumentException("Notice text '" + text.substring(0, bad) + "…', character "
                        + (bad + 1) + ": " + Utf8Text.nonTextProblem(text, bad));
            }
        }
        if (issued.isPresent() && effective.isBefore(issued.get())) {
            throw new IllegalArgumentException("Notice " + number + " cannot take effect on " + effective
                    + ", before it was issued on " + issued.get());
        }
    }

    /**
     * A verified notice without an {@code unverified} reason.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Notice(String key, int year, String number, Optional<LocalDate> issued, LocalDate effective, String title,
                  Optional<String> source, Optional<String> amends) {
        this(key, year, number, issued, effective, title, source, amends, Optional.empty());
    }

    /**
     * Whether the data of this notice was checked against the notice's own text: false when
     * {@link #unverified()} gives a reason (the days were read in a report of it, say), so an answer
     * that rests on it may be wrong; such a notice's {@link #toString()} says so.
     *
     * @since 0.2.0
     */
    public boolean isVerified() {
        return unverified.isEmpty();
    }

    /** Whether this notice amends an earlier one. */
    public boolean isAmendment() {
        return amends.isPresent();
    }

    /**
     * The number and date, {@code "国办发明电〔2024〕12号 of 2024-11-12"}, followed by
     * {@code " (unverified: <reason>)"} for a notice that is not {@linkplain #isVerified() verified}.
     */
    @Override
    public String toString() {
        return issued.map(d -> number + " of " + d).orElse(number)
                + unverified.map(why -> " (unverified: " + why + ")").orElse("");
    }
}
