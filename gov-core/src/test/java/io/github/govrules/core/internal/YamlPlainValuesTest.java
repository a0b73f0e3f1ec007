package io.github.govrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;

class YamlPlainValuesTest {

    private static YamlPlainValues.Finding first(String yaml) {
        return YamlPlainValues.first(yaml.getBytes(StandardCharsets.UTF_8), new LoaderOptions());
    }

    /** Every value reported is one a plain YAML mapper reads as a number other than its decimal reading. */
    @ParameterizedTest
    @ValueSource(strings = {"010", "-010", "00", "0x10", "+0x1", "0b11", "-0b1", "1_0", "1__0", "12_", "0_1", "1_000.5"})
    void aNumberReadAsSomethingElseIsReported(String value) throws Exception {
        String read = new YAMLMapper().readTree("n: " + value).get("n").asText();
        assertTrue(!read.equals(value) && new YAMLMapper().readTree("n: " + value).get("n").isNumber(),
                "precondition: YAML reads " + value + " as the number " + read);
        YamlPlainValues.Finding f = first("a:\n  n: " + value + "\n");
        assertNotNull(f, value);
        assertEquals("$.a.n", f.path());
        assertEquals(2, f.line());
        assertEquals(6, f.column());
        assertTrue(f.problem().startsWith("'" + value + "' is "), f.problem());
    }

    @Test
    void theMessageSaysWhatTheValueWouldBecome() {
        assertEquals("'010' is an octal number in YAML 1.1 and would be read as 8: write the number in plain decimal"
                + " without leading zeros, or quote it (\"010\") for text", first("n: 010").problem());
        assertTrue(first("n: 0x1F").problem().contains("hexadecimal number in YAML 1.1 and would be read as 31"));
        assertTrue(first("n: -0b101").problem().contains("binary number in YAML 1.1 and would be read as -5"));
        assertTrue(first("n: 1_000").problem().contains("'_' separators in YAML 1.1 and would be read as 1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "0", "-5", "+5", "1.5", "09", "0ab", "\"010\"", "'0x10'", "2025-09-19", "9:00-17:00",
            "\"1_0\"", "!!str 010", "abc_def", "1e3"})
    void decimalNumbersQuotedValuesAndTextAreNotReported(String value) {
        assertNull(first("n: " + value + "\nlist: [1, 2]\n"), value);
    }

    /** Tags that Jackson still reads as a number: the non-specific '!', '!!int' and '!!float'. */
    @ParameterizedTest
    @ValueSource(strings = {"! 010", "!!int 010", "!!int 0x1F", "!!int 1_000", "!!float 1_0.5"})
    void taggedNumbersThatWouldBeMisreadAreReported(String value) throws Exception {
        assertTrue(new YAMLMapper().readTree("n: " + value).get("n").isNumber(), "precondition: YAML reads " + value + " as a number");
        YamlPlainValues.Finding f = first("n: " + value + "\n");
        assertNotNull(f, value);
        assertEquals("$.n", f.path());
    }

    @Test
    void keysAreNeverReported() {
        assertNull(first("010: x\n0x1: y\n"));
    }

    @Test
    void pathsFollowSequencesAndNestedMappings() {
        YamlPlainValues.Finding f = first("items:\n  - code: a\n    forms: [{count: 1}, {count: 02}]\n");
        assertNotNull(f);
        assertEquals("$.items[0].forms[1].count", f.path());
        assertEquals(3, f.line());
    }

    @Test
    void anchorsAndAliasesAreReportedWhereTheyStand() {
        YamlPlainValues.Finding anchor = first("a: &x 1\nb: *x\n");
        assertEquals("$.a", anchor.path());
        assertEquals(1, anchor.line());
        assertTrue(anchor.problem().contains("'&x'"), anchor.problem());
        YamlPlainValues.Finding onList = first("a:\n  - k: 1\nb: &l [1]\n");
        assertEquals("$.b", onList.path());
        assertEquals(3, onList.line());
    }

    @Test
    void aDocumentNestedBeyondTheLimitIsLeftToTheReaderWithoutBuildingAPathPerLevel() {
        String deep = "items: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(64);
        // before: every level kept its full path text, 100,000 levels needed gigabytes
        assertNull(YamlPlainValues.first(deep.getBytes(StandardCharsets.UTF_8), options));
        YamlPlainValues.Finding inside = first("a:\n  - [x, {b: [1, 010]}]\n");
        assertEquals("$.a[0][1].b[1]", inside.path());
    }

    @Test
    void inputThatIsNotWellFormedIsLeftToTheReader() {
        assertNull(first("a: [1, 2\nb: 010\n"));
    }

    @Test
    void aByteOrderMarkIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] doc = "n: 010\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + doc.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(doc, 0, all, bom.length, doc.length);
        assertNotNull(YamlPlainValues.first(all, new LoaderOptions()));
    }
}
