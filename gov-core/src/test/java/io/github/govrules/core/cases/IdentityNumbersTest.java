package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.govrules.core.item.PartyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identity numbers are refused unless they have the standard's shape and check character: no
 * text passes because its check character cannot be computed (GB 11643, GB 32100).
 */
class IdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello world!!!!!!?", "?????????????????", "91330106MA2B3C4D5?", "9133010６MA2B3C4D5E",
            "91330106ma2b3c4d5e", "91330106MA2B3C4D5EE", "9I330106MA2B3C4D5E"})
    void aCreditCodeThatIsNotOneIsRefusedWithoutACheckCharacter(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Party("示例公司", PartyType.LEGAL_PERSON, IdType.UNIFIED_SOCIAL_CREDIT_CODE, code, null));
        assertEquals("idNumber '" + code + "' is not a valid unified social credit code (18 digits and capital letters"
                + " (no I, O, S, V, Z), characters 3-8 the division code)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"１1010519491231002?", "１1010519491231002X", "1101051949123100?X", "11010519491231002",
            "110105194912310020X", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"})
    void aResidentIdThatIsNotOneIsRefusedWithoutACheckCharacter(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Party("王芳", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, id, null));
        assertEquals("idNumber '" + id + "' is not a valid resident ID number (18 characters: 17 digits 0-9, then a digit"
                + " or X)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002?", "11010519491231002x", "110105194912310020"})
    void aResidentIdWithAWrongCheckCharacterNamesTheRightOne(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Party("王芳", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, id, null));
        assertEquals("idNumber '" + id + "' is not a valid resident ID number (18 characters, check character X expected)",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "91330106MA2B3C4D5D"})
    void aValidNumberIsAccepted(String number) {
        if (number.length() == 18 && number.chars().limit(17).allMatch(c -> c >= '0' && c <= '9')) {
            assertEquals(number, new Party("王芳", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, number, null)
                    .idNumber());
        } else {
            assertEquals(number, new Party("示例公司", PartyType.LEGAL_PERSON, IdType.UNIFIED_SOCIAL_CREDIT_CODE, number,
                    null).idNumber());
        }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** The 18-character number with region 330106, the given birth digits, sequence 123 and its right check character. */
    static String withBirth(String yyyymmdd) {
        String first = "330106" + yyyymmdd + "123";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * WEIGHTS[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19750230", "19750229", "19001329", "19751301", "19750001", "19750100", "19750431", "17991231",
            "00000000"})
    void aResidentIdWhoseBirthDateIsNotADateIsRefusedNamingTheDate(String birth) {
        String id = withBirth(birth);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Party("王芳", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, id, null));
        assertEquals("idNumber '" + id + "' is not a valid resident ID number: its birth date " + birth.substring(0, 4)
                + "-" + birth.substring(4, 6) + "-" + birth.substring(6) + " (characters 7-14) is not a date from 1800 on",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"19760229", "20000229", "18000101", "19751231"})
    void aResidentIdWithARealBirthDateIsAccepted(String birth) {
        String id = withBirth(birth);
        assertEquals(id, new Party("王芳", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, id, null).idNumber());
    }
}
