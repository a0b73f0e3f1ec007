package io.github.govrules.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them on the command line: {@code 2025-09-19}, and the common Chinese
 * spellings {@code 2025/09/19}, {@code 2025/9/19}, {@code 2025.09.19}, {@code 20250919} and
 * {@code 2025年9月19日} (full-width digits too). Anything else is refused naming the forms.
 */
final class CliDates {

    /** The forms, as named in the error. */
    static final String FORMS = "YYYY-MM-DD (also 2025/09/19, 20250919, 2025年9月19日)";

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*([-/.年])\\s*(\\d{1,2})\\s*([-/.月])\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private CliDates() {
    }

    /** Parses an option's date, naming the option when it is malformed. */
    static LocalDate parse(String text, String option) {
        String s = halfWidth(text.strip());
        LocalDate fast = DeadlineCommand.fastIsoDate(s);
        if (fast != null) {
            return fast;
        }
        Matcher m = SEPARATED.matcher(s);
        Matcher c = COMPACT.matcher(s);
        String y;
        String mo;
        String d;
        if (m.matches() && consistent(m.group(2), m.group(4), s)) {
            y = m.group(1);
            mo = m.group(3);
            d = m.group(5);
        } else if (c.matches()) {
            y = c.group(1);
            mo = c.group(2);
            d = c.group(3);
        } else {
            throw new CliInputException(option + ": '" + text.strip() + "' is not a date of the form " + FORMS);
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new CliInputException(option + ": '" + text.strip() + "' is not a valid date ("
                    + DeadlineCommand.inWords(e.getMessage()) + ")", e);
        }
    }

    /** The separators agree: both '-', both '/', both '.', or 年 then 月 (and 日 only with them). */
    private static boolean consistent(String first, String second, String s) {
        if (first.equals("年")) {
            return second.equals("月");
        }
        return first.equals(second) && !s.endsWith("日");
    }

    /** Full-width digits (０-９) as ASCII digits. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ch >= '０' && ch <= '９' ? (char) ('0' + ch - '０') : ch);
        }
        return b.toString();
    }
}
