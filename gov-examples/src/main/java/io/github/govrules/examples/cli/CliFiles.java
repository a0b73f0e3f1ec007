package io.github.govrules.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.io.TextFiles;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;

/** Reads the files a command is given, turning "not there" into a one-line message naming the option. */
final class CliFiles {

    private CliFiles() {
    }

    /**
     * Fails with a message naming the option when the path is empty, a folder, missing or unreadable; a named
     * pipe, {@code /dev/stdin} or a shell's {@code <(...)} is accepted and read like a file.
     */
    static Path requireFile(Path file, String option) {
        String why = TextFiles.whyNotReadable(file);
        if (why != null) {
            throw new CliInputException(option + ": " + TextFiles.cannotRead(file, why));
        }
        return file;
    }

    /**
     * A {@code --pack} value as the engine takes it: a bundled pack's id in any case ({@code CN-ZJ}
     * for {@code cn-zj}), unless a folder of that name exists; anything else as given.
     */
    static String packArgument(String pack) {
        String lower = pack.toLowerCase(java.util.Locale.ROOT);
        return !java.nio.file.Files.isDirectory(java.nio.file.Path.of(pack))
                && io.github.govrules.rules.RuleEngine.BUNDLED.contains(lower) ? lower : pack;
    }

    /** Fails when a path option was given as the empty string (which Java would read as the working folder). */
    static void requireNonEmpty(String path, String option) {
        if (path.isEmpty()) {
            requireFile(Path.of(path), option);
        }
    }

    /** A file's text (a byte order mark dropped); bytes that are not UTF-8 are refused naming file, line and column. */
    static String readUtf8(Path file, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(requireFile(file, option));
        } catch (IOException e) {
            throw new CliInputException(option + ": " + TextFiles.cannotRead(file, TextFiles.whyUnreadable(e)), e);
        }
        return TextFiles.utf8(bytes, bad -> notUtf8(option + " " + file, bad, null));
    }

    /**
     * "WHERE: line N, column C: not UTF-8 text: byte 0x.. at offset .. ...; save the file as UTF-8": the one-line
     * refusal of a file in another encoding.
     */
    static CliInputException notUtf8(String where, TextFiles.BadByte bad, Throwable cause) {
        return new CliInputException(where + ": line " + bad.line() + ", column " + bad.column() + ": " + bad.problem(),
                cause);
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
