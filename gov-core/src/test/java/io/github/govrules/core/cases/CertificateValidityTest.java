package io.github.govrules.core.cases;

import static io.github.govrules.core.cases.LegalRepresentativeTest.exampleJson;
import static io.github.govrules.core.cases.LegalRepresentativeTest.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.internal.ModelMapper;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.core.io.ServiceCenters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validity of the certificate issued at completion (证照有效期): its text form, the rules of
 * {@link CaseEvent.Completed}, and reading and writing as JSON and YAML.
 */
class CertificateValidityTest {

    private static final ModelMapper YAML = ModelMapper.of(ModelMapper.Syntax.YAML, ReadLimits.defaults());

    /** The printing-licence example's completion: approved on 2025-10-09 with licence 浙印证字（示例）第0311号. */
    private static final LocalDateTime COMPLETED_AT = LocalDateTime.of(2025, 10, 9, 10, 0);
    private static final String LICENCE = "浙印证字（示例）第0311号";

    @ParameterizedTest
    @ValueSource(strings = {"2031-10-08", "2025-10-09", "2024-02-29", "long-term"})
    void theTextFormReadsBackToAnEqualValue(String text) {
        CertificateValidity v = CertificateValidity.parse(text);
        assertEquals(text, v.toString());
        assertEquals(v, CertificateValidity.parse(v.toString()));
        assertEquals(text.equals("long-term"), v.isLongTerm());
        assertEquals(v.isLongTerm() ? Optional.empty() : Optional.of(LocalDate.parse(text)), v.findUntil());
    }

    @Test
    void aValidityIsMadeOnlyByItsFactoriesSoNullNeverMeansLongTerm() {
        assertEquals(0, CertificateValidity.class.getConstructors().length, "no public constructor");
        assertThrows(NullPointerException.class, () -> CertificateValidity.until(null));
        CertificateValidity dated = CertificateValidity.until(LocalDate.of(2031, 10, 8));
        assertFalse(dated.isLongTerm());
        assertEquals(LocalDate.of(2031, 10, 8), dated.lastDay());
        assertEquals(Optional.of(LocalDate.of(2031, 10, 8)), dated.findUntil());
        assertEquals(dated, CertificateValidity.until(LocalDate.of(2031, 10, 8)));
        assertEquals(dated.hashCode(), CertificateValidity.until(LocalDate.of(2031, 10, 8)).hashCode());
        assertFalse(dated.equals(CertificateValidity.longTerm()));
        CertificateValidity longTerm = CertificateValidity.longTerm();
        assertTrue(longTerm.isLongTerm());
        assertEquals(Optional.empty(), longTerm.findUntil());
        assertEquals(longTerm, CertificateValidity.parse("long-term"));
        IllegalStateException e = assertThrows(IllegalStateException.class, longTerm::lastDay);
        assertEquals("a long-term validity (长期有效) has no last day: ask isLongTerm() or findUntil() first",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2031/10/08", "2031-02-29", "2031-10-8", "+2031-10-08", "20311008", "long term",
            "Long-term", "长期有效", "", " long-term"})
    void anythingElseIsRefusedNamingTheTwoForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CertificateValidity.parse(text));
        assertEquals("a certificate validity is the last day it is valid (yyyy-MM-dd) or 'long-term' (长期有效),"
                + " but was '" + text + "'", e.getMessage());
    }

    @ParameterizedTest(name = "{0} issued {1}, asked {2}: {3}")
    @CsvSource({
            "2031-10-08, 2025-10-09, 2025-10-09, true",
            "2031-10-08, 2025-10-09, 2031-10-08, true",
            "2031-10-08, 2025-10-09, 2031-10-09, false",
            "2031-10-08, 2025-10-09, 2025-10-08, false",
            "long-term,  2025-10-09, 2125-01-01, true",
            "long-term,  2025-10-09, 2025-10-08, false"})
    void validOnTheDayOfIssueThroughTheLastDay(String validity, LocalDate issued, LocalDate day, boolean valid) {
        assertEquals(valid, CertificateValidity.parse(validity).isValidOn(issued, day));
    }

    @Test
    void theBundledPrintingLicenceIsValidForSixYears() {
        Case c = CaseIo.example("printing-licence-promised");
        CaseEvent.Completed done = (CaseEvent.Completed) c.events().get(c.events().size() - 1);
        assertEquals(CertificateValidity.until(LocalDate.of(2031, 10, 8)), done.certificateValidity());
        assertEquals(LICENCE, done.certificateNumber());
    }

    @Test
    void aCompletionWithoutValidityStillReads() {
        Case c = CaseIo.example("gjj-agent-spouse-complete");
        CaseEvent.Completed done = c.events().stream().filter(CaseEvent.Completed.class::isInstance)
                .map(CaseEvent.Completed.class::cast).findFirst().orElseThrow();
        assertEquals("TQ-2025-88812", done.certificateNumber());
        assertNull(done.certificateValidity());
        String json = CaseIo.toJson(c);
        assertFalse(json.contains("certificateValidity"), json);
        assertNull(new CaseEvent.Completed(COMPLETED_AT, "b07-liu", Outcome.APPROVED, LICENCE).certificateValidity());
    }

    /** The printing-licence example with its completion replaced. */
    private static Case printingCompletedWith(CertificateValidity validity) {
        Case c = CaseIo.example("printing-licence-promised");
        List<CaseEvent> events = new ArrayList<>(c.events().subList(0, c.events().size() - 1));
        Case before = new Case(c.number(), c.itemCode(), c.itemVersion(), c.nationalType(), c.kind(), c.applicant(),
                c.agent(), c.legalRepresentative(), c.situations(), c.materials(), c.channel(), c.appliedAt(),
                c.projectCode(), c.region(), events);
        return before.record(new CaseEvent.Completed(COMPLETED_AT, "b07-liu", Outcome.APPROVED, LICENCE, validity));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2031-10-08", "2025-10-09", "long-term"})
    void roundTripsThroughJsonAndYaml(String validity) {
        Case c = printingCompletedWith(CertificateValidity.parse(validity));
        String json = CaseIo.toJson(c);
        assertTrue(json.contains("\"certificateValidity\" : \"" + validity + "\""), json);
        assertEquals(c, CaseIo.fromJson(json, "validity.json"));
        String yaml = YAML.write(c);
        assertTrue(yaml.contains("\n    certificateValidity: " + validity + "\n"), yaml);
        Case again = YAML.read(yaml, "validity.yaml", Case.class);
        assertEquals(c, again);
        assertEquals(yaml, YAML.write(again));
    }

    @Test
    void aValidityMayEndOnTheDayOfCompletionButNotBefore() {
        CaseEvent.Completed sameDay = new CaseEvent.Completed(COMPLETED_AT, "b07-liu", Outcome.APPROVED, LICENCE,
                CertificateValidity.until(COMPLETED_AT.toLocalDate()));
        assertEquals(COMPLETED_AT.toLocalDate(), sameDay.certificateValidity().lastDay());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(
                COMPLETED_AT, "b07-liu", Outcome.APPROVED, LICENCE, CertificateValidity.until(LocalDate.of(2025, 10, 8))));
        assertEquals("certificateValidity 2025-10-08 ends before the day of completion 2025-10-09: a certificate is"
                + " valid at least on the day it is issued", e.getMessage());
    }

    @Test
    void aValidityNeedsTheCertificateNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(
                COMPLETED_AT, "b07-liu", Outcome.APPROVED, null, CertificateValidity.longTerm()));
        assertEquals("certificateValidity long-term needs the certificate it belongs to: give its certificateNumber",
                e.getMessage());
    }

    @Test
    void aRefusalHasNoValidity() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Completed(
                COMPLETED_AT, "b07-liu", Outcome.REFUSED, "不予许可（示例）第1号", CertificateValidity.longTerm()));
        assertEquals("certificateValidity is only for an APPROVED completion, but the outcome is REFUSED:"
                + " a refusal issues no certificate", e.getMessage());
        assertNull(new CaseEvent.Completed(COMPLETED_AT, "b07-liu", Outcome.REFUSED, "不予许可（示例）第1号", null)
                .certificateValidity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"2031/10/08\"|a certificate validity is the last day it is valid (yyyy-MM-dd) or 'long-term' (长期有效), but was '2031/10/08'",
            "\"长期有效\"|a certificate validity is the last day it is valid (yyyy-MM-dd) or 'long-term' (长期有效), but was '长期有效'",
            "20311008|a certificate validity is the last day it is valid (yyyy-MM-dd) or 'long-term' (长期有效), but was the number 20311008",
            "true|a certificate validity is the last day it is valid (yyyy-MM-dd) or 'long-term' (长期有效), but was true",
            "\"2025-10-08\"|certificateValidity 2025-10-08 ends before the day of completion 2025-10-09: a certificate is valid at least on the day it is issued"})
    void readingABadValidityIsRefusedAtTheField(String value, String problem) {
        String json = exampleJson("\"2031-10-08\"", value);
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        String field = "\"certificateValidity\" : ";
        int[] at = position(json, field + value);
        assertEquals("k.json: $.events[4].certificateValidity (line " + at[0] + ", column " + (at[1] + field.length())
                + "): " + problem,
                e.getMessage());
    }

    @Test
    void readingAnObjectForTheValidityIsRefusedAtTheField() {
        String json = exampleJson("\"2031-10-08\"", "{\"until\": \"2031-10-08\"}");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertEquals("$.events[4].certificateValidity", e.path());
        assertEquals(position(json, "{\"until\"")[0], e.line());
        assertEquals("a certificate validity is the last day it is valid (yyyy-MM-dd) or 'long-term' (长期有效),"
                + " but was an object", e.problem());
    }

    @Test
    void readingAValidityWithoutCertificateNumberIsRefusedAtTheField() {
        String json = exampleJson("    \"certificateNumber\" : \"" + LICENCE + "\",\n", "");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "\"2031-10-08\"");
        assertEquals("k.json: $.events[4].certificateValidity (line " + at[0] + ", column " + at[1] + "): certificateValidity"
                + " 2031-10-08 needs the certificate it belongs to: give its certificateNumber", e.getMessage());
    }

    @Test
    void readingAValidityOfARefusalIsRefusedAtTheField() {
        String json = exampleJson("\"outcome\" : \"APPROVED\"", "\"outcome\" : \"REFUSED\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertEquals("$.events[4].certificateValidity", e.path());
        assertEquals(position(json, "\"2031-10-08\"")[0], e.line());
        assertEquals("certificateValidity is only for an APPROVED completion, but the outcome is REFUSED:"
                + " a refusal issues no certificate", e.problem());
    }

    @Test
    void aMisspeltKeyIsUnknownWithASuggestionInYamlToo() {
        String yaml = YAML.write(CaseIo.example("printing-licence-promised"))
                .replace("certificateValidity: 2031-10-08", "certificateValdity: 2031-10-08");
        ModelReadException e = assertThrows(ModelReadException.class, () -> YAML.read(yaml, "k.yaml", Case.class));
        int[] at = position(yaml, "certificateValdity");
        assertEquals("k.yaml: $.events[4].certificateValdity (line " + at[0] + ", column " + at[1] + "): unknown field"
                + " 'certificateValdity' (did you mean 'certificateValidity'?)", e.getMessage());
    }

    @Test
    void theHallDecidesWithTheCertificateAndItsValidity() {
        Case done = CaseIo.example("gjj-agent-spouse-complete");
        Case inProcess = new Case(done.number(), done.itemCode(), done.itemVersion(), done.nationalType(), done.kind(),
                done.applicant(), done.agent(), done.situations(), done.materials(), done.channel(), done.appliedAt(),
                done.projectCode(), done.region(), done.events().subList(0, 3));
        ServiceCenter center = ServiceCenters.example();
        LocalDateTime at = LocalDateTime.of(2025, 9, 22, 10, 20);
        Case decided = center.decide(inProcess, "W02", "b02-zhao", at, Outcome.APPROVED, "TQ-2025-88812",
                CertificateValidity.longTerm());
        CaseEvent.Completed completed = (CaseEvent.Completed) decided.events().get(3);
        assertTrue(completed.certificateValidity().isLongTerm());
        assertEquals(CaseState.COMPLETED, decided.status().state());
        assertNull(((CaseEvent.Completed) center.decide(inProcess, "W02", "b02-zhao", at, Outcome.APPROVED,
                "TQ-2025-88812").events().get(3)).certificateValidity());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> center.decide(inProcess, "W02",
                "b02-zhao", at, Outcome.APPROVED, "TQ-2025-88812", CertificateValidity.until(LocalDate.of(2025, 9, 21))));
        assertEquals("certificateValidity 2025-09-21 ends before the day of completion 2025-09-22: a certificate is"
                + " valid at least on the day it is issued", e.getMessage());
    }
}
