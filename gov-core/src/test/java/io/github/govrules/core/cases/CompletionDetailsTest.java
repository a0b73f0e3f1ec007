package io.github.govrules.core.cases;

import static io.github.govrules.core.cases.LegalRepresentativeTest.exampleJson;
import static io.github.govrules.core.cases.LegalRepresentativeTest.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.internal.ModelMapper;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.core.io.Violation;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The completion's certificate name (证照名称), issuing and sealing unit (出证/用印单位) and fee
 * charged (收费金额): the rules of {@link CaseEvent.Completed} and {@link IssuingUnit}, reading
 * and writing as JSON and YAML, and the fee against the item's fees ({@link CaseChecks}).
 */
class CompletionDetailsTest {

    private static final ModelMapper YAML = ModelMapper.of(ModelMapper.Syntax.YAML, ReadLimits.defaults());

    private static final LocalDateTime AT = LocalDateTime.of(2025, 10, 9, 10, 0);
    private static final String LICENCE = "浙印证字（示例）第0311号";
    private static final String LICENCE_NAME = "印刷经营许可证";
    private static final IssuingUnit CULTURE = new IssuingUnit("示例区文化和广电旅游体育局", "11330106002000600N");

    private static CaseEvent.Completed lastCompletion(Case c) {
        return c.events().stream().filter(CaseEvent.Completed.class::isInstance).map(CaseEvent.Completed.class::cast)
                .reduce((a, b) -> b).orElseThrow();
    }

    /** A case with its completion replaced (the other events kept in place). */
    private static Case withCompletion(Case c, CaseEvent.Completed completed) {
        List<CaseEvent> events = new ArrayList<>(c.events());
        events.replaceAll(e -> e instanceof CaseEvent.Completed ? completed : e);
        return new Case(c.number(), c.itemCode(), c.itemVersion(), c.nationalType(), c.kind(), c.applicant(),
                c.agent(), c.legalRepresentative(), c.situations(), c.materials(), c.channel(), c.appliedAt(),
                c.projectCode(), c.region(), events);
    }

    @Test
    void theBundledPrintingLicenceNamesItsCertificateUnitAndFee() {
        Case c = CaseIo.example("printing-licence-promised");
        CaseEvent.Completed done = lastCompletion(c);
        assertEquals(LICENCE_NAME, done.certificateName());
        assertEquals(LICENCE, done.certificateNumber());
        assertEquals(CULTURE, done.issuingUnit());
        assertEquals(0L, done.feeChargedFen());
        assertEquals(Optional.of(new BigDecimal("0.00")), done.findFeeChargedYuan());
        Catalog catalog = Catalogs.example();
        ServiceItem item = CaseChecks.check(c, catalog);
        assertEquals(IssuingUnit.of(item.implementingBody()), done.issuingUnit(), "the implementing body issues and seals");
        assertEquals(item.result().name(), done.certificateName());
    }

    @Test
    void theShorterConstructorsLeaveTheNewComponentsOut() {
        CaseEvent.Completed four = new CaseEvent.Completed(AT, "b07-liu", Outcome.APPROVED, LICENCE);
        CaseEvent.Completed five = new CaseEvent.Completed(AT, "b07-liu", Outcome.APPROVED, LICENCE,
                CertificateValidity.longTerm());
        for (CaseEvent.Completed e : List.of(four, five)) {
            assertNull(e.certificateName());
            assertNull(e.issuingUnit());
            assertNull(e.feeChargedFen());
            assertEquals(Optional.empty(), e.findFeeChargedYuan());
        }
        String json = CaseIo.toJson(CaseIo.example("gjj-agent-spouse-complete"));
        assertFalse(json.contains("certificateName") || json.contains("issuingUnit") || json.contains("feeCharged"), json);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.00", "1, 0.01", "1500, 15.00", "123456789, 1234567.89"})
    void theFeeIsWholeFenAndReadsAsYuanWithTwoDecimals(long fen, String yuan) {
        CaseEvent.Completed e = new CaseEvent.Completed(AT, "b07-liu", Outcome.APPROVED, LICENCE, null, null, null, fen);
        assertEquals(new BigDecimal(yuan), e.findFeeChargedYuan().orElseThrow());
        assertEquals(2, e.findFeeChargedYuan().orElseThrow().scale());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1500})
    void roundTripsThroughJsonAndYaml(long fen) {
        Case c = withCompletion(CaseIo.example("printing-licence-promised"), new CaseEvent.Completed(AT, "b07-liu",
                Outcome.APPROVED, LICENCE, CertificateValidity.longTerm(), LICENCE_NAME, CULTURE, fen));
        String json = CaseIo.toJson(c);
        assertTrue(json.contains("\"certificateName\" : \"" + LICENCE_NAME + "\""), json);
        assertTrue(json.contains("\"feeChargedFen\" : " + fen + "\n"), json);
        assertTrue(json.contains("\"code\" : \"11330106002000600N\""), json);
        assertFalse(json.contains("Yuan"), json);
        assertEquals(c, CaseIo.fromJson(json, "done.json"));
        String yaml = YAML.write(c);
        assertTrue(yaml.contains("\n    feeChargedFen: " + fen + "\n"), yaml);
        assertTrue(yaml.contains("\n    certificateName: " + LICENCE_NAME + "\n"), yaml);
        Case again = YAML.read(yaml, "done.yaml", Case.class);
        assertEquals(c, again);
        assertEquals(yaml, YAML.write(again));
    }

    @Test
    void aUnitMayBeNamedWithoutItsCode() {
        Case c = withCompletion(CaseIo.example("printing-licence-promised"), new CaseEvent.Completed(AT, "b07-liu",
                Outcome.APPROVED, LICENCE, null, null, new IssuingUnit("示例区文化和广电旅游体育局"), null));
        String json = CaseIo.toJson(c);
        assertTrue(json.contains("\"issuingUnit\" : {\n      \"name\" : \"示例区文化和广电旅游体育局\"\n    }"), json);
        assertEquals(c, CaseIo.fromJson(json, "done.json"));
    }

    @Test
    void aRefusalMayNameItsSealingUnitAndFeeButNoCertificateName() {
        CaseEvent.Completed refusal = new CaseEvent.Completed(AT, "b07-liu", Outcome.REFUSED, "不予许可（示例）第1号",
                null, null, CULTURE, 0L);
        assertEquals(CULTURE, refusal.issuingUnit());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(AT,
                "b07-liu", Outcome.REFUSED, "不予许可（示例）第1号", null, LICENCE_NAME, null, null));
        assertEquals("certificateName is only for an APPROVED completion, but the outcome is REFUSED:"
                + " a refusal issues no certificate", e.getMessage());
    }

    @Test
    void aCertificateNameNeedsTheCertificateNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(AT,
                "b07-liu", Outcome.APPROVED, null, null, LICENCE_NAME, null, null));
        assertEquals("certificateName '印刷经营许可证' needs the certificate it names: give its certificateNumber",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(AT,
                "b07-liu", Outcome.APPROVED, LICENCE, null, " ", null, null));
        assertEquals("certificateName must not be blank: leave it out when there is none", e.getMessage());
    }

    @Test
    void aNegativeFeeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(AT,
                "b07-liu", Outcome.APPROVED, LICENCE, null, null, null, -1L));
        assertEquals("feeChargedFen must not be negative, but was -1: the fee charged (收费金额) is a whole number of fen,"
                + " e.g. 1500 for 15.00 yuan, 0 when nothing was charged", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "91330106MA2B3C4D5E|code '91330106MA2B3C4D5E' is not a valid unified social credit code (check character D expected)",
            "11330106002000600|code '11330106002000600' is not a unified social credit code (统一社会信用代码): 18 digits and capital letters (no I, O, S, V, Z), characters 3-8 the division code",
            "11330106002000600n|code '11330106002000600n' is not a unified social credit code (统一社会信用代码): 18 digits and capital letters (no I, O, S, V, Z), characters 3-8 the division code",
            "113X0106002000600N|code '113X0106002000600N' is not a unified social credit code (统一社会信用代码): 18 digits and capital letters (no I, O, S, V, Z), characters 3-8 the division code"})
    void aUnitCodeIsAUnifiedSocialCreditCodeWithItsCheckCharacter(String code, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IssuingUnit("某单位", code));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aUnitNeedsANameAndNoBlankCode() {
        assertThrows(NullPointerException.class, () -> new IssuingUnit(null, "11330106002000600N"));
        assertEquals("name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new IssuingUnit(" ", null)).getMessage());
        assertEquals("code must not be blank: leave it out when there is none", assertThrows(IllegalArgumentException.class,
                () -> new IssuingUnit("某单位", "")).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "-1500|feeChargedFen must not be negative, but was -1500: the fee charged (收费金额) is a whole number of fen, e.g. 1500 for 15.00 yuan, 0 when nothing was charged",
            "1500.5|invalid value 1500.5 for an integer",
            "15.00|invalid value 15.0 for an integer",
            "\"1500\"|expected an integer (got string \"1500\")"})
    void readingABadFeeIsRefusedAtTheField(String value, String problem) {
        String json = exampleJson("\"feeChargedFen\" : 0", "\"feeChargedFen\" : " + value);
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "\"feeChargedFen\" : " + value);
        assertEquals("k.json: $.events[4].feeChargedFen (line " + at[0] + ", column " + (at[1] + 18) + "): " + problem,
                e.getMessage());
    }

    /** Review: a number beyond {@code long} leaked Jackson's "Numeric value (…) out of range of long" as "not well-formed". */
    @Test
    void aFeeBeyondTheRangeOfLongIsRefusedInWords() {
        String json = exampleJson("\"feeChargedFen\" : 0", "\"feeChargedFen\" : 9223372036854775808");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertTrue(e.getMessage().startsWith("k.json: $.events[4].feeChargedFen (line "), e::getMessage);
        assertTrue(e.getMessage().endsWith("): the number 9223372036854775808 is out of range: this field takes whole"
                + " numbers from -9223372036854775808 to 9223372036854775807"), e::getMessage);
    }

    /** Review: a bare string was read through the one-argument constructor and written back as an object. */
    @Test
    void anIssuingUnitGivenAsABareStringIsRefused() {
        String json = CaseIo.toJson(CaseIo.example("printing-licence-promised"));
        int start = json.indexOf("\"issuingUnit\" : {");
        int end = json.indexOf("}", start) + 1;
        String bad = json.substring(0, start) + "\"issuingUnit\" : \"X局\"" + json.substring(end);
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(bad, "k.json"));
        assertTrue(e.getMessage().startsWith("k.json: $.events[4].issuingUnit (line "), e::getMessage);
        assertTrue(e.getMessage().contains("X局") || e.getMessage().contains("string"), e::getMessage);
    }

    @Test
    void readingABadUnitCodeIsRefusedAtTheCode() {
        String json = exampleJson("\"11330106002000600N\"", "\"11330106002000600M\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "\"11330106002000600M\"");
        assertEquals("k.json: $.events[4].issuingUnit.code (line " + at[0] + ", column " + at[1] + "): code"
                + " '11330106002000600M' is not a valid unified social credit code (check character N expected)",
                e.getMessage());
    }

    @Test
    void readingACertificateNameOfARefusalIsRefusedAtTheName() {
        String json = exampleJson("\"outcome\" : \"APPROVED\"", "\"outcome\" : \"REFUSED\"")
                .replace("    \"certificateValidity\" : \"2031-10-08\",\n", "");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "\"" + LICENCE_NAME + "\"");
        assertEquals("k.json: $.events[4].certificateName (line " + at[0] + ", column " + at[1] + "): certificateName is"
                + " only for an APPROVED completion, but the outcome is REFUSED: a refusal issues no certificate",
                e.getMessage());
    }

    @Test
    void aUnitWithoutNameIsMissingItsName() {
        String json = exampleJson("\"name\" : \"示例区文化和广电旅游体育局\",", "");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertEquals("$.events[4].issuingUnit.name", e.path());
        assertEquals("missing required field 'name'", e.problem());
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({"certificateName, certificateNmae", "issuingUnit, issuingunit", "feeChargedFen, feeChargedFne"})
    void aMisspeltKeyIsUnknownWithASuggestionInYaml(String key, String misspelt) {
        String yaml = YAML.write(CaseIo.example("printing-licence-promised")).replace("\n    " + key + ":", "\n    " + misspelt + ":");
        ModelReadException e = assertThrows(ModelReadException.class, () -> YAML.read(yaml, "k.yaml", Case.class));
        int[] at = position(yaml, "\n    " + misspelt + ":");
        assertEquals("k.yaml: $.events[4]." + misspelt + " (line " + (at[0] + 1) + ", column 5): unknown field '"
                + misspelt + "' (did you mean '" + key + "'?)", e.getMessage());
    }

    @Test
    void aFreeItemChargesNothing() {
        Catalog catalog = Catalogs.example();
        Case gjj = CaseIo.example("gjj-agent-spouse-complete");
        ServiceItem item = CaseChecks.check(gjj, catalog);
        assertFalse(item.findFees().orElseThrow().charged(), "the provident-fund withdrawal is free (不收费)");
        CaseEvent.Completed done = lastCompletion(gjj);
        Case charged = withCompletion(gjj, new CaseEvent.Completed(done.at(), done.by(), done.outcome(),
                done.certificateNumber(), null, null, null, 1500L));
        assertEquals(List.of(new Violation("events[3].feeChargedFen", "a fee of 15.00 yuan (1500 fen) was charged, but"
                        + " item 12330100MB0A1234581305700100001 v1 is free of charge (fees: charged: false, 不收费):"
                        + " record 0 or leave it out")),
                CaseChecks.violations(charged, item));
        ModelValidationException e = assertThrows(ModelValidationException.class, () -> CaseChecks.check(charged, catalog));
        assertTrue(e.getMessage().contains("events[3].feeChargedFen"), e.getMessage());
        Case nothing = withCompletion(gjj, new CaseEvent.Completed(done.at(), done.by(), done.outcome(),
                done.certificateNumber(), null, null, null, 0L));
        assertEquals(List.of(), CaseChecks.violations(nothing, item));
    }

    @Test
    void anItemThatDoesNotSayIsNotChecked() {
        Catalog catalog = Catalogs.example();
        Case printing = CaseIo.example("printing-licence-promised");
        ServiceItem item = CaseChecks.check(printing, catalog);
        assertTrue(item.findFees().isEmpty());
        Case charged = withCompletion(printing, new CaseEvent.Completed(AT, "b07-liu", Outcome.APPROVED, LICENCE,
                null, LICENCE_NAME, CULTURE, 2000L));
        assertEquals(List.of(), CaseChecks.violations(charged, item));
    }

    @Test
    void deliveryByCourierIsTheDeliveredEventNotAFieldOfTheCompletion() {
        assertFalse(List.of(CaseEvent.Completed.class.getRecordComponents()).stream()
                .anyMatch(rc -> rc.getName().toLowerCase(java.util.Locale.ROOT).contains("courier")
                        || rc.getName().toLowerCase(java.util.Locale.ROOT).contains("deliver")));
        Case c = CaseIo.example("printing-licence-promised").record(new CaseEvent.Delivered(AT.plusHours(5), "w05-chen",
                ServiceChannel.COURIER));
        assertEquals(CaseState.DELIVERED, c.status().state());
        String json = CaseIo.toJson(c);
        assertTrue(json.contains("\"type\" : \"delivered\""), json);
        assertTrue(json.contains("\"channel\" : \"COURIER\""), json);
        assertEquals(c, CaseIo.fromJson(json, "courier.json"));
    }
}
