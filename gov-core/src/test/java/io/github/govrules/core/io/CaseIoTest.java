package io.github.govrules.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.MissingMaterial;
import io.github.govrules.core.internal.ModelMapper;
import io.github.govrules.core.item.ServiceItem;
import java.nio.file.Path;
import java.time.LocalDateTime;
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

    /** The renovation example voided while in process (a duplicate registration). */
    static Case voidedCase() {
        Case c = CaseIo.example("renovation-tolerated-gap");
        return c.record(new CaseEvent.Voided(LocalDateTime.of(2025, 10, 16, 15, 0), "w05-chen",
                "duplicate registration: the same application is case WH-2025-000400"));
    }

    /** The printing-licence example revoked after its approval (notify-and-commit promise proved false). */
    static Case revokedCase() {
        return CaseIo.example("printing-licence-promised").record(new CaseEvent.Revoked(LocalDateTime.of(2025, 12, 10, 9, 0),
                "w05-xu", "告知承诺制：承诺的经营场所证明不实", "《中华人民共和国行政许可法》第六十九条第二款", "撤字〔2025〕第1号"));
    }

    @Test
    void voidedAndRevokedCasesRoundTripThroughJson() {
        for (Case c : List.of(voidedCase(), revokedCase())) {
            String json = CaseIo.toJson(c);
            Case again = CaseIo.fromJson(json, "side-exit.json");
            assertEquals(c, again);
            assertEquals(json, CaseIo.toJson(again));
            assertEquals(c.status(), again.status());
        }
        assertEquals(CaseState.VOIDED, voidedCase().status().state());
        assertEquals(CaseState.REVOKED, revokedCase().status().state());
        String json = CaseIo.toJson(revokedCase());
        assertTrue(json.contains("\"type\" : \"revoked\""), json);
        assertTrue(json.contains("\"basis\" : \"《中华人民共和国行政许可法》第六十九条第二款\""), json);
        assertTrue(json.contains("\"decisionNumber\" : \"撤字〔2025〕第1号\""), json);
        assertTrue(CaseIo.toJson(voidedCase()).contains("\"type\" : \"voided\""));
    }

    @Test
    void voidedAndRevokedCasesRoundTripThroughYaml() {
        // cases are JSON files, but the model reads and writes YAML through the same mapper as catalogs
        ModelMapper yaml = ModelMapper.of(ModelMapper.Syntax.YAML, ReadLimits.defaults());
        for (Case c : List.of(voidedCase(), revokedCase())) {
            String text = yaml.write(c);
            assertEquals(c, yaml.read(text, "side-exit.yaml", Case.class));
        }
        // as a person writes it, with a "type" field (the writer uses YAML tags, e.g. !<revoked>)
        for (Case c : List.of(voidedCase(), revokedCase())) {
            String tagged = yaml.write(c);
            String typed = tagged.replaceAll("- !<([a-z-]+)>\n(\\s+)", "- type: $1\n$2");
            assertTrue(typed.contains("- type: " + c.events().get(c.events().size() - 1).name() + "\n"), typed);
            assertEquals(c, yaml.read(typed, "typed.yaml", Case.class));
        }
        // a revocation without a decision number leaves the field out and reads back as absent
        Case plain = CaseIo.example("printing-licence-promised").record(new CaseEvent.Revoked(
                LocalDateTime.of(2025, 12, 10, 9, 0), "w05-xu", "promise proved false", "Art. 69", null));
        assertTrue(!CaseIo.toJson(plain).contains("decisionNumber"));
        assertEquals(plain, yaml.read(yaml.write(plain), "plain.yaml", Case.class));
    }

    @Test
    void aVoidedEventWithoutReasonIsLocated() {
        String json = CaseIo.toJson(voidedCase()).replaceFirst(",\\s*\"reason\" : \"duplicate registration[^\"]*\"", "");
        ModelReadException e = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(json, "no-reason.json"));
        assertTrue(e.getMessage().startsWith("no-reason.json: $.events["), e.getMessage());
        assertTrue(e.getMessage().contains("missing required field 'reason'"), e.getMessage());
    }
}
