package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.govrules.core.GovCoreException;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid catalogs, centers and cases under {@code src/test/resources/io/github/govrules/core/io/invalid}:
 * each file must fail with exactly the exception type and message listed in {@code expected.tsv}
 * (file, exception simple name, message; tab-separated).
 */
class InvalidCorpusTest {

    private static final String ROOT = "/io/github/govrules/core/io/invalid/";

    static List<Arguments> corpus() {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = InvalidCorpusTest.class.getResourceAsStream(ROOT + "expected.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                out.add(Arguments.of(parts[0], parts[1], parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void corpusHasAtLeastThirtyEntries() {
        assertTrue(corpus().size() >= 30, "corpus size " + corpus().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void invalidInputFailsWithTheExactError(String file, String exception, String message) {
        GovCoreException e = load(file);
        assertNotNull(e, file + " was accepted but must fail with " + exception + ": " + message);
        assertEquals(exception, e.getClass().getSimpleName(), file + ": " + e.getMessage());
        assertEquals(message, e.getMessage(), file);
    }

    static GovCoreException load(String file) {
        try (InputStream in = InvalidCorpusTest.class.getResourceAsStream(ROOT + file)) {
            assertNotNull(in, "missing corpus file " + file);
            String source = "invalid/" + file;
            if (file.startsWith("center/")) {
                ServiceCenters.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
            } else if (file.endsWith(".yaml")) {
                Catalogs.read(in, source);
            } else {
                Case c = CaseIo.read(in, source);
                Catalog catalog = Catalogs.example();
                CaseChecks.check(c, catalog);
            }
            return null;
        } catch (GovCoreException e) {
            return e;
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }
}
