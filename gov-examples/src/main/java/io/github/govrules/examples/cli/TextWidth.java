package io.github.govrules.examples.cli;

/**
 * The width of text on a terminal: East Asian wide and full-width characters (汉字, full-width
 * punctuation) take two columns, combining marks none, the rest one; for aligned columns.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The columns the text takes on a terminal. */
    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            width += of(cp);
        }
        return width;
    }

    /** The columns one code point takes: 0, 1 or 2. */
    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15, UAX #11), the ones Chinese text uses and more. */
    static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x2FFFD
                || cp >= 0x30000 && cp <= 0x3FFFD;
    }

    /** The text padded with spaces on the right to {@code width} columns (unchanged if wider). */
    static String padRight(String s, int width) {
        int w = of(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /** The text padded with spaces on the left to {@code width} columns (unchanged if wider). */
    static String padLeft(String s, int width) {
        int w = of(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }
}
