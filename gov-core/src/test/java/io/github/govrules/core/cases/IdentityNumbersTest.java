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
}
