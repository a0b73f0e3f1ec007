package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strict reading names an unknown field first, at the field itself, even when it stands for a
 * required field (which Jackson would report as missing), and suggests the known name meant.
 * The catalog is the corpus file {@code c08-missing-name.yaml}: valid but for its item's
 * missing {@code name}, which lines 5-6 ({@code version: 1} / {@code type: LICENSING}) surround.
 */
class UnknownFieldTest {

    private static final String WITHOUT_NAME = resource("/io/github/govrules/core/io/invalid/catalog/c08-missing-name.yaml");

    private static String resource(String name) {
        try (InputStream in = UnknownFieldTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog with {@code line} inserted as line 6 of the item. */
    private static String withLine(String line) {
        String marker = "    version: 1\n";
        assertTrue(WITHOUT_NAME.contains(marker));
        return WITHOUT_NAME.replace(marker, marker + line + "\n");
    }

    private static ModelReadException read(String yaml) {
        return assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(yaml, "c.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nmae|name",
            "Name|name",
            "nam|name",
            "naem|name"})
    void aMisspeltRequiredFieldIsUnknownWithASuggestion(String typed, String meant) {
        ModelReadException e = read(withLine("    " + typed + ": \"出版物零售业务许可\""));
        assertEquals("$.items[0]." + typed, e.path());
        assertEquals(6, e.line());
        assertEquals(5, e.column());
        assertEquals("unknown field '" + typed + "' (did you mean '" + meant + "'?)", e.problem());
        assertEquals("c.yaml: $.items[0]." + typed + " (line 6, column 5): unknown field '" + typed
                + "' (did you mean '" + meant + "'?)", e.getMessage());
    }

    @Test
    void aFieldReallyAbsentIsStillMissing() {
        ModelReadException e = read(WITHOUT_NAME);
        assertEquals("$.items[0].name", e.path());
        assertEquals("missing required field 'name'", e.problem());
    }

    @Test
    void aMisspeltOptionalFieldIsUnknownToo() {
        ModelReadException e = read(withLine("    name: \"出版物零售业务许可\"\n    maxVisit: 1"));
        assertEquals("$.items[0].maxVisit", e.path());
        assertEquals(7, e.line());
        assertEquals("unknown field 'maxVisit' (did you mean 'maxVisits'?)", e.problem());
    }

    @Test
    void withoutACloseNameTheKnownFieldsAreListed() {
        ModelReadException e = read(withLine("    colour: red"));
        assertEquals("$.items[0].colour", e.path());
        assertTrue(e.problem().startsWith("unknown field 'colour' (known fields: acceptanceConditions, basicCode, "),
                e.problem());
        assertTrue(e.problem().contains(", name, "), e.problem());
    }

    @Test
    void theFirstUnknownFieldInTheInputIsNamed() {
        ModelReadException e = read(withLine("    colour: red\n    nmae: \"x\""));
        assertEquals("$.items[0].colour", e.path());
        assertEquals(6, e.line());
    }

    @Test
    void theErrorIsOursWithoutJacksonText() {
        ModelReadException e = read(withLine("    nmae: \"x\""));
        assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
        assertFalse(e.getMessage().contains("Cannot construct"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMisspeltFieldOfANestedObjectInJsonIsNamedAtItsLine() {
        String json = CaseIo.toJson(CaseIo.example("gjj-fund-loan-immediate"));
        String bad = json.replaceFirst("\"idNumber\"", "\"idNumbr\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(bad, "case.json"));
        assertEquals("$.applicant.idNumbr", e.path());
        assertEquals("unknown field 'idNumbr' (did you mean 'idNumber'?)", e.problem());
        assertEquals(bad.lines().takeWhile(l -> !l.contains("idNumbr")).count() + 1, e.line());
    }
}
