package io.github.govrules.core.io;

import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.internal.ModelMapper.Syntax;
import io.github.govrules.core.internal.ModelMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads and writes item catalogs as YAML, and gives the bundled example catalog.
 *
 * <p>Reading is strict: unknown fields, values of the wrong type (a number where a string is
 * expected, or the reverse), duplicate keys and trailing content are rejected with a
 * {@link ModelReadException} naming the JSON path, line and column; every constraint is then
 * checked with Jakarta Validation, reported as a {@link ModelValidationException} with field
 * paths. Input is limited by {@link ReadLimits} (8 MiB by default).
 *
 * <pre>{@code
 * Catalog catalog = Catalogs.load(Path.of("catalog.yaml"));
 * ServiceItem item = catalog.item("11330100MB1234567XGJJ0001", 1);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Catalogs {

    /** The classpath resource of the bundled example catalog. */
    public static final String EXAMPLE_RESOURCE = "/io/github/govrules/core/catalog/example-catalog.yaml";

    private static final ModelMapper DEFAULT = ModelMapper.of(Syntax.YAML, ReadLimits.defaults());

    private Catalogs() {
    }

    /**
     * Loads a catalog from a YAML file.
     *
     * @param file the file
     * @return the catalog
     * @throws ModelReadException       if the file cannot be read, is too large, or is not a well-typed catalog
     * @throws ModelValidationException if a constraint is broken
     */
    public static Catalog load(Path file) {
        return DEFAULT.read(file, Catalog.class);
    }

    /**
     * Loads a catalog from a YAML file with other limits.
     *
     * @param file   the file
     * @param limits the read limits
     * @return the catalog
     * @throws ModelReadException       if the file cannot be read, is too large, or is not a well-typed catalog
     * @throws ModelValidationException if a constraint is broken
     */
    public static Catalog load(Path file, ReadLimits limits) {
        return ModelMapper.of(Syntax.YAML, limits).read(file, Catalog.class);
    }

    /**
     * Reads a catalog from YAML text.
     *
     * @param yaml   the text
     * @param source a name for error messages, e.g. a file name
     * @return the catalog
     * @throws ModelReadException       if the text is too large or not a well-typed catalog
     * @throws ModelValidationException if a constraint is broken
     */
    public static Catalog fromYaml(String yaml, String source) {
        return DEFAULT.read(yaml, Objects.requireNonNull(source, "source"), Catalog.class);
    }

    /**
     * Reads a catalog from a YAML stream (UTF-8), which is not closed.
     *
     * @param in     the stream
     * @param source a name for error messages
     * @return the catalog
     * @throws ModelReadException       if the input is too large or not a well-typed catalog
     * @throws ModelValidationException if a constraint is broken
     */
    public static Catalog read(InputStream in, String source) {
        return DEFAULT.read(in, Objects.requireNonNull(source, "source"), Catalog.class);
    }

    /**
     * The bundled example catalog: the provident-fund withdrawal item of a city sub-center in
     * full, a dozen district-hall items with example elements, and a joint investment-project
     * item. The data are examples for tests and demos, not official data. Loaded once; the catalog
     * is immutable, so every call returns the same instance.
     *
     * @return the example catalog
     */
    public static Catalog example() {
        return Example.CATALOG;
    }

    /** Loads the immutable example catalog once, on first use (thread-safe holder idiom). */
    private static final class Example {
        static final Catalog CATALOG = loadExample();

        private static Catalog loadExample() {
            try (InputStream in = Catalogs.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource " + EXAMPLE_RESOURCE + " is missing from the jar");
                }
                return read(in, "classpath:" + EXAMPLE_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The YAML text of a catalog; {@link #fromYaml} reads it back to an equal catalog.
     *
     * @param catalog the catalog
     * @return YAML text
     * @throws ModelValidationException if a constraint is broken (such a value could not be read back)
     */
    public static String toYaml(Catalog catalog) {
        return DEFAULT.write(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Writes a catalog as a UTF-8 YAML file.
     *
     * @param catalog the catalog
     * @param file    the file, replaced if it exists
     * @throws ModelValidationException if a constraint is broken; nothing is written
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Catalog catalog, Path file) {
        try {
            Files.writeString(file, toYaml(catalog), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
