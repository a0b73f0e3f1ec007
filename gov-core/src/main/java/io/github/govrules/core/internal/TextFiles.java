package io.github.govrules.core.internal;

import io.github.govrules.calendar.internal.Utf8Text;
import java.io.IOException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Why a file cannot be read, in words ("no such file", "permission denied", never a Java class
 * name), and where its text stops being UTF-8 (line, column, byte and offset of the first byte
 * that is not). Shared by gov-core's readers, gov-rules' pack reader and the command line, so
 * that every tool says it the same way. Stateless. Not public API.
 */
public final class TextFiles {

    private static final String NO_SUCH_FILE = "no such file";

    private TextFiles() {
    }

    /**
     * The first byte of a text that is not UTF-8: its offset from 0, its value (0 to 255), its 1-based
     * line and column (characters before it on its line, plus 1, counted in code points as an editor
     * counts them, so a character outside the Basic Multilingual Plane counts once; a byte order mark
     * not counted).
     */
    public record BadByte(int offset, int value, int line, int column) {

        /**
         * The problem and its fix, without line and column (callers show those where they show every
         * location): "not UTF-8 text: byte 0xC0 at offset 9 is not valid UTF-8 (GBK or another
         * encoding?); save the file as UTF-8".
         */
        public String problem() {
            return new Utf8Text.BadByte(offset, value, line, column).problem();
        }

        private static BadByte of(Utf8Text.BadByte b) {
            return b == null ? null : new BadByte(b.offset(), b.value(), b.line(), b.column());
        }
    }

    /**
     * Why {@code file} cannot be read as a file: "the path is empty; give a file name" (Java would
     * read the working folder), "it is a folder, not a file", "no such file" or "permission denied";
     * null otherwise. Only a folder and a path that does not exist are refused as such: a named pipe,
     * {@code /dev/stdin} or a shell's {@code <(...)} ({@code /dev/fd/63}) is read like a file, and
     * anything else that cannot be read is left to the read itself to explain ({@link #whyUnreadable}).
     */
    public static String whyNotReadable(Path file) {
        if (file.toString().isEmpty()) {
            return "the path is empty; give a file name";
        }
        if (Files.isDirectory(file)) {
            return "it is a folder, not a file";
        }
        if (Files.notExists(file)) {
            return NO_SUCH_FILE;
        }
        return Files.exists(file) && !Files.isReadable(file) ? "permission denied" : null;
    }

    /** Why opening or reading a file failed: "no such file", "permission denied", or the system's reason (no path). */
    public static String whyUnreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return NO_SUCH_FILE;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "input/output error";
        }
        int nl = reason.indexOf('\n');
        return nl < 0 ? reason : reason.substring(0, nl);
    }

    /**
     * A reason from {@link #whyNotReadable} or {@link #whyUnreadable} with the path, for messages naming the
     * file nowhere else: "no such file: FILE", "cannot read FILE: REASON" (the reason alone for an empty path).
     */
    public static String cannotRead(Path file, String why) {
        if (file.toString().isEmpty()) {
            return why;
        }
        return NO_SUCH_FILE.equals(why) ? why + ": " + file : "cannot read " + file + ": " + why;
    }

    /** A new UTF-8 decoder that refuses malformed input instead of replacing it with U+FFFD. */
    public static CharsetDecoder strictUtf8() {
        return Utf8Text.strictUtf8();
    }

    /** The first byte that is not UTF-8, or null if all of {@code bytes} is UTF-8. */
    public static BadByte firstBadByte(byte[] bytes) {
        return BadByte.of(Utf8Text.firstBadByte(bytes));
    }

    /**
     * The text of UTF-8 bytes, a byte order mark at the start dropped; {@code refusal} makes the
     * exception thrown for the first byte that is not UTF-8.
     */
    public static <X extends RuntimeException> String utf8(byte[] bytes, Function<BadByte, X> refusal) {
        return Utf8Text.utf8(bytes, bad -> refusal.apply(BadByte.of(bad)));
    }

    /**
     * Where a value read from a file stops being a person's text: the index of its first control
     * character or lone UTF-16 surrogate (the rule of gov-calendar's files, {@code Utf8Text.firstNonText}),
     * line breaks allowed since a value may span lines; -1 when there is none.
     */
    public static int firstNonTextInValue(String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return Utf8Text.firstNonText(value);
        }
        return Utf8Text.firstNonText(value.replace('\n', ' ').replace('\r', ' '));
    }

    /**
     * The problem {@link #firstNonTextInValue} found at {@code index}, in words: "control character
     * U+0000 is not text (character 4 of the value)".
     */
    public static String nonTextInValue(String value, int index) {
        return Utf8Text.nonTextProblem(value, index) + " (character " + (value.codePointCount(0, index) + 1)
                + " of the value)";
    }

    /**
     * The first NUL byte of {@code bytes} as {offset, line, column} (column in code points), or null when
     * there is none: UTF-8 text has no NUL, while UTF-16 text of Latin letters is half NULs (a JSON reader
     * would silently decode it as UTF-16), as is much binary data.
     */
    public static int[] firstNul(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            } else if (bytes[i] == 0) {
                return new int[] {i, line, codePointColumn(bytes, line, i - lineStart + 1)};
            }
        }
        return null;
    }

    /** The problem of a NUL byte at {@code offset} ({@link #firstNul}), in the words of {@link BadByte#problem()}. */
    public static String nulProblem(int offset) {
        return "not UTF-8 text: byte 0x00 at offset " + offset + " is a NUL, not text (UTF-16 or a binary file?);"
                + " save the file as UTF-8";
    }

    /**
     * A column counted in bytes (as Jackson counts it for JSON read from bytes) as a column counted in code
     * points: {@code byteColumn} is 1-based on the 1-based {@code line}, lines ending at LF, CR or CRLF.
     * Continuation bytes (10xxxxxx) before the column on its line are not counted. A line or column below
     * 1 is returned as it is; a column past the end of the input is counted to the end. A byte-order
     * mark at the start of the input is not counted.
     */
    public static int codePointColumn(byte[] bytes, int line, int byteColumn) {
        if (line < 1 || byteColumn < 1) {
            return byteColumn;
        }
        int start = 0;
        for (int row = 1; row < line && start < bytes.length; start++) {
            if (bytes[start] == '\n' || bytes[start] == '\r' && (start + 1 >= bytes.length || bytes[start + 1] != '\n')) {
                row++;
            }
        }
        int end = (int) Math.min(bytes.length, (long) start + byteColumn - 1);
        int column = 1;
        if (start == 0 && end >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a byte-order mark is not a character an editor shows
        }
        for (int i = start; i < end; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
