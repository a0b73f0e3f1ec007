package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in a file are explained in plain words, placed: never in the parser's own words
 * (its feature names, "&lt;stream end&gt;", a column of -1, a buffer size for a length).
 */
class ReadWordingTest {

    private static String jsonError(String json) {
        return assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "c.json")).getMessage();
    }

    private static String yamlError(String yaml) {
        return assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(yaml, "c.yaml")).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"number":"WH-1", /* c */ "x":1}  | c.json: $ (line 1, column 19): not well-formed: a comment: JSON has no comments
            {"number":"WH-1" // c\\n}          | c.json: $ (line 1, column 18): not well-formed: a comment: JSON has no comments
            {"number":"WH-1","itemCode":NaN}  | c.json: $ (line 1, column 32): not well-formed: 'NaN' is not a JSON value (JSON has no NaN or Infinity)
            {'number': 'WH-1'}                | c.json: $ (line 1, column 2): not well-formed: unexpected ''' where a field name in double quotes was expected
            {"number": "WH-1",}               | c.json: $ (line 1, column 19): not well-formed: unexpected '}' where a field name in double quotes was expected (no comma may follow the last field)
            ''                                | c.json: $ (line 1, column 1): the input is empty
            null                              | c.json: $ (line 1, column 1): the input is null: expected an object (case)
            """)
    void jsonMistakesInPlainWords(String json, String message) {
        assertEquals(message, jsonError(json.replace("\\n", "\n")));
    }

    @Test
    void aMisspeltNumberFieldIsNamedNotReportedMissing() {
        assertEquals("c.json: $.itemVersoin (line 1, column 18): unknown field 'itemVersoin' (did you mean 'itemVersion'?)",
                jsonError("{\"number\":\"WH-1\",\"itemVersoin\":1}"));
        assertTrue(jsonError("{\"a\":1}").startsWith("c.json: $.a (line 1, column 2): unknown field 'a' (known fields: "));
    }

    @Test
    void aTrailingCommaInAListAndAFileCutShortAreNamed() {
        String list = jsonError("{\"number\":\"WH-1\",\"situations\":[\"a\",]}");
        assertTrue(list.endsWith("not well-formed: unexpected ']' where a value (a string, number, object, array, true,"
                + " false or null) was expected (no comma may follow the last element)"), list);
        String cut = jsonError("{\"number\":\"WH-1\",\"region\":\"330106\"");
        assertTrue(cut.endsWith("not well-formed: the input ends before its object does: a closing } or more is missing"),
                cut);
    }

    @Test
    void aByteOrderMarkIsNotCountedInColumns() {
        String plain = "{\"number\":\"WH-1\",\"nmae\":1}";
        String withBom = "\uFEFF" + plain;
        assertEquals(jsonError(plain).replace("c.json", "x"), jsonError(withBom).replace("c.json", "x"));
        assertTrue(jsonError(plain).contains("(line 1, column 18)"), jsonError(plain));
    }

    @Test
    @Tag("jackson-wording")   // Jackson 2.19 and 2.20 fail first, on the mark's second byte (Boot's versions run without it)
    void aByteOrderMarkAloneIsNamed() {
        assertEquals("c.json: $ (line 1, column 2): not well-formed: unexpected byte-order mark (U+FEFF) where a value"
                + " (a string, number, object, array, true, false or null) was expected", jsonError("\uFEFF"));
    }

    @Test
    void aNumberTooLongIsPlacedAtItsField() {
        String message = jsonError("{\"number\": \"WH-1\", \"itemVersion\": " + "9".repeat(2001) + "}");
        assertTrue(message.startsWith("c.json: $.itemVersion (line 1, column "), message);
        assertTrue(message.endsWith("): input exceeds a size limit: a number of 2001 characters (at most 30)"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            items: [                     | c.yaml: $.items (line 1, column 9): not well-formed YAML: in a [ ] list or { } mapping, expected a value, but found the end of the file
            name: x\\nitems:\\n  - {a: 1 | c.yaml: $.items[0] (line 3, column 10): not well-formed YAML: in a { } mapping, expected ',' or '}', but got the end of the file
            null                         | c.yaml: $ (line 1, column 1): the input is null: expected an object (catalog)
            """)
    void yamlMistakesInPlainWords(String yaml, String message) {
        assertEquals(message, yamlError(yaml.replace("\\n", "\n")));
    }

    /** What is written can be read back: a string longer than reading accepts is refused on writing, at its path. */
    @Test
    void aStringTooLongToReadBackIsNotWritten() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        Case long_ = c.record(new CaseEvent.Accepted(LocalDateTime.of(2025, 9, 19, 10, 0), "w01-wang", null))
                .record(new CaseEvent.StepDone(LocalDateTime.of(2025, 9, 19, 11, 0), "w01-wang", "x".repeat(150_000), null));
        ModelValidationException e = assertThrows(ModelValidationException.class, () -> CaseIo.toJson(long_));
        assertEquals(List.of(new Violation("$.events[2].step", "is 150000 characters long: at most 100000 can be read back")),
                e.violations());
        // and reading such a string names the limit, not the parser's buffer size, and places it
        String json = CaseIo.toJson(c).replaceFirst("\"number\" : \"[^\"]*\"", "\"number\" : \"" + "y".repeat(150_000) + "\"");
        String message = jsonError(json);
        assertTrue(message.contains("a string longer than 100000 characters"), message);
        assertTrue(message.contains("(line "), message);
        assertFalse(message.contains("131072"), message);
    }
}
