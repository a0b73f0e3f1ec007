package io.github.govrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> ITEM = List.of("name", "type", "version", "statutoryLimit", "promisedLimit",
            "materials", "maxVisits", "basicCode", "handlingCode", "implementationCode");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "nmae, name",            // swap of two letters: one edit
            "naem, name",
            "Name, name",
            "nam, name",
            "nname, name",
            "verison, version",
            "vresion, version",
            "statutoryLimt, statutoryLimit",
            "statutorylimit, statutoryLimit",
            "promisedLimits, promisedLimit",
            "materails, materials",
            "basicCod, basicCode"})
    void misspellingsGetTheIntendedName(String typed, String meant) {
        assertEquals(meant, Suggestions.closest(typed, ITEM, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"colour", "urgent", "id", "xy", "stamp", "nombre", "limit"})
    void farOrShortNamesGetNoSuggestion(String typed) {
        assertNull(Suggestions.closest(typed, ITEM, Set.of()));
    }

    @Test
    void onATieTheNameNotAlreadyPresentIsSuggested() {
        // 'cose' is one edit from both 'code' and 'cost'; 'code' is already there, so 'cost' was meant
        assertEquals("cost", Suggestions.closest("cose", List.of("code", "cost"), Set.of("code")));
        assertEquals("code", Suggestions.closest("cose", List.of("code", "cost"), Set.of("cost")));
        assertEquals("code", Suggestions.closest("cose", List.of("code", "cost"), Set.of()), "alphabetical");
    }

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, Suggestions.distance("name", "name"));
        assertEquals(1, Suggestions.distance("nmae", "name"));
        assertEquals(1, Suggestions.distance("nam", "name"));
        assertEquals(1, Suggestions.distance("names", "name"));
        assertEquals(1, Suggestions.distance("nane", "name"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(4, Suggestions.distance("", "name"));
    }
}
