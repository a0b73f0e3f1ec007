package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.internal.ModelMapper;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.core.item.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legal representative (法定代表人) of a legal-person applicant: optional, a natural person,
 * refused for a natural-person applicant; read and written as JSON and YAML like the agent.
 */
class LegalRepresentativeTest {

    private static final ModelMapper YAML = ModelMapper.of(ModelMapper.Syntax.YAML, ReadLimits.defaults());

    private static final Party CHEN = new Party("陈刚", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD,
            "330106197503155517", null);
    private static final Party COMPANY = new Party("示例印务有限公司", PartyType.LEGAL_PERSON,
            IdType.UNIFIED_SOCIAL_CREDIT_CODE, "91330106MA2B3C4D5D", "0571-80001111");
    private static final Party OTHER_COMPANY = new Party("示例新能源科技有限公司", PartyType.LEGAL_PERSON,
            IdType.UNIFIED_SOCIAL_CREDIT_CODE, "91330106MA2C7E8F9J", null);
    private static final Party WANG_FANG = new Party("王芳", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD,
            "330106198808082229", null);

    /** The printing-licence example (a legal person with its legal representative) with other parties. */
    private static Case printing(Party applicant, Party legalRepresentative) {
        Case c = CaseIo.example("printing-licence-promised");
        return new Case(c.number(), c.itemCode(), c.itemVersion(), c.nationalType(), c.kind(), applicant, c.agent(),
                legalRepresentative, c.situations(), c.materials(), c.channel(), c.appliedAt(), c.projectCode(),
                c.region(), c.events());
    }

    @Test
    void theBundledLegalPersonCasesNameTheirLegalRepresentatives() {
        Case printing = CaseIo.example("printing-licence-promised");
        assertEquals(PartyType.LEGAL_PERSON, printing.applicant().type());
        assertEquals(CHEN, printing.legalRepresentative());
        Case joint = CaseIo.example("investment-project-joint");
        assertEquals("吴静", joint.legalRepresentative().name());
        assertEquals("周敏", joint.agent().name(), "an agent may apply alongside the legal representative");
    }

    @Test
    void roundTripsThroughJsonAndYaml() {
        Case c = CaseIo.example("printing-licence-promised");
        String json = CaseIo.toJson(c);
        assertTrue(json.contains("\"legalRepresentative\" : {\n    \"name\" : \"陈刚\""), json);
        assertEquals(c, CaseIo.fromJson(json, "rep.json"));
        String yaml = YAML.write(c);
        assertTrue(yaml.contains("legalRepresentative:\n  name: 陈刚\n  type: NATURAL_PERSON\n"), yaml);
        Case again = YAML.read(yaml, "rep.yaml", Case.class);
        assertEquals(c, again);
        assertEquals(yaml, YAML.write(again));
    }

    @Test
    void aCaseWithoutOneStillReadsAndIsWrittenWithoutTheField() {
        Case c = CaseIo.example("gjj-agent-spouse-complete");
        assertNull(c.legalRepresentative());
        String json = CaseIo.toJson(c);
        assertFalse(json.contains("legalRepresentative"), json);
        assertEquals(c, CaseIo.fromJson(json, "no-rep.json"));
        assertNull(YAML.read(YAML.write(c), "no-rep.yaml", Case.class).legalRepresentative());
    }

    @Test
    void theConstructorWithoutALegalRepresentativeLeavesItOut() {
        Case c = CaseIo.example("printing-licence-promised");
        Case without = new Case(c.number(), c.itemCode(), c.itemVersion(), c.nationalType(), c.kind(), c.applicant(),
                c.agent(), c.situations(), c.materials(), c.channel(), c.appliedAt(), c.projectCode(), c.region(),
                c.events());
        assertNull(without.legalRepresentative());
        assertEquals(printing(c.applicant(), null), without);
    }

    @Test
    void recordingAnEventKeepsTheLegalRepresentative() {
        Case c = CaseIo.example("investment-project-joint");
        Case next = c.record(new CaseEvent.StepDone(c.events().get(c.events().size() - 1).at().plusHours(1),
                "b09-he", "联合审查", "同意"));
        assertEquals(c.legalRepresentative(), next.legalRepresentative());
        assertEquals(c.agent(), next.agent());
    }

    @Test
    void aNaturalPersonApplicantHasNoLegalRepresentative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> printing(WANG_FANG, CHEN));
        assertEquals("legalRepresentative is only for a LEGAL_PERSON applicant (法定代表人), but the applicant of case"
                + " WH-2025-000311 is a NATURAL_PERSON: leave it out, or name an agent (代理人)", e.getMessage());
        assertNull(printing(WANG_FANG, null).legalRepresentative());
    }

    @Test
    void theLegalRepresentativeIsANaturalPerson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> printing(COMPANY, OTHER_COMPANY));
        assertEquals("legalRepresentative must be a NATURAL_PERSON (the person who represents the applicant),"
                + " but was a LEGAL_PERSON", e.getMessage());
    }

    /** The printing-licence example as JSON text, with {@code from} replaced by {@code to} once. */
    static String exampleJson(String from, String to) {
        String json = CaseIo.toJson(CaseIo.example("printing-licence-promised"));
        assertTrue(json.contains(from), from);
        assertEquals(json.indexOf(from), json.lastIndexOf(from), from);
        return json.replace(from, to);
    }

    /** 1-based line and column of the first {@code needle} in {@code text}. */
    static int[] position(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    @Test
    void readingALegalRepresentativeOfANaturalPersonIsRefusedAtTheField() {
        String json = exampleJson("\"type\" : \"LEGAL_PERSON\",\n    \"idType\" : \"UNIFIED_SOCIAL_CREDIT_CODE\",\n"
                        + "    \"idNumber\" : \"91330106MA2B3C4D5D\"",
                "\"type\" : \"NATURAL_PERSON\",\n    \"idType\" : \"RESIDENT_ID_CARD\",\n"
                        + "    \"idNumber\" : \"330106198808082229\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "{\n    \"name\" : \"陈刚\"");
        assertEquals("k.json: $.legalRepresentative (line " + at[0] + ", column " + at[1] + "): legalRepresentative is only"
                + " for a LEGAL_PERSON applicant (法定代表人), but the applicant of case WH-2025-000311 is a NATURAL_PERSON:"
                + " leave it out, or name an agent (代理人)", e.getMessage());
    }

    @Test
    void readingALegalPersonAsLegalRepresentativeIsRefusedAtTheField() {
        String json = exampleJson("\"name\" : \"陈刚\",\n    \"type\" : \"NATURAL_PERSON\",\n"
                        + "    \"idType\" : \"RESIDENT_ID_CARD\",\n    \"idNumber\" : \"330106197503155517\"",
                "\"name\" : \"示例控股有限公司\",\n    \"type\" : \"LEGAL_PERSON\",\n"
                        + "    \"idType\" : \"UNIFIED_SOCIAL_CREDIT_CODE\",\n    \"idNumber\" : \"91330106MA2C7E8F9J\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertEquals("$.legalRepresentative", e.path());
        assertEquals(position(json, "{\n    \"name\" : \"示例控股有限公司\"")[0], e.line());
        assertEquals("legalRepresentative must be a NATURAL_PERSON (the person who represents the applicant),"
                + " but was a LEGAL_PERSON", e.problem());
    }

    @Test
    void aBadDocumentNumberIsLocatedInsideTheLegalRepresentative() {
        String json = exampleJson("\"330106197503155517\"", "\"330106197503155510\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "\"330106197503155510\"");
        assertEquals("k.json: $.legalRepresentative.idNumber (line " + at[0] + ", column " + at[1] + "): idNumber"
                + " '330106197503155510' is not a valid resident ID number (18 characters, check character 7 expected)",
                e.getMessage());
    }

    @Test
    void aMisspeltKeyIsUnknownWithASuggestion() {
        String json = exampleJson("\"legalRepresentative\"", "\"legalRepresentitive\"");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        int[] at = position(json, "\"legalRepresentitive\"");
        assertEquals("k.json: $.legalRepresentitive (line " + at[0] + ", column " + at[1] + "): unknown field"
                + " 'legalRepresentitive' (did you mean 'legalRepresentative'?)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"陈刚\"", "[]", "true"})
    void aValueThatIsNotAPartyIsRefusedAtTheField(String value) {
        String json = exampleJson("\"legalRepresentative\" : {\n    \"name\" : \"陈刚\",\n    \"type\" : \"NATURAL_PERSON\",\n"
                + "    \"idType\" : \"RESIDENT_ID_CARD\",\n    \"idNumber\" : \"330106197503155517\"\n  }",
                "\"legalRepresentative\" : " + value);
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertEquals("$.legalRepresentative", e.path());
        assertEquals(position(json, "\"legalRepresentative\"")[0], e.line());
        assertTrue(e.problem().startsWith("expected an object (party)"), e.problem());
    }

    @Test
    void itsConstraintsAreCheckedOnReadingAndWriting() {
        String json = exampleJson("\"name\" : \"陈刚\"", "\"name\" : \" \"");
        ModelValidationException read = assertThrows(ModelValidationException.class, () -> CaseIo.fromJson(json, "k.json"));
        assertEquals("k.json: 1 violation: $.legalRepresentative.name (line 15, column 14): must not be blank", read.getMessage());
        Party blank = new Party(" ", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, "330106197503155517", null);
        ModelValidationException write = assertThrows(ModelValidationException.class,
                () -> CaseIo.toJson(printing(COMPANY, blank)));
        assertEquals("writing Case: 1 violation: $.legalRepresentative.name: must not be blank", write.getMessage());
    }

}
