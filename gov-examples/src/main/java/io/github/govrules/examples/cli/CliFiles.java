package io.github.govrules.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;

/** Reads the files a command is given, turning "not there" into a one-line message naming the option. */
final class CliFiles {

    private CliFiles() {
    }

    /** Fails with a message naming the option when the path is not a readable regular file. */
    static Path requireFile(Path file, String option) {
        requireNonEmpty(file.toString(), option);
        if (Files.isDirectory(file)) {
            throw new CliInputException(option + ": " + file + " is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(option + ": no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new CliInputException(option + ": cannot read " + file + ": permission denied");
        }
        return file;
    }

    /** Fails when a path option was given as the empty string (which Java would read as the working folder). */
    static void requireNonEmpty(String path, String option) {
        if (path.isEmpty()) {
            throw new CliInputException(option + ": the path is empty; give a file name");
        }
    }

    /** Why a file could not be opened, in words: "permission denied", "no such file", or the system's reason. */
    static String whyUnreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String reason = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        }
        return reason == null || reason.isBlank() ? "input/output error" : reason;
    }

    /** A decoder that refuses malformed UTF-8 instead of replacing it with U+FFFD. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A file's text, refusing bytes that are not UTF-8 with a message naming the file and line. */
    static String readUtf8(Path file, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliInputException(option + ": cannot read " + file + ": " + whyUnreadable(e), e);
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw notUtf8(option + " " + file, lineOfFirstBadByte(bytes), e);
        }
    }

    /** The line (1-based) holding the first byte that is not UTF-8, or 0 when all bytes are UTF-8. */
    static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                return line;
            }
            if (r.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
    }

    /** "WHERE: line N: not UTF-8 text ...": the one-line refusal of a file in another encoding. */
    static CliInputException notUtf8(String where, int line, Throwable cause) {
        return new CliInputException(where + (line > 0 ? ": line " + line : "")
                + ": not UTF-8 text (save it as UTF-8; GBK and other encodings are not read)", cause);
    }

    /** A case JSON file; malformed content fails with gov-core's located error (file:line:column). */
    static Case readCase(Path file, String option) {
        return CaseIo.read(requireFile(file, option));
    }

    /** The catalog YAML file, or the bundled example catalog when none is given. */
    static Catalog readCatalog(Path file, String option) {
        return file == null ? Catalogs.example() : Catalogs.load(requireFile(file, option));
    }
}
