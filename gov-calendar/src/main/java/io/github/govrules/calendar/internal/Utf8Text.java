package io.github.govrules.calendar.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Strict UTF-8 decoding, and where a text stops being UTF-8 (line, column, byte and offset of the
 * first byte that is not), in the words every tool of the project uses: the calendar files here,
 * gov-core's and gov-rules' readers and the command line (through gov-core's {@code TextFiles}).
 * Stateless. Not public API.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The first byte of a text that is not UTF-8: its offset from 0, its value (0 to 255), its 1-based
     * line and column (characters before it on its line, plus 1, counted in code points as an editor
     * counts them; a byte order mark not counted).
     *
     * @param offset the offset of the byte from 0
     * @param value  the byte, 0 to 255
     * @param line   the 1-based line
     * @param column the 1-based column, in code points
     */
    public record BadByte(int offset, int value, int line, int column) {

        /**
         * The problem and its fix, without line and column: "not UTF-8 text: byte 0xC0 at offset 9 is
         * not valid UTF-8 (GBK or another encoding?); save the file as UTF-8".
         */
        public String problem() {
            return String.format(Locale.ROOT, "not UTF-8 text: byte 0x%02X at offset %d is not valid UTF-8"
                    + " (GBK or another encoding?); save the file as UTF-8", value, offset);
        }
    }

    /** A new UTF-8 decoder that refuses malformed input instead of replacing it with U+FFFD. */
    public static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The first byte that is not UTF-8, or null if all of {@code bytes} is UTF-8. */
    public static BadByte firstBadByte(byte[] bytes) {
        return decode(bytes, CharBuffer.allocate(bytes.length + 1));
    }

    /**
     * The text of UTF-8 bytes, a byte order mark at the start dropped; {@code refusal} makes the
     * exception thrown for the first byte that is not UTF-8.
     *
     * @param <X> the exception thrown
     */
    public static <X extends RuntimeException> String utf8(byte[] bytes, Function<BadByte, X> refusal) {
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        BadByte bad = decode(bytes, out);
        if (bad != null) {
            throw refusal.apply(bad);
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == '\uFEFF') {
            out.get();
        }
        return out.toString();
    }

    /** Decodes into {@code out} (room for every byte as a character); the first bad byte, or null. */
    private static BadByte decode(byte[] bytes, CharBuffer out) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharsetDecoder decoder = strictUtf8();
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return null;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.position(); i++) {
            char c = out.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if ((i > 0 || c != '\uFEFF') && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(out.get(i - 1)))) {
                column++;
            }
        }
        return new BadByte(in.position(), bytes[in.position()] & 0xFF, line, column);
    }
    /**
     * Where a text stops being a person's text: the index of its first control character (U+0000 to
     * U+001F except tab, U+007F to U+009F) or lone UTF-16 surrogate, or -1 when there is none.
     */
    public static int firstNonText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What {@link #firstNonText} found at {@code index}, in words: "control character U+0000 is not
     * text" or "lone UTF-16 surrogate U+D800 is not text".
     */
    public static String nonTextProblem(CharSequence text, int index) {
        char c = text.charAt(index);
        return String.format(Locale.ROOT, "%s U+%04X is not text", Character.isSurrogate(c)
                ? "lone UTF-16 surrogate" : "control character", (int) c);
    }

    /** The 1-based column of {@code index} in a line, counted in code points as {@link BadByte#column()}. */
    public static int column(CharSequence line, int index) {
        return Character.codePointCount(line, 0, index) + 1;
    }
}
