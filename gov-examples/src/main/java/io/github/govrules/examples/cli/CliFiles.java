package io.github.govrules.examples.cli;

import java.nio.file.Files;
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
        if (Files.isDirectory(file)) {
            throw new CliInputException(option + ": " + file + " is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(option + ": no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new CliInputException(option + ": cannot read " + file);
        }
        return file;
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
