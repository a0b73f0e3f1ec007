package io.github.govrules.core.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.item.CaseKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SealPolicyTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(SealDocument.DECISION, CaseKind.PROMISED, false, SealKind.SPECIAL_APPROVAL),
                Arguments.of(SealDocument.ACCEPTANCE_NOTICE, CaseKind.IMMEDIATE, false, SealKind.SPECIAL_APPROVAL),
                Arguments.of(SealDocument.NON_ACCEPTANCE_NOTICE, CaseKind.PROMISED, true, SealKind.SPECIAL_APPROVAL),
                Arguments.of(SealDocument.REFUSAL, CaseKind.JOINT, false, SealKind.SPECIAL_APPROVAL),
                Arguments.of(SealDocument.REVOCATION, CaseKind.PROMISED, false, SealKind.OFFICIAL),
                Arguments.of(SealDocument.CANCELLATION, CaseKind.IMMEDIATE, false, SealKind.OFFICIAL),
                Arguments.of(SealDocument.REPORT_UP, CaseKind.PROMISED, false, SealKind.OFFICIAL),
                Arguments.of(SealDocument.DECISION, CaseKind.REPORTED_UP, false, SealKind.OFFICIAL),
                Arguments.of(SealDocument.ACCEPTANCE_NOTICE, CaseKind.REPORTED_UP, false, SealKind.SPECIAL_APPROVAL),
                Arguments.of(SealDocument.DECISION, CaseKind.PROMISED, true, SealKind.OFFICIAL),
                Arguments.of(SealDocument.REFUSAL, CaseKind.PROMISED, true, SealKind.OFFICIAL));
    }

    @ParameterizedTest(name = "{0} {1} lawRequiresOfficial={2} -> {3}")
    @MethodSource("table")
    void sealChoiceFollowsLawMd(SealDocument doc, CaseKind kind, boolean lawRequires, SealKind expected) {
        assertEquals(expected, SealPolicy.choose(doc, kind, lawRequires).kind());
    }

    @Test
    void electronicSealStandsInForTheSpecialSealOnly() {
        assertTrue(SealPolicy.choose(SealDocument.DECISION, CaseKind.PROMISED, false).accepts(SealKind.ELECTRONIC));
        assertFalse(SealPolicy.choose(SealDocument.REVOCATION, CaseKind.PROMISED, false).accepts(SealKind.ELECTRONIC));
        assertFalse(SealPolicy.choose(SealDocument.DECISION, CaseKind.PROMISED, false).accepts(SealKind.OFFICIAL));
    }
}
