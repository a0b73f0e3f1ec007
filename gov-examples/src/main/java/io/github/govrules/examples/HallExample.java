package io.github.govrules.examples;

import java.time.LocalDateTime;

import io.github.govrules.core.GovCoreException;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.hall.HallAction;
import io.github.govrules.core.hall.SealDocument;
import io.github.govrules.core.hall.SealLedger;
import io.github.govrules.core.hall.SealPolicy;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.hall.Window;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ServiceCenters;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.ServiceItem;

/**
 * Windows and seals (窗口, 印章): which windows may accept, approve and issue an item (the chief
 * representative's authorization), which seal a document needs, and the separation of duties
 * between accepting, approving and stamping. Every refusal is a typed error naming who, what and
 * why.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.HallExample}
 *
 * @since 0.1.0
 */
public final class HallExample {

    private HallExample() {
    }

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ServiceCenter center = ServiceCenters.example();
        Case c = CaseIo.example("gjj-agent-spouse-complete");   // accepted by w01-wang, approved by b02-zhao
        ServiceItem item = CaseChecks.check(c, Catalogs.example());

        for (HallAction action : HallAction.values()) {
            System.out.println(action + " " + item.name() + ": windows "
                    + center.windowsFor(action, item.implementationCode()).stream().map(Window::id).toList());
        }
        // The culture window is not authorized for provident-fund withdrawals.
        try {
            center.window("W05").requireAuthorized(HallAction.ACCEPT, item.implementationCode(), "w05-chen");
        } catch (GovCoreException e) {
            System.out.println("error: " + e.getMessage());
        }

        // Which seal: the special approval seal at the hall, the official seal for revocations.
        System.out.println("decision: " + SealPolicy.choose(SealDocument.DECISION, CaseKind.IMMEDIATE, false));
        System.out.println("revocation: " + SealPolicy.choose(SealDocument.REVOCATION, CaseKind.IMMEDIATE, false));

        // Stamping: a third person, with the department's own enabled special seal; every use is in the ledger.
        LocalDateTime at = LocalDateTime.of(2025, 9, 22, 10, 22);
        SealLedger ledger = center.stamp(SealLedger.empty(), c, item, "W02", "w02-sun", "S-GJJ-SP", SealDocument.DECISION, at);
        ledger.usesFor(c.number()).forEach(u -> System.out.println("ledger: " + u));
        try {
            center.stamp(ledger, c, item, "W02", "w02-sun", "S-CULTURE-SP", SealDocument.DECISION, at.plusMinutes(1));
        } catch (GovCoreException e) {
            System.out.println("error: " + e.getMessage());
        }
        // The clerk who accepted may not approve.
        Case received = CaseIo.example("gjj-bank-first-incomplete");
        try {
            Case accepted = center.accept(received, "W02", "w01-wang", LocalDateTime.of(2025, 9, 19, 9, 45), "SL-1");
            center.decide(accepted, "W02", "w01-wang", LocalDateTime.of(2025, 9, 19, 9, 50), Outcome.APPROVED, "TQ-1");
        } catch (GovCoreException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
