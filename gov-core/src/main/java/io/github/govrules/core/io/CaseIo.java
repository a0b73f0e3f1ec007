package io.github.govrules.core.io;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.internal.ModelMapper.Syntax;
import io.github.govrules.core.internal.ModelMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes cases (办件) as JSON, and gives the bundled example cases.
 *
 * <p>Reading is strict, as for {@link Catalogs}: unknown fields, wrong types, unknown event
 * types and illegal event histories are rejected with a {@link ModelReadException} naming the
 * JSON path, line and column; constraints are checked with Jakarta Validation and reported as
 * a {@link ModelValidationException}. To check the case against its item as well, use
 * {@code CaseChecks.check(aCase, catalog)}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseIo {

    /** The classpath folder of the bundled example cases. */
    public static final String EXAMPLES_FOLDER = "/io/github/govrules/core/cases/examples/";

    /** The names of the bundled example cases (file names without {@code .json}). */
    public static final List<String> EXAMPLE_NAMES = List.of(
            "gjj-bank-first-incomplete",
            "gjj-agent-spouse-complete",
            "gjj-fund-loan-immediate",
            "printing-licence-promised",
            "investment-project-joint",
            "renovation-tolerated-gap");

    private static final ModelMapper DEFAULT = ModelMapper.of(Syntax.JSON, ReadLimits.defaults());

    private CaseIo() {
    }

    /**
     * Reads a case from a JSON file.
     *
     * @param file the file
     * @return the case
     * @throws ModelReadException       if the file cannot be read, is too large, or is not a well-typed case
     * @throws ModelValidationException if a constraint is broken
     */
    public static Case read(Path file) {
        return DEFAULT.read(file, Case.class);
    }

    /**
     * Reads a case from a JSON file with other limits.
     *
     * @param file   the file
     * @param limits the read limits
     * @return the case
     * @throws ModelReadException       if the file cannot be read, is too large, or is not a well-typed case
     * @throws ModelValidationException if a constraint is broken
     */
    public static Case read(Path file, ReadLimits limits) {
        return ModelMapper.of(Syntax.JSON, limits).read(file, Case.class);
    }

    /**
     * Reads a case from JSON text.
     *
     * @param json   the text
     * @param source a name for error messages
     * @return the case
     * @throws ModelReadException       if the text is too large or not a well-typed case
     * @throws ModelValidationException if a constraint is broken
     */
    public static Case fromJson(String json, String source) {
        return DEFAULT.read(json, Objects.requireNonNull(source, "source"), Case.class);
    }

    /**
     * Reads a case from a UTF-8 JSON stream, which is not closed.
     *
     * @param in     the stream
     * @param source a name for error messages
     * @return the case
     * @throws ModelReadException       if the input is too large or not a well-typed case
     * @throws ModelValidationException if a constraint is broken
     */
    public static Case read(InputStream in, String source) {
        return DEFAULT.read(in, Objects.requireNonNull(source, "source"), Case.class);
    }

    /**
     * A bundled example case.
     *
     * @param name one of {@link #EXAMPLE_NAMES}
     * @return the case
     * @throws IllegalArgumentException if there is no such example
     */
    public static Case example(String name) {
        Objects.requireNonNull(name, "name");
        if (!EXAMPLE_NAMES.contains(name)) {
            throw new IllegalArgumentException("no example case '" + name + "' (examples: " + EXAMPLE_NAMES + ")");
        }
        String resource = EXAMPLES_FOLDER + name + ".json";
        try (InputStream in = CaseIo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
            }
            return read(in, "classpath:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON text of a case; {@link #fromJson} reads it back to an equal case.
     *
     * @param aCase the case
     * @return JSON text
     * @throws ModelValidationException if a constraint is broken (such a value could not be read back)
     */
    public static String toJson(Case aCase) {
        return DEFAULT.write(Objects.requireNonNull(aCase, "aCase"));
    }

    /**
     * Writes a case as a UTF-8 JSON file.
     *
     * @param aCase the case
     * @param file  the file, replaced if it exists
     * @throws ModelValidationException if a constraint is broken; nothing is written
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Case aCase, Path file) {
        try {
            Files.writeString(file, toJson(aCase), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
