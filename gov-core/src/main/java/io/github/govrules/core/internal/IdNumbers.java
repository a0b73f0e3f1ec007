package io.github.govrules.core.internal;

/** Check digits of resident ID numbers (GB 11643) and unified social credit codes (GB 32100). Not public API. */
public final class IdNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The shape of a unified social credit code (统一社会信用代码), for {@code @Pattern} and checks. */
    public static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}";
    private static final java.util.regex.Pattern CREDIT_CODE_SHAPE = java.util.regex.Pattern.compile(CREDIT_CODE);
    /** What a unified social credit code is made of, for messages refusing one. */
    public static final String CREDIT_CODE_SHAPE_WORDS =
            "18 digits and capital letters (no I, O, S, V, Z), characters 3-8 the division code";
    /** The validation message of {@link #CREDIT_CODE}. */
    public static final String CREDIT_CODE_MESSAGE = "must be an 18-character unified social credit code";

    private IdNumbers() {
    }

    /** The expected check character of an 18-character resident ID number, or '?' if the first 17 are not digits. */
    public static char residentIdCheck(String id) {
        if (id.length() < 17) {
            return '?';
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return '?';
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** The expected check character of an 18-character unified social credit code, or '?' if malformed. */
    public static char creditCodeCheck(String code) {
        if (code.length() < 17) {
            return '?';
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return '?';
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARS.charAt(check);
    }

    /**
     * Whether the text is an 18-character resident ID number, 17 ASCII digits and a valid check
     * character (a digit or {@code X}).
     */
    public static boolean isValidResidentId(String id) {
        char check = residentIdCheck(id);
        return id.length() == 18 && check != '?' && check == id.charAt(17);
    }

    /**
     * The birth date a valid resident ID number encodes (characters 7-14, {@code yyyyMMdd}, GB 11643),
     * or null when those eight digits are not a date of the calendar (1975-02-30, month 13) or name
     * a year before 1800 (the standard's codes start in the 19th century).
     *
     * @param id a number for which {@link #isValidResidentId} holds
     */
    public static java.time.LocalDate residentIdBirthDate(String id) {
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (year < 1800 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return java.time.LocalDate.of(year, month, day);
    }

    /** Whether the text has the shape of a unified social credit code ({@link #CREDIT_CODE}) and a valid check character. */
    public static boolean isValidCreditCode(String code) {
        return hasCreditCodeShape(code) && creditCodeCheck(code) == code.charAt(17);
    }

    /** Whether the text has the shape of a unified social credit code ({@link #CREDIT_CODE}), whatever its check character. */
    public static boolean hasCreditCodeShape(String code) {
        return CREDIT_CODE_SHAPE.matcher(code).matches();
    }
}
