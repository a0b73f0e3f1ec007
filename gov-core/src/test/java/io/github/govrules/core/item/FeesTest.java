package io.github.govrules.core.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.internal.ModelMapper;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.ReadLimits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fees of an item (收费): charged or not, and the fee items (收费项目) with standard, basis
 * and reductions; read and written as YAML and JSON, the list form of older files still read.
 */
class FeesTest {

    private static final ModelMapper JSON = ModelMapper.of(ModelMapper.Syntax.JSON, ReadLimits.defaults());

    private static final Fee CERTIFICATE = new Fee("工本费", "10 元/本", "《证照工本费收费标准》（示例）", "小微企业免收（示例）");
    private static final Fee INSPECTION = new Fee("检验费", "每次 50 元（示例）", "省物价部门核定标准（示例）", null);

    /** A one-item catalog whose item has the given {@code fees:} lines (none: no fees element). */
    private static String catalog(String feeLines) {
        return """
                name: "Fees test"
                items:
                  - implementationCode: "11330106002000600N1000101012000"
                    basicCode: "000101012000"
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
                """ + feeLines + """
                    result: {name: "出版物经营许可证", type: LICENCE}
                    contact: {place: "示例区政务服务中心", hours: "周一至周五", phone: "0571-80000026", complaintPhone: "0571-12345"}
                """;
    }

    private static ServiceItem item(String feeLines) {
        return Catalogs.fromYaml(catalog(feeLines), "fees.yaml").items().get(0);
    }

    private static ModelReadException refused(String yaml) {
        return assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(yaml, "fees.yaml"));
    }

    /** 1-based line and column of the first {@code needle} in {@code text}. */
    private static String at(String text, String needle) {
        int index = text.indexOf(needle);
        assertTrue(index >= 0, needle);
        String before = text.substring(0, index);
        int line = before.split("\n", -1).length;
        int column = index - before.lastIndexOf('\n');
        return "(line " + line + ", column " + column + ")";
    }

    @Test
    void chargedFeesWithStandardBasisAndReductions() {
        ServiceItem item = item("""
                    fees:
                      charged: true
                      items:
                        - {name: "工本费", standard: "10 元/本", basis: "《证照工本费收费标准》（示例）", reductions: "小微企业免收（示例）"}
                        - {name: "检验费", standard: "每次 50 元（示例）", basis: "省物价部门核定标准（示例）"}
                """);
        assertEquals(Optional.of(new Fees(true, List.of(CERTIFICATE, INSPECTION))), item.findFees());
        assertEquals("小微企业免收（示例）", item.fees().items().get(0).reductions());
        assertEquals(null, item.fees().items().get(1).reductions());
    }

    @Test
    void anItemWithoutFeesStillReadsAndDoesNotSay() {
        ServiceItem item = item("");
        assertEquals(Optional.empty(), item.findFees());
        assertFalse(Catalogs.toYaml(Catalogs.fromYaml(catalog(""), "fees.yaml")).contains("fees"));
    }

    @Test
    void aFreeItemSaysSo() {
        assertEquals(Fees.FREE, item("    fees: {charged: false}\n").fees());
        assertEquals(Fees.FREE, item("    fees: {charged: false, items: []}\n").fees());
    }

    @Test
    void theListFormOfOlderFilesStillReads() {
        assertEquals(Fees.FREE, item("    fees: []\n").fees());
        ServiceItem charged = item("""
                    fees:
                      - {name: "工本费", standard: "10 元/本", basis: "《证照工本费收费标准》（示例）", reductions: "小微企业免收（示例）"}
                """);
        assertEquals(Fees.charged(List.of(CERTIFICATE)), charged.fees());
        String written = Catalogs.toYaml(Catalogs.fromYaml(catalog("    fees: []\n"), "fees.yaml"));
        assertTrue(written.contains("    fees:\n      charged: false\n    result:"), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "    fees: {charged: false}\n",
            "    fees:\n      charged: true\n      items:\n        - {name: 工本费, standard: 10 元/本, basis: 示例, reductions: 免收}\n",
            ""})
    void roundTripsThroughYamlAndJson(String feeLines) {
        Catalog catalog = Catalogs.fromYaml(catalog(feeLines), "fees.yaml");
        String yaml = Catalogs.toYaml(catalog);
        assertEquals(catalog, Catalogs.fromYaml(yaml, "again.yaml"));
        assertEquals(yaml, Catalogs.toYaml(Catalogs.fromYaml(yaml, "again.yaml")));
        String json = JSON.write(catalog);
        assertEquals(!feeLines.isEmpty(), json.contains("\"fees\" : {"), json);
        assertEquals(catalog, JSON.read(json, "fees.json", Catalog.class));
    }

    @Test
    void theBundledCatalogStatesFeesWhereDomainMdDoes() {
        Catalog catalog = Catalogs.example();
        assertEquals(Optional.of(Fees.FREE), catalog.findByName("职工提取住房公积金偿还购房贷款").orElseThrow().findFees());
        Fees road = catalog.findByName("临时占用城市道路审批").orElseThrow().fees();
        assertTrue(road.charged());
        assertEquals("城市道路占用费", road.items().get(0).name());
        assertTrue(road.items().get(0).reductions().contains("免收"), road.items().get(0).reductions());
    }

    @Test
    void aFreeItemListingFeeItemsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Fees(false, List.of(CERTIFICATE, INSPECTION)));
        assertEquals("items must be empty when charged is false (不收费), but 2 fee items are listed: [工本费, 检验费]"
                + " (set charged: true, or remove them)", e.getMessage());
        String yaml = catalog("""
                    fees:
                      charged: false
                      items:
                        - {name: "工本费", standard: "10 元/本", basis: "示例"}
                """);
        assertEquals("fees.yaml: $.items[0].fees.items " + at(yaml, "- {name: \"工本费\"") + ": items must be empty when"
                + " charged is false (不收费), but 1 fee item is listed: [工本费] (set charged: true, or remove them)",
                refused(yaml).getMessage());
    }

    @Test
    void aChargedItemWithoutFeeItemsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fees.charged(List.of()));
        assertEquals("charged is true but no fee items (收费项目) are listed: list each fee under items with its name,"
                + " standard and basis", e.getMessage());
        String yaml = catalog("    fees: {charged: true}\n");
        assertEquals("fees.yaml: $.items[0].fees.charged " + at(yaml, "true}") + ": charged is true but no fee items"
                + " (收费项目) are listed: list each fee under items with its name, standard and basis",
                refused(yaml).getMessage());
    }

    @Test
    void aFeeListedTwiceIsRefused() {
        String yaml = catalog("""
                    fees:
                      charged: true
                      items:
                        - {name: "工本费", standard: "10 元/本", basis: "示例"}
                        - {name: "工本费", standard: "20 元/本", basis: "示例"}
                """);
        String second = yaml.substring(0, yaml.lastIndexOf("- {name: \"工本费\"") + 2);
        int line = second.split("\n", -1).length;
        int column = second.length() - second.lastIndexOf('\n');
        assertEquals("fees.yaml: $.items[0].fees.items[1] (line " + line + ", column " + column + "): the fee '工本费'"
                + " is listed twice (first as items[0]): list each fee once", refused(yaml).getMessage());
    }

    @Test
    void aFeeListedTwiceInAFlowObjectIsRefusedAtTheRepeatedEntry() {
        String yaml = catalog("    fees: {charged: true, items: [{name: a, standard: 1 元, basis: 示例},"
                + " {name: a, standard: 2 元, basis: 示例}]}\n");
        assertEquals("fees.yaml: $.items[0].fees.items[1] " + at(yaml, "{name: a, standard: 2")
                + ": the fee 'a' is listed twice (first as items[0]): list each fee once", refused(yaml).getMessage());
    }

    @Test
    void anEmptyFeeEntryIsRefusedWhereItIs() {
        String flowList = catalog("    fees: [null]\n");
        assertEquals("fees.yaml: $.items[0].fees[0] " + at(flowList, "null]") + ": a fee entry is empty (null)",
                refused(flowList).getMessage());

        String blockList = catalog("""
                    fees:
                      - {name: "工本费", standard: "10 元/本", basis: "示例"}
                      - ~
                """);
        assertEquals("fees.yaml: $.items[0].fees[1] " + at(blockList, "~") + ": a fee entry is empty (null)",
                refused(blockList).getMessage());

        String object = catalog("""
                    fees:
                      charged: true
                      items:
                        - {name: "工本费", standard: "10 元/本", basis: "示例"}
                        - null
                """);
        assertEquals("fees.yaml: $.items[0].fees.items[1] " + at(object, "null\n") + ": a fee entry is empty (null)",
                refused(object).getMessage());
    }

    @Test
    void aWrongFeeItemsValueInTheObjectFormIsStillLocated() {
        String text = catalog("    fees: {charged: true, items: \"工本费\"}\n");
        ModelReadException e = refused(text);
        assertEquals("$.items[0].fees.items", e.path());
        assertEquals(at(text, "\"工本费\""), "(line " + e.line() + ", column " + e.column() + ")");
    }

    @Test
    void feeFieldsAreCheckedWhereTheyAre() {
        String blankReductions = catalog("""
                    fees:
                      charged: true
                      items:
                        - {name: "工本费", standard: "10 元/本", basis: "示例", reductions: " "}
                """);
        assertEquals("fees.yaml: $.items[0].fees.items[0].reductions " + at(blankReductions, "\" \"}")
                + ": reductions must not be blank: leave it out when there is none", refused(blankReductions).getMessage());

        String noBasis = catalog("""
                    fees:
                      charged: true
                      items:
                        - {name: "工本费", standard: "10 元/本"}
                """);
        ModelReadException missing = refused(noBasis);
        assertEquals("$.items[0].fees.items[0].basis", missing.path());
        assertEquals("missing required field 'basis'", missing.problem());

        String blankStandard = catalog("""
                    fees:
                      charged: true
                      items:
                        - {name: "工本费", standard: " ", basis: "示例"}
                """);
        ModelValidationException blank = assertThrows(ModelValidationException.class,
                () -> Catalogs.fromYaml(blankStandard, "fees.yaml"));
        assertEquals("fees.yaml: 1 violation: $.items[0].fees.items[0].standard (line 21, column 35): must not be blank", blank.getMessage());
    }

    @Test
    void unknownFieldsAndWrongTypesAreLocated() {
        String misspelt = catalog("    fees:\n      charged: true\n      itmes:\n        - {name: 工本费, standard: 10 元, basis: 示例}\n");
        assertEquals("fees.yaml: $.items[0].fees.itmes " + at(misspelt, "itmes")
                + ": unknown field 'itmes' (did you mean 'items'?)", refused(misspelt).getMessage());

        String unknownInFee = catalog("    fees:\n      charged: true\n      items:\n        - {name: 工本费, standard: 10 元, basis: 示例, currency: CNY}\n");
        assertEquals("fees.yaml: $.items[0].fees.items[0].currency " + at(unknownInFee, "currency")
                + ": unknown field 'currency' (known fields: basis, name, reductions, standard)",
                refused(unknownInFee).getMessage());

        String quoted = catalog("    fees: {charged: \"no\"}\n");
        assertEquals("fees.yaml: $.items[0].fees.charged " + at(quoted, "\"no\"")
                + ": expected true or false (got string \"no\")", refused(quoted).getMessage());

        String noFlag = catalog("    fees: {items: []}\n");
        ModelReadException missing = refused(noFlag);
        assertEquals("$.items[0].fees.charged", missing.path());
        assertEquals("missing required field 'charged'", missing.problem());

        String text = catalog("    fees: \"不收费\"\n");
        assertEquals("fees.yaml: $.items[0].fees " + at(text, "\"不收费\"") + ": expected an object {charged, items}"
                + " (or, in older files, a list) (got string)", refused(text).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true|boolean", "\"free\"|string", "0|integer", "1.5|number", "\"\"|string"})
    void aFeesValueThatIsNeitherAnObjectNorAListNamesTheObjectForm(String valueAndKind) {
        String value = valueAndKind.substring(0, valueAndKind.indexOf('|'));
        String kind = valueAndKind.substring(valueAndKind.indexOf('|') + 1);
        String yaml = catalog("    fees: " + value + "\n");
        String key = at(yaml, "fees: " + value);
        int column = Integer.parseInt(key.replaceAll(".*column (\\d+)\\)", "$1")) + "fees: ".length();
        assertEquals("fees.yaml: $.items[0].fees " + key.replaceAll("column \\d+", "column " + column)
                + ": expected an object {charged, items} (or, in older files, a list) (got " + kind + ")",
                refused(yaml).getMessage());
    }

    @Test
    void aFeeListedTwiceInTheListFormIsRefusedAtTheRepeatedEntry() {
        String yaml = catalog("""
                    fees:
                      - {name: "工本费", standard: "10 元/本", basis: "示例"}
                      - {name: "检验费", standard: "50 元", basis: "示例"}
                      - {name: "工本费", standard: "20 元/本", basis: "示例"}
                """);
        String second = yaml.substring(0, yaml.lastIndexOf("- {name: \"工本费\"") + 2);
        int line = second.split("\n", -1).length;
        int column = second.length() - second.lastIndexOf('\n');
        assertEquals("fees.yaml: $.items[0].fees[2] (line " + line + ", column " + column + "): the fee '工本费' is"
                + " listed twice (first as fees[0]): list each fee once", refused(yaml).getMessage());
    }

    @Test
    void theListFormLocatesAProblemInsideAnEntry() {
        String yaml = catalog("""
                    fees:
                      - {name: "工本费", standard: "10 元/本", basis: "示例"}
                      - {name: "检验费", standard: "50 元", basis: "示例", currency: CNY}
                """);
        assertEquals("fees.yaml: $.items[0].fees[1].currency " + at(yaml, "currency")
                + ": unknown field 'currency' (known fields: basis, name, reductions, standard)",
                refused(yaml).getMessage());
    }

    @Test
    void aFeeWithoutReductionsHasAThreeArgumentConstructor() {
        assertEquals(INSPECTION, new Fee("检验费", "每次 50 元（示例）", "省物价部门核定标准（示例）"));
        assertThrows(NullPointerException.class, () -> new Fee(null, "10 元", "示例"));
    }

    @Test
    void feesThatBreakAConstraintAreNotWritten() {
        Catalog ok = Catalogs.fromYaml(catalog("    fees: {charged: false}\n"), "fees.yaml");
        ServiceItem i = ok.items().get(0);
        ServiceItem blankName = new ServiceItem(i.implementationCode(), i.basicCode(), i.handlingCode(), i.version(),
                i.name(), i.type(), i.state(), i.effectiveFrom(), i.cancelledFrom(), i.legalBasis(), i.implementingBody(),
                i.jointDepartments(), i.statutoryLimit(), i.promisedLimit(), i.caseType(), i.caseKind(),
                i.specialProcedures(), i.acceptanceConditions(), i.steps(), i.targets(), i.channel(), i.maxVisits(),
                i.onSiteReason(), Fees.charged(List.of(new Fee(" ", "10 元/本", "示例", null))), i.result(), i.contact(),
                i.situationGroups(), i.situationFlags(), i.materials());
        ModelValidationException e = assertThrows(ModelValidationException.class, () -> JSON.write(blankName));
        assertEquals("writing ServiceItem: 1 violation: $.fees.items[0].name: must not be blank", e.getMessage());
    }
}
