package io.github.govrules.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample inputs shipped in {@code gov-examples/samples/} (the README tour uses them). */
final class Samples {

    private Samples() {
    }

    /** The samples folder; tests run with the module folder as working directory. */
    static Path folder() {
        Path p = Path.of("samples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples folder not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static Path path(String name) {
        return folder().resolve(name);
    }

    /** Copies a sample into a folder, to edit it in a test. */
    static Path copy(String name, Path dir) throws IOException {
        return Files.copy(path(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
