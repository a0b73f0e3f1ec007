package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.MissingMaterial;
import io.github.govrules.core.item.ServiceItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseIoTest {

    static List<String> exampleNames() {
        return CaseIo.EXAMPLE_NAMES;
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void everyBundledCaseRoundTripsLosslessly(String name) {
        Case c = CaseIo.example(name);
        String json = CaseIo.toJson(c);
        Case again = CaseIo.fromJson(json, name + ".json");
        assertEquals(c, again);
        assertEquals(json, CaseIo.toJson(again));
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void everyBundledCaseIsConsistentWithTheExampleCatalog(String name) {
        Catalog catalog = Catalogs.example();
        Case c = CaseIo.example(name);
        ServiceItem item = CaseChecks.check(c, catalog);
        assertEquals(c.itemVersion(), item.version());
    }

    @Test
    void bundledCasesAreInTheExpectedStates() {
        Map<String, CaseState> expected = Map.of(
                "gjj-bank-first-incomplete", CaseState.RECEIVED,
                "gjj-agent-spouse-complete", CaseState.EVALUATED,
                "gjj-fund-loan-immediate", CaseState.COMPLETED,
                "printing-licence-promised", CaseState.COMPLETED,
                "investment-project-joint", CaseState.IN_PROCESS,
                "renovation-tolerated-gap", CaseState.IN_PROCESS);
        expected.forEach((name, state) -> assertEquals(state, CaseIo.example(name).status().state(), name));
        assertEquals(List.of(), CaseIo.example("investment-project-joint").status().openGaps());
        assertEquals(List.of("neighbour-consent"), CaseIo.example("renovation-tolerated-gap").status().openGaps());
    }

    @Test
    void incompleteProvidentFundCaseMissesTheLoanContractCopyAndThePassbook() {
        Catalog catalog = Catalogs.example();
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        List<String> missing = CaseChecks.missing(c, CaseChecks.check(c, catalog)).stream()
                .map(MissingMaterial::toString).toList();
        assertEquals(List.of(
                "loan-contract (借款合同): COPY 0 of 1",
                "repayment-passbook (还款存折（含最近三次还款记录）): ORIGINAL 0 of 1",
                "repayment-passbook (还款存折（含最近三次还款记录）): COPY 0 of 1"), missing);
        assertTrue(CaseChecks.missing(CaseIo.example("gjj-agent-spouse-complete"),
                catalog.item(c.itemCode(), 1)).isEmpty());
    }

    @Test
    void fileRoundTrip(@TempDir Path dir) {
        Case c = CaseIo.example("investment-project-joint");
        Path file = dir.resolve("case.json");
        CaseIo.write(c, file);
        assertEquals(c, CaseIo.read(file));
    }

    @Test
    void unknownExampleNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseIo.example("nope"));
        assertTrue(e.getMessage().contains("no example case 'nope'"));
    }
}
