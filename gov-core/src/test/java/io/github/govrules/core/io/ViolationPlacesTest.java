package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broken constraint found after reading is placed at its value in the file: line and column,
 * columns in characters (JSON and YAML alike), and a value the file leaves out at the nearest
 * enclosing value it has.
 */
class ViolationPlacesTest {

    private static final String INVALID = "/io/github/govrules/core/io/invalid/";

    private static String resource(String name) throws IOException {
        try (InputStream in = ViolationPlacesTest.class.getResourceAsStream(INVALID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of {@code text} from the 1-based line and column (in characters) on. */
    private static String from(String text, Violation v) {
        String line = text.split("\n", -1)[v.line() - 1];
        return line.substring(line.offsetByCodePoints(0, v.column() - 1));
    }

    @Test
    void aValueIsPlacedAtItselfInYaml() throws IOException {
        String yaml = resource("catalog/c14-bad-phone.yaml");
        ModelValidationException e = assertThrows(ModelValidationException.class,
                () -> Catalogs.fromYaml(yaml, "c14.yaml"));
        Violation v = e.violations().get(0);
        assertEquals("$.items[0].contact.phone", v.path());
        assertTrue(v.isLocated(), v::toString);
        // after Chinese text on the same line: the column counts characters
        assertTrue(from(yaml, v).startsWith("\"call us\""), () -> from(yaml, v));
        assertEquals("c14.yaml: 1 violation: $.items[0].contact.phone (line " + v.line() + ", column " + v.column()
                + "): must be a phone number", e.getMessage());
    }

    @Test
    void aValueIsPlacedAtItselfInJsonWithColumnsInCharacters() throws IOException {
        // the whole case on one line, the region after the applicant's Chinese name: Jackson's
        // JSON columns count bytes, the violation's count characters
        String json = new ObjectMapper().writeValueAsString(new ObjectMapper().readTree(resource("case/k17-bad-region.json")));
        assertFalse(json.contains("\n"));
        assertTrue(json.indexOf("\"region\"") > json.indexOf("张"), json);
        ModelValidationException e = assertThrows(ModelValidationException.class, () -> CaseIo.fromJson(json, "k17.json"));
        Violation v = e.violations().get(0);
        assertEquals("$.region", v.path());
        assertEquals(1, v.line());
        assertTrue(from(json, v).startsWith("\"33010\""), () -> from(json, v));
    }

    @Test
    void aValueTheFileLeavesOutIsPlacedAtTheNearestEnclosingValue() throws IOException {
        String yaml = resource("catalog/c23-empty-legal-basis.yaml").replace("    legalBasis: []\n", "");
        ModelValidationException e = assertThrows(ModelValidationException.class,
                () -> Catalogs.fromYaml(yaml, "no-basis.yaml"));
        Violation v = e.violations().get(0);
        assertEquals("$.items[0].legalBasis", v.path());
        // the item itself: its first key
        assertTrue(from(yaml, v).startsWith("implementationCode:"), () -> v + " at " + from(yaml, v));
    }

    /** Every constraint the corpus breaks in a file (not a cross-check against the catalog) is placed. */
    @Test
    void everyViolationOfTheInvalidCorpusReadFromAFileIsPlaced() throws IOException {
        int seen = 0;
        for (String line : resource("expected.tsv").split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[1].equals("ModelValidationException") || !cols[2].startsWith("invalid/")) {
                continue;
            }
            ModelValidationException e = (ModelValidationException) InvalidCorpusTest.load(cols[0]);
            for (Violation v : e.violations()) {
                assertTrue(v.isLocated(), () -> cols[0] + ": " + v);
                seen++;
            }
        }
        assertTrue(seen >= 10, "violations seen: " + seen);
    }

    /** Every error of the corpus is placed at a character of its file (Jackson placed a refused value after its end, even past the end of the file). */
    @Test
    void everyErrorOfTheInvalidCorpusIsPlacedAtACharacterOfItsFile() throws IOException {
        java.util.regex.Pattern place = java.util.regex.Pattern.compile("\\(line (\\d+), column (\\d+)\\)");
        int seen = 0;
        for (String line : resource("expected.tsv").split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            String[] lines = resource(cols[0]).split("\n", -1);
            java.util.regex.Matcher m = place.matcher(cols[2]);
            while (m.find()) {
                int l = Integer.parseInt(m.group(1));
                int c = Integer.parseInt(m.group(2));
                boolean empty = lines.length == 1 && lines[0].isEmpty();
                assertTrue(empty ? l == 1 && c == 1
                                : l <= lines.length && c <= lines[l - 1].codePointCount(0, lines[l - 1].length()),
                        () -> cols[0] + ": " + m.group() + " is past the end of the file or line");
                seen++;
            }
        }
        assertTrue(seen >= 60, "places seen: " + seen);
    }

    @Test
    void aValueNotReadFromAFileHasNoPlace() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        Case blankStaff = c.record(new CaseEvent.Accepted(LocalDateTime.of(2025, 9, 19, 10, 0), "  ", null));
        ModelValidationException e = assertThrows(ModelValidationException.class, () -> CaseIo.toJson(blankStaff));
        assertEquals(List.of(new Violation("$.events[1].by", "must not be blank")), e.violations());
        assertFalse(e.violations().get(0).isLocated());
    }

    @Test
    void lineAndColumnAreBothKnownOrBothUnknown() {
        assertEquals("$.a (line 3, column 7): bad", new Violation("$.a", 3, 7, "bad").toString());
        assertEquals("$.a: bad", new Violation("$.a", "bad").toString());
        assertFalse(new Violation("$.a", "bad").isLocated());
        assertEquals("bad", new Violation("", "bad").toString());
        assertEquals("(line 1, column 1): bad", new Violation("", 1, 1, "bad").toString());
        for (int[] wrong : List.of(new int[] {3, -1}, new int[] {-1, 7}, new int[] {0, 1}, new int[] {1, 0},
                new int[] {-2, -2})) {
            assertThrows(IllegalArgumentException.class, () -> new Violation("$.a", wrong[0], wrong[1], "bad"));
        }
    }
}
