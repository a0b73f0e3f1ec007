package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A time limit (时限): an amount and a {@linkplain TimeLimitUnit unit}, such as the statutory
 * limit (法定办结时限) or the promised limit (承诺办结时限) of a service item.
 *
 * <p>Instances are immutable and thread-safe. The text form, produced by {@link #toString()}
 * and read by {@link #parse(CharSequence)}, is {@code "20 working days"},
 * {@code "30 natural days"}, {@code "3 months"}, {@code "1 year"} or {@code "on the spot"} (a
 * single unit is written {@code "1 working day"} / {@code "1 natural day"} / {@code "1 month"});
 * {@link #parse(CharSequence)} also reads the words laws use: {@code "二十个工作日"},
 * {@code "六十日"}, {@code "三个月"}, {@code "一年"}, {@code "即办"}.
 *
 * <p>Months and years are natural months and years (Civil Code Art. 200–204): from a start day
 * (not counted, Art. 201) a period of n months ends on the corresponding day of the n-th month
 * after it, or on that month's last day when it has no such day (Art. 202: from 31 January, one
 * month ends on 28 or 29 February); a year is twelve months. A last day that is a weekend or
 * holiday moves to the next working day (Art. 203), as for natural days. A suspension's days
 * lengthen such a period day for day. At most {@value #MAX_MONTHS} months or
 * {@value #MAX_YEARS} years: longer periods are not time limits.
 *
 * @param amount the number of units, zero or more; always 0 for {@link TimeLimitUnit#ON_THE_SPOT}
 * @param unit   the unit in which the days are counted
 * @since 0.1.0
 */
public record TimeLimit(int amount, TimeLimitUnit unit) implements Comparable<TimeLimit> {

    private static final TimeLimit ON_THE_SPOT = new TimeLimit(0, TimeLimitUnit.ON_THE_SPOT);

    /** The longest limit in months: 100 years. */
    public static final int MAX_MONTHS = 1200;

    /** The longest limit in years. */
    public static final int MAX_YEARS = 100;

    /**
     * Creates a time limit.
     *
     * @throws IllegalArgumentException if the amount is negative, non-zero for {@code ON_THE_SPOT},
     *                                  or more than {@value #MAX_MONTHS} months or {@value #MAX_YEARS} years
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("Time limit amount must be zero or more, but was " + amount);
        }
        if (unit == TimeLimitUnit.MONTHS && amount > MAX_MONTHS || unit == TimeLimitUnit.YEARS && amount > MAX_YEARS) {
            throw new IllegalArgumentException("A time limit of " + amount + " " + unit.name().toLowerCase(Locale.ROOT)
                    + " is longer than the longest allowed, " + MAX_MONTHS + " months (" + MAX_YEARS + " years)");
        }
        if (unit == TimeLimitUnit.ON_THE_SPOT && amount != 0) {
            throw new IllegalArgumentException("An on-the-spot time limit has no amount, but was " + amount);
        }
    }

    /**
     * A limit of {@code amount} working days (工作日).
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, TimeLimitUnit.WORKING_DAYS);
    }

    /**
     * A limit of {@code amount} natural days (自然日).
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public static TimeLimit naturalDays(int amount) {
        return new TimeLimit(amount, TimeLimitUnit.NATURAL_DAYS);
    }

    /**
     * A limit of {@code amount} natural months (月), Civil Code Art. 202–203.
     *
     * @throws IllegalArgumentException if the amount is negative or more than {@value #MAX_MONTHS}
     * @since 0.2.0
     */
    public static TimeLimit months(int amount) {
        return new TimeLimit(amount, TimeLimitUnit.MONTHS);
    }

    /**
     * A limit of {@code amount} natural years (年), twelve months each, Civil Code Art. 202–203.
     *
     * @throws IllegalArgumentException if the amount is negative or more than {@value #MAX_YEARS}
     * @since 0.2.0
     */
    public static TimeLimit years(int amount) {
        return new TimeLimit(amount, TimeLimitUnit.YEARS);
    }

    /**
     * The last day of this limit counted from the day after {@code start}, before Civil Code
     * Art. 203 moves it off a rest day, for a limit counted in natural units: the n-th day after
     * {@code start} for natural days, the corresponding day n months or years later for months and
     * years (that month's last day when it has no such day, Art. 202).
     *
     * @param start the start day, not counted
     * @return the nominal last day
     * @throws IllegalStateException if this limit is counted in working days or on the spot
     * @since 0.2.0
     */
    public LocalDate nominalEnd(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return switch (unit) {
            case NATURAL_DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
            case WORKING_DAYS, ON_THE_SPOT -> throw new IllegalStateException("A limit of " + this
                    + " has no nominal end without a calendar");
        };
    }

    /** The on-the-spot limit (即办): decided on the day of acceptance. */
    public static TimeLimit onTheSpot() {
        return ON_THE_SPOT;
    }

    /** Whether this is the on-the-spot limit. */
    public boolean isOnTheSpot() {
        return unit == TimeLimitUnit.ON_THE_SPOT;
    }

    /**
     * Parses the text form written by {@link #toString()}: {@code "20 working days"},
     * {@code "1 natural day"}, {@code "3 months"}, {@code "1 year"}, {@code "on the spot"}
     * (case-insensitive, surrounding spaces ignored). The amount is written in ASCII digits
     * {@code 0}–{@code 9} (no sign, no other script's digits) and is at most
     * {@value Integer#MAX_VALUE} ({@value #MAX_MONTHS} months, {@value #MAX_YEARS} years): every
     * limit's {@code toString()} parses back to an equal limit.
     *
     * <p>It also reads the words of laws and guides: an amount in ASCII digits or Chinese numerals
     * (一 to 九千九百九十九, 两, 〇/零) followed by {@code 个工作日} / {@code 工作日} (working days),
     * {@code 日} / {@code 天} / {@code 个自然日} / {@code 自然日} (natural days), {@code 个月} (months)
     * or {@code 年} (years); and {@code 即办} or {@code 当场办结} (on the spot). So
     * {@code "六十日"} is 60 natural days and {@code "三个月"} 3 months.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form, or its amount
     *                                  is larger than allowed
     * @since 0.1.0 (months, years and the Chinese forms since 0.2.0)
     */
    public static TimeLimit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.equals("on the spot") || s.equals("即办") || s.equals("当场办结")) {
            return ON_THE_SPOT;
        }
        TimeLimit chinese = parseChinese(text, s.replace(" ", ""));
        if (chinese != null) {
            return chinese;
        }
        int space = s.indexOf(' ');
        if (space > 0) {
            String number = s.substring(0, space);
            String unitText = s.substring(space + 1);
            if (number.chars().allMatch(c -> c >= '0' && c <= '9')) {
                int amount;
                try {
                    amount = Integer.parseInt(number);
                } catch (NumberFormatException tooLarge) {
                    throw new IllegalArgumentException("Cannot parse time limit '" + text + "': the amount " + number
                            + " is larger than " + Integer.MAX_VALUE, tooLarge);
                }
                switch (unitText) {
                    case "working days", "working day" -> {
                        return workingDays(amount);
                    }
                    case "natural days", "natural day" -> {
                        return naturalDays(amount);
                    }
                    case "months", "month" -> {
                        return checked(text, amount, TimeLimitUnit.MONTHS);
                    }
                    case "years", "year" -> {
                        return checked(text, amount, TimeLimitUnit.YEARS);
                    }
                    default -> {
                        // falls through to the error below
                    }
                }
            }
        }
        throw new IllegalArgumentException("Cannot parse time limit '" + text
                + "': expected '<n> working days', '<n> natural days', '<n> months', '<n> years' or 'on the spot'"
                + ", or in Chinese '二十个工作日', '六十日', '三个月', '一年', '即办'");
    }

    private static TimeLimit checked(CharSequence text, int amount, TimeLimitUnit unit) {
        try {
            return new TimeLimit(amount, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot parse time limit '" + text + "': " + e.getMessage(), e);
        }
    }

    /** The Chinese suffixes, longest first, and their units. */
    private static final String[][] CHINESE_UNITS = {
            {"个工作日", "WORKING_DAYS"}, {"工作日", "WORKING_DAYS"}, {"个自然日", "NATURAL_DAYS"},
            {"自然日", "NATURAL_DAYS"}, {"个月", "MONTHS"}, {"日", "NATURAL_DAYS"}, {"天", "NATURAL_DAYS"},
            {"年", "YEARS"}};

    /** A limit in Chinese words, or null when the text does not end in a Chinese unit. */
    private static TimeLimit parseChinese(CharSequence text, String s) {
        for (String[] suffix : CHINESE_UNITS) {
            if (s.endsWith(suffix[0]) && s.length() > suffix[0].length()) {
                String number = s.substring(0, s.length() - suffix[0].length());
                long amount = number.chars().allMatch(c -> c >= '0' && c <= '9')
                        ? (number.length() > 10 ? -1 : Long.parseLong(number)) : chineseNumber(number);
                if (amount < 0) {
                    throw new IllegalArgumentException("Cannot parse time limit '" + text + "': '" + number
                            + "' is not a number in ASCII digits or Chinese numerals below 一万");
                }
                if (amount > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("Cannot parse time limit '" + text + "': the amount " + number
                            + " is larger than " + Integer.MAX_VALUE);
                }
                return checked(text, (int) amount, TimeLimitUnit.valueOf(suffix[1]));
            }
        }
        return null;
    }

    private static final String DIGITS = "〇一二三四五六七八九";

    /** A Chinese numeral below 10,000 (十, 十五, 二十, 一百零五, 两千), or -1. */
    private static long chineseNumber(String n) {
        if (n.isEmpty()) {
            return -1;
        }
        long total = 0;
        int digit = -1;
        int lastPower = Integer.MAX_VALUE;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int d = c == '零' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return -1; // two digits in a row: 二三
                }
                digit = d;
                continue;
            }
            int power = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (power < 0 || power >= lastPower || digit == 0) {
                return -1;
            }
            total += (long) (digit < 0 ? 1 : digit) * power;
            lastPower = power;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 && digit != 0 ? -1 : total;
    }

    /**
     * Compares limits of the same unit by amount; on-the-spot is shorter than any other limit.
     *
     * Months compare with years (a year is twelve months).
     *
     * @throws IllegalArgumentException when the units differ otherwise (working days against
     *                                  natural days or months): they cannot be compared without a date
     */
    @Override
    public int compareTo(TimeLimit other) {
        if (unit == other.unit) {
            return Integer.compare(amount, other.amount);
        }
        if (inMonths() >= 0 && other.inMonths() >= 0) {
            return Integer.compare(inMonths(), other.inMonths());
        }
        if (isOnTheSpot()) {
            return -1;
        }
        if (other.isOnTheSpot()) {
            return 1;
        }
        throw new IllegalArgumentException("Cannot compare " + this + " with " + other
                + " without a start date: the units differ");
    }

    /** The amount in months for a limit in months or years, else -1. */
    private int inMonths() {
        return unit == TimeLimitUnit.MONTHS ? amount : unit == TimeLimitUnit.YEARS ? amount * 12 : -1;
    }

    /** The text form, e.g. {@code "20 working days"}, read back by {@link #parse(CharSequence)}. */
    @Override
    public String toString() {
        return switch (unit) {
            case ON_THE_SPOT -> "on the spot";
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
            case NATURAL_DAYS -> amount + (amount == 1 ? " natural day" : " natural days");
            case MONTHS -> amount + (amount == 1 ? " month" : " months");
            case YEARS -> amount + (amount == 1 ? " year" : " years");
        };
    }
}
