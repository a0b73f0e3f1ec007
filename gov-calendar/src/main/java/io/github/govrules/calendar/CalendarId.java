package io.github.govrules.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a {@linkplain WorkingDayCalendar working-day calendar} (工作日历), in the
 * style of ISO 3166-2: {@code CN} for the national calendar of mainland China, {@code CN-XJ}
 * for Xinjiang, {@code CN-GX} for Guangxi.
 *
 * <p>An id is a country code of two upper-case letters, optionally followed by a hyphen and a
 * subdivision code of one to three upper-case letters or digits. {@link #parse(CharSequence)}
 * accepts lower case and surrounding spaces and normalizes them; {@link #toString()} gives the
 * normalized form.
 *
 * <p>Instances are immutable and thread-safe; compare them with {@link #equals(Object)}. There
 * is no cache of the ids seen, so reading ids from input cannot grow anything that lives on.
 *
 * @since 0.1.0
 */
public final class CalendarId implements Comparable<CalendarId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** The national calendar of mainland China: {@code CN}. */
    public static final CalendarId CN = new CalendarId("CN");
    /** Xinjiang Uygur Autonomous Region (新疆维吾尔自治区): {@code CN-XJ}. */
    public static final CalendarId CN_XJ = new CalendarId("CN-XJ");
    /** Guangxi Zhuang Autonomous Region (广西壮族自治区): {@code CN-GX}. */
    public static final CalendarId CN_GX = new CalendarId("CN-GX");
    /**
     * Ningxia Hui Autonomous Region (宁夏回族自治区): {@code CN-NX}.
     *
     * @since 0.2.0
     */
    public static final CalendarId CN_NX = new CalendarId("CN-NX");

    private final String name;

    private CalendarId(String name) {
        this.name = name;
    }

    /**
     * Obtains an id from its normalized form, such as {@code "CN"} or {@code "CN-XJ"}.
     *
     * @throws IllegalArgumentException if the name is not of the form {@code XX} or {@code XX-YYY}
     */
    public static CalendarId of(String name) {
        Objects.requireNonNull(name, "name");
        switch (name) {
            case "CN":
                return CN;
            case "CN-XJ":
                return CN_XJ;
            case "CN-GX":
                return CN_GX;
            case "CN-NX":
                return CN_NX;
            default:
                if (!FORMAT.matcher(name).matches()) {
                    throw new IllegalArgumentException("Calendar id must be an ISO 3166-2 style code such as"
                            + " 'CN' or 'CN-XJ', but was '" + name + "'");
                }
                return new CalendarId(name);
        }
    }

    /**
     * Parses an id, accepting lower case and surrounding white space ({@code " cn-xj "}).
     *
     * @throws IllegalArgumentException if the text is not an id
     */
    public static CalendarId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return of(text.toString().trim().toUpperCase(Locale.ROOT));
    }

    /** The normalized name, such as {@code "CN-XJ"}. */
    public String name() {
        return name;
    }

    /** The country part, such as {@code "CN"} for {@code CN-XJ}. */
    public String country() {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** Whether this id names a subdivision (a region such as {@code CN-XJ}) rather than a country. */
    public boolean isRegional() {
        return name.indexOf('-') >= 0;
    }

    @Override
    public int compareTo(CalendarId other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CalendarId other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The normalized name, read back by {@link #parse(CharSequence)}. */
    @Override
    public String toString() {
        return name;
    }
}
