package io.github.govrules.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.IllegalTransitionException;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.cases.Satisfaction;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.MissingMaterial;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ServiceCenters;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;

/**
 * The catalog and a case's life (办件): load the bundled catalog, check a case against its item,
 * send the one-time notice, record the supplement, accept at a window, read the clock, decide,
 * deliver, evaluate, and save the case as JSON. The state is never stored: it is replayed from
 * the append-only event log, and an event the state does not allow is a typed error.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.CaseLifecycleExample}
 *
 * @since 0.1.0
 */
public final class CaseLifecycleExample {

    private CaseLifecycleExample() {
    }

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Catalog catalog = Catalogs.example();                      // or Catalogs.load(Path.of("catalog.yaml"))
        ServiceCenter center = ServiceCenters.example();           // windows, authorizations, seals
        Case c = CaseIo.example("gjj-bank-first-incomplete");      // or CaseIo.read(Path.of("case.json"))
        ServiceItem item = CaseChecks.check(c, catalog);           // the item version the case pins
        System.out.println(c.number() + " for " + item.name() + ": " + c.status().state());

        // Everything missing, at once (一次性告知, Licensing Law Art. 32(4)).
        List<MissingMaterial> missing = CaseChecks.missing(c, item);
        missing.forEach(m -> System.out.println("  missing: " + m));
        LocalDateTime t = LocalDateTime.of(2025, 9, 19, 9, 40);
        c = c.record(new CaseEvent.CorrectionRequested(t, "w01-wang",
                missing.stream().map(m -> m.material().code()).distinct().toList(), "BZ-20250919-001"));
        System.out.println("after the notice: " + c.status().state());

        // A second notice is not allowed: one-time means one time.
        try {
            c.record(new CaseEvent.CorrectionRequested(t.plusMinutes(5), "w01-wang", List.of("id-card"), "BZ-2"));
        } catch (IllegalTransitionException e) {
            System.out.println("error: " + e.getMessage());
        }

        // The applicant comes back on Monday with everything.
        LocalDateTime monday = LocalDateTime.of(2025, 9, 22, 10, 5);
        c = c.record(new CaseEvent.Supplemented(monday, "w01-wang", ServiceChannel.WINDOW,
                missing.stream().map(m -> new SubmittedMaterial(m.material().code(), m.form(), m.needed() - m.submitted()))
                        .toList()));
        System.out.println("still missing after the supplement: " + CaseChecks.missing(c, item).size());

        c = center.accept(c, "W02", "w01-wang", monday.plusMinutes(5), "SL-20250922-0001");
        CaseClock clock = CaseClocks.clockOf(c, item, Calendars.cn()).orElseThrow();
        System.out.println("accepted; promised due " + clock.promisedDue().orElseThrow() + ", statutory due "
                + clock.statutoryDue().orElseThrow());

        c = center.decide(c, "W02", "w02-sun", monday.plusMinutes(25), Outcome.APPROVED, "TQ-2025-0001");
        c = c.record(new CaseEvent.Delivered(monday.plusMinutes(30), "w01-wang", ServiceChannel.WINDOW))
             .record(new CaseEvent.Evaluated(monday.plusMinutes(35), "applicant", Satisfaction.VERY_SATISFIED, false));
        System.out.println("state at the end " + c.status().state() + ", outcome " + c.status().outcome() + ", "
                + c.events().size() + " events");

        // Lossless JSON round trip.
        try {
            Path file = Files.createTempFile("case-", ".json");
            CaseIo.write(c, file);
            Case back = CaseIo.read(file);
            System.out.println("JSON round trip equal: " + back.equals(c));
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
