package io.github.govrules.core.io;

import io.github.govrules.core.hall.SealLedger;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.internal.ModelMapper.Syntax;
import io.github.govrules.core.internal.ModelMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads service centers (windows, authorizations, seals) from YAML and seal ledgers from JSON,
 * with the same strict reading and typed errors as {@link Catalogs}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceCenters {

    /** The classpath resource of the bundled example center. */
    public static final String EXAMPLE_RESOURCE = "/io/github/govrules/core/catalog/example-center.yaml";

    private static final ModelMapper YAML = ModelMapper.of(Syntax.YAML, ReadLimits.defaults());
    private static final ModelMapper JSON = ModelMapper.of(Syntax.JSON, ReadLimits.defaults());

    private ServiceCenters() {
    }

    /**
     * Loads a center from a YAML file.
     *
     * @param file the file
     * @return the center
     * @throws ModelReadException       if the file cannot be read or is not a well-typed center
     * @throws ModelValidationException if a constraint is broken
     */
    public static ServiceCenter load(Path file) {
        return YAML.read(file, ServiceCenter.class);
    }

    /**
     * Reads a center from YAML text.
     *
     * @param yaml   the text
     * @param source a name for error messages
     * @return the center
     * @throws ModelReadException       if the text is not a well-typed center
     * @throws ModelValidationException if a constraint is broken
     */
    public static ServiceCenter fromYaml(String yaml, String source) {
        return YAML.read(yaml, Objects.requireNonNull(source, "source"), ServiceCenter.class);
    }

    /**
     * The bundled example center, whose windows are authorized for the items of
     * {@link Catalogs#example()}. Example data, not official.
     *
     * @return the example center
     */
    public static ServiceCenter example() {
        try (InputStream in = ServiceCenters.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + EXAMPLE_RESOURCE + " is missing from the jar");
            }
            return YAML.read(in, "classpath:" + EXAMPLE_RESOURCE, ServiceCenter.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The YAML text of a center.
     *
     * @param center the center
     * @return YAML text that {@link #fromYaml} reads back to an equal center
     * @throws ModelValidationException if a constraint is broken (such a value could not be read back)
     */
    public static String toYaml(ServiceCenter center) {
        return YAML.write(Objects.requireNonNull(center, "center"));
    }

    /**
     * Reads a seal ledger from JSON text.
     *
     * @param json   the text
     * @param source a name for error messages
     * @return the ledger
     * @throws ModelReadException       if the text is not a well-typed ledger
     * @throws ModelValidationException if a constraint is broken
     */
    public static SealLedger ledgerFromJson(String json, String source) {
        return JSON.read(json, Objects.requireNonNull(source, "source"), SealLedger.class);
    }

    /**
     * The JSON text of a seal ledger.
     *
     * @param ledger the ledger
     * @return JSON text that {@link #ledgerFromJson} reads back to an equal ledger
     * @throws ModelValidationException if a constraint is broken (such a value could not be read back)
     */
    public static String toJson(SealLedger ledger) {
        return JSON.write(Objects.requireNonNull(ledger, "ledger"));
    }
}
