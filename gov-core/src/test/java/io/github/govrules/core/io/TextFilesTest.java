package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.govrules.core.internal.ModelMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    // why a file cannot be read

    @Test
    void aReadableFileHasNoReason() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.txt"), "ok");
        assertNull(TextFiles.whyNotReadable(file));
    }

    @Test
    void aMissingFileIsNamedWithItsPath() {
        Path missing = dir.resolve("none.yaml");
        String why = TextFiles.whyNotReadable(missing);
        assertEquals("no such file", why);
        assertEquals("no such file: " + missing, TextFiles.cannotRead(missing, why));
    }

    @Test
    void aFolderIsCalledAFolder() {
        String why = TextFiles.whyNotReadable(dir);
        assertEquals("it is a folder, not a file", why);
        assertEquals("cannot read " + dir + ": it is a folder, not a file", TextFiles.cannotRead(dir, why));
    }

    @Test
    void anEmptyPathIsNotTakenForTheWorkingFolder() {
        String why = TextFiles.whyNotReadable(Path.of(""));
        assertEquals("the path is empty; give a file name", why);
        assertEquals(why, TextFiles.cannotRead(Path.of(""), why));
    }

    @Test
    void aFileWithoutReadPermissionSaysPermissionDenied() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path file = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "this user (root?) reads files without read permission");
        assertEquals("permission denied", TextFiles.whyNotReadable(file));
        IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(file));
        assertEquals("permission denied", TextFiles.whyUnreadable(e));
        assertEquals("cannot read " + file + ": permission denied", TextFiles.cannotRead(file, "permission denied"));
    }

    @Test
    void failuresAreInWordsWithoutClassNamesOrThePathAgain() {
        IOException missing = assertThrows(IOException.class, () -> Files.readAllBytes(dir.resolve("none")));
        assertEquals("no such file", TextFiles.whyUnreadable(missing));
        assertEquals("no such file", TextFiles.whyUnreadable(new NoSuchFileException("x")));
        assertEquals("permission denied", TextFiles.whyUnreadable(new AccessDeniedException("x")));
        assertEquals("Too many levels of symbolic links",
                TextFiles.whyUnreadable(new FileSystemException("/a/b", null, "Too many levels of symbolic links")));
        assertEquals("Input/output error", TextFiles.whyUnreadable(new IOException("Input/output error\n\tat x")));
        assertEquals("input/output error", TextFiles.whyUnreadable(new IOException((String) null)));
        assertEquals("input/output error", TextFiles.whyUnreadable(new IOException(" ")));
    }

    // where the text stops being UTF-8

    @Test
    void gbkOnTheFirstLine() {
        // 示 in GBK (CA BE) happens to be valid UTF-8 (U+02BE); 例 (C0 FD) is not
        TextFiles.BadByte bad = TextFiles.firstBadByte("name: \"示例\"\n".getBytes(GBK));
        assertEquals(new TextFiles.BadByte(9, 0xC0, 1, 9), bad);
        assertEquals("not UTF-8 text: byte 0xC0 at offset 9 is not valid UTF-8 (GBK or another encoding?);"
                + " save the file as UTF-8", bad.problem());
    }

    @Test
    void gbkOnALaterLine() {
        assertEquals(new TextFiles.BadByte(4, 0xB6, 3, 1), TextFiles.firstBadByte("a\nb\n二\n".getBytes(GBK)));
        assertEquals(new TextFiles.BadByte(4, 0xFF, 2, 2), TextFiles.firstBadByte(bytes("a\r\nb", 0xFF)));
    }

    @Test
    void chineseTextBeforeTheBadByteCountsAsOneColumnACharacter() {
        // 材料： is 9 bytes of UTF-8 and 3 characters
        assertEquals(new TextFiles.BadByte(9, 0xFF, 1, 4), TextFiles.firstBadByte(bytes("材料：", 0xFF)));
        assertEquals(new TextFiles.BadByte(13, 0xD6, 2, 4), TextFiles.firstBadByte(bytes("一\n材料：", 0xD6, 0xD0)));
    }

    @Test
    void aSequenceCutShortAtTheEndIsLocatedAtItsFirstByte() {
        assertEquals(new TextFiles.BadByte(2, 0xE7, 1, 3), TextFiles.firstBadByte(bytes("ab", 0xE7, 0xA4)));
    }

    @Test
    void aByteOrderMarkIsDroppedAndNotCounted() {
        assertEquals("名称\n", TextFiles.utf8(bytes("", 0xEF, 0xBB, 0xBF, "名称\n"), TextFilesTest::unexpected));
        assertEquals(new TextFiles.BadByte(5, 0xFF, 1, 3), TextFiles.firstBadByte(bytes("", 0xEF, 0xBB, 0xBF, "ab", 0xFF)));
        assertEquals("a\uFEFF", TextFiles.utf8(bytes("a", 0xEF, 0xBB, 0xBF), TextFilesTest::unexpected),
                "only a mark at the start is dropped");
    }

    @Test
    void utf8TextIsDecodedAndBadBytesRefusedWithTheCallersException() {
        assertNull(TextFiles.firstBadByte("材料\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(TextFiles.firstBadByte(new byte[0]));
        assertEquals("", TextFiles.utf8(new byte[0], TextFilesTest::unexpected));
        assertEquals("一\n二", TextFiles.utf8("一\n二".getBytes(StandardCharsets.UTF_8), TextFilesTest::unexpected));
        IllegalStateException refused = new IllegalStateException();
        assertSame(refused, assertThrows(IllegalStateException.class,
                () -> TextFiles.utf8("例".getBytes(GBK), bad -> {
                    assertEquals(new TextFiles.BadByte(0, 0xC0, 1, 1), bad);
                    return refused;
                })));
    }

    private static IllegalStateException unexpected(TextFiles.BadByte bad) {
        return new IllegalStateException("unexpected " + bad);
    }

    @Test
    void modelMapperLocatesTheBadByteInJsonAsInYaml() {
        byte[] gbk = "{\n  \"name\": \"示例\"\n}".getBytes(GBK);
        for (ModelMapper.Syntax syntax : ModelMapper.Syntax.values()) {
            ModelMapper mapper = ModelMapper.of(syntax, ReadLimits.defaults());
            ModelReadException e = assertThrows(ModelReadException.class,
                    () -> mapper.read(new ByteArrayInputStream(gbk), "in", Map.class));
            assertEquals(2, e.line(), e::getMessage);
            assertEquals(13, e.column(), e::getMessage);
            assertTrue(e.getMessage().endsWith(": not UTF-8 text: byte 0xC0 at offset 15 is not valid UTF-8"
                    + " (GBK or another encoding?); save the file as UTF-8"), e::getMessage);
        }
    }

    @Test
    void aNamedPipeIsNotRefusedAsMissing() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
        }
        assertNull(TextFiles.whyNotReadable(fifo));
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "{\"a\": 1}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            assertEquals(Map.of("a", 1), ModelMapper.of(ModelMapper.Syntax.JSON, ReadLimits.defaults()).read(fifo, Map.class));
        } finally {
            writer.join(10_000);
        }
    }

    @Test
    void columnsCountCodePointsNotUtf16Chars() {
        // U+20000 is two UTF-16 chars but one character in an editor: the bad byte is the 15th character
        assertEquals(new TextFiles.BadByte(17, 0xC0, 1, 15), TextFiles.firstBadByte(bytes("  \"region\": \"\uD840\uDC00", 0xC0)));
        assertEquals(new TextFiles.BadByte(7, 0xFF, 2, 3), TextFiles.firstBadByte(bytes("x\n\uD840\uDC00a", 0xFF)));
    }

    @Test
    void aByteColumnBecomesACodePointColumn() {
        byte[] text = "ab\n示例\uD840\uDC00x\r\nz".getBytes(StandardCharsets.UTF_8);
        assertEquals(3, TextFiles.codePointColumn(text, 1, 3));
        assertEquals(1, TextFiles.codePointColumn(text, 2, 1));
        assertEquals(2, TextFiles.codePointColumn(text, 2, 4)); // after 示 (3 bytes)
        assertEquals(4, TextFiles.codePointColumn(text, 2, 11)); // after 示例 and U+20000 (3 + 3 + 4 bytes)
        assertEquals(5, TextFiles.codePointColumn(text, 2, 12));
        assertEquals(2, TextFiles.codePointColumn(text, 3, 2)); // CRLF ends one line
        assertEquals(2, TextFiles.codePointColumn("a\rb".getBytes(StandardCharsets.UTF_8), 2, 2)); // so does CR
        assertEquals(-1, TextFiles.codePointColumn(text, 1, -1));
        assertEquals(7, TextFiles.codePointColumn(text, -1, 7));
    }

    @Test
    void jacksonJsonColumnsAreCountedInCharactersNotBytes() {
        ModelMapper json = ModelMapper.of(ModelMapper.Syntax.JSON, ReadLimits.defaults());
        String ascii = "{\n  \"name\": \"abcd\", \"x\": @}";
        String chinese = "{\n  \"name\": \"示例\uD840\uDC00材\", \"x\": @}";
        ModelReadException plain = assertThrows(ModelReadException.class, () -> json.read(ascii, "in", Map.class));
        ModelReadException e = assertThrows(ModelReadException.class, () -> json.read(chinese, "in", Map.class));
        assertEquals(2, plain.line(), plain::getMessage);
        assertTrue(plain.column() > 20, plain::getMessage);
        assertEquals(plain.line(), e.line(), e::getMessage);
        assertEquals(plain.column(), e.column(), e::getMessage);
        assertEquals(plain.problem(), e.problem());
    }

    /** Text as UTF-8 and raw bytes, in order. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
