package io.github.govrules.core.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.internal.ModelMapper;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.core.io.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constraint broken inside a fee entry (an empty fee name, say) is named by the path as the
 * file writes it: {@code $…fees[0].name} in the list form of older files, {@code
 * $…fees.items[0].name} in the object form, in YAML and in JSON, whichever form the other items
 * of the same file use.
 *
 * <p>The tests check that the reported path leads to the offending value in the file as written
 * (where the violation's line and column point is checked by {@code ViolationPlacesTest}).
 */
class FeesListFormViolationTest {

    private static final ModelMapper JSON = ModelMapper.of(ModelMapper.Syntax.JSON, ReadLimits.defaults());

    /** A catalog of one item per entry of {@code feeLines}, item {@code i} with those {@code fees:} lines. */
    private static String catalog(String... feeLines) {
        StringBuilder sb = new StringBuilder("name: \"Fees test\"\nitems:\n");
        for (int i = 0; i < feeLines.length; i++) {
            sb.append("""
                      - implementationCode: "11330106002000600N100010101%d000"
                        basicCode: "00010101%d000"
                        version: 1
                        name: "出版物零售业务许可"
                        type: LICENSING
                        state: IN_FORCE
                        legalBasis: ["《出版管理条例》"]
                        implementingBody: {name: "示例区文化局", code: "11330106002000600N", nature: STATUTORY}
                        statutoryLimit: "20 working days"
                        promisedLimit: "10 working days"
                        caseType: 2
                        caseKind: PROMISED
                        targets: [LEGAL_PERSON]
                        channel: WINDOW
                        maxVisits: 1
                    """.formatted(2 + i, 2 + i))
                    .append(feeLines[i])
                    .append("""
                        result: {name: "出版物经营许可证", type: LICENCE}
                        contact: {place: "示例区政务服务中心", hours: "周一至周五", phone: "0571-80000026", complaintPhone: "0571-12345"}
                    """);
        }
        return sb.toString();
    }

    /** The same document as JSON (indented, as people write it). */
    private static String json(String yaml) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(new YAMLMapper().readTree(yaml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ModelValidationException refusedYaml(String yaml) {
        return assertThrows(ModelValidationException.class, () -> Catalogs.fromYaml(yaml, "fees.yaml"));
    }

    private static ModelValidationException refusedJson(String json) {
        return assertThrows(ModelValidationException.class, () -> JSON.read(json, "fees.json", Catalog.class));
    }

    private static List<String> paths(ModelValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    /** The value at a reported path ({@code $.items[0].fees[0].name}) in the document as written, or a missing node. */
    private static JsonNode at(String yaml, String path) throws Exception {
        assertTrue(path.startsWith("$"), path);
        String pointer = path.substring(1).replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        return new YAMLMapper().readTree(yaml).at(pointer);
    }

    private static final String LIST_FORM = """
                fees:
                  - {name: "", standard: "10 元/本", basis: "示例"}
            """;

    private static final String OBJECT_FORM = """
                fees:
                  charged: true
                  items:
                    - {name: "", standard: "10 元/本", basis: "示例"}
            """;

    @Test
    void anEmptyFeeNameInTheListFormIsNamedAsWrittenInYaml() throws Exception {
        String yaml = catalog(LIST_FORM);
        ModelValidationException e = refusedYaml(yaml);
        assertEquals("fees.yaml: 1 violation: $.items[0].fees[0].name (line 19, column 16): must not be blank", e.getMessage());
        assertEquals(List.of("$.items[0].fees[0].name"), paths(e));
        assertEquals("", at(yaml, paths(e).get(0)).textValue());
    }

    @Test
    void anEmptyFeeNameInTheListFormIsNamedAsWrittenInJson() throws Exception {
        String json = json(catalog(LIST_FORM));
        assertTrue(json.contains("\"fees\" : [ {"), json);
        ModelValidationException e = refusedJson(json);
        assertEquals("fees.json: 1 violation: $.items[0].fees[0].name (line 24, column 16): must not be blank", e.getMessage());
        assertEquals("", at(json, paths(e).get(0)).textValue());
    }

    @Test
    void theObjectFormIsStillNamedByItsItems() throws Exception {
        String yaml = catalog(OBJECT_FORM);
        ModelValidationException e = refusedYaml(yaml);
        assertEquals("fees.yaml: 1 violation: $.items[0].fees.items[0].name (line 21, column 18): must not be blank", e.getMessage());
        assertEquals("", at(yaml, paths(e).get(0)).textValue());

        String json = json(yaml);
        assertEquals("fees.json: 1 violation: $.items[0].fees.items[0].name (line 26, column 18): must not be blank",
                refusedJson(json).getMessage());
    }

    @Test
    void eachItemIsNamedInItsOwnFormAndEveryViolationOfAnEntryIsListed() throws Exception {
        String yaml = catalog(OBJECT_FORM, """
                    fees:
                      - {name: "工本费", standard: "10 元/本", basis: "示例"}
                      - {name: " ", standard: "", basis: "示例"}
                """, LIST_FORM);
        List<String> expected = List.of("$.items[0].fees.items[0].name", "$.items[1].fees[1].name",
                "$.items[1].fees[1].standard", "$.items[2].fees[0].name");
        assertEquals(expected, paths(refusedYaml(yaml)));
        assertEquals(expected, paths(refusedJson(json(yaml))));
        for (String path : expected) {
            assertTrue(at(yaml, path).isTextual(), path);
        }
    }

    @Test
    void aMapperThatReadTheListFormNamesTheNextFileByItsOwnForm() {
        assertEquals(List.of("$.items[0].fees[0].name"), paths(refusedJson(json(catalog(LIST_FORM)))));
        assertEquals(List.of("$.items[0].fees.items[0].name"), paths(refusedJson(json(catalog(OBJECT_FORM)))));
        assertEquals(List.of("$.items[0].fees[0].name"), paths(refusedJson(json(catalog(LIST_FORM)))));
    }

    @Test
    void writingIsUnchangedItNamesTheModelsOwnForm() {
        Catalog ok = Catalogs.fromYaml(catalog("    fees:\n      - {name: \"工本费\", standard: \"10 元/本\", basis: \"示例\"}\n"),
                "fees.yaml");
        assertEquals(Fees.charged(List.of(new Fee("工本费", "10 元/本", "示例"))), ok.items().get(0).fees());
        assertTrue(Catalogs.toYaml(ok).contains("    fees:\n      charged: true\n      items:\n"), Catalogs.toYaml(ok));
    }
}
