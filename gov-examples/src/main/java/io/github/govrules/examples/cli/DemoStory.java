package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.DeadlineExplanation;
import io.github.govrules.calendar.deadline.NoticeWindow;
import io.github.govrules.core.GovCoreException;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.cases.Satisfaction;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.MissingMaterial;
import io.github.govrules.core.hall.SealDocument;
import io.github.govrules.core.hall.SealLedger;
import io.github.govrules.core.hall.SealPolicy;
import io.github.govrules.core.hall.SealUse;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Indicators;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ServiceCenters;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.DueDate;
import io.github.govrules.rules.NoticeItem;
import io.github.govrules.rules.PackInfo;
import io.github.govrules.rules.RuleEngine;

/**
 * The second half of {@code gov demo}: a provident-fund case on the bundled catalog, service
 * center and rule packs, from the window to the indicators.
 */
final class DemoStory {

    static final String EXAMPLE_CASE = "gjj-bank-first-incomplete";
    static final String PACK = "cn-zj";
    static final String WINDOW = "W02";
    static final String CLERK = "w01-wang";
    static final String APPROVER = "w02-sun";
    static final String SEAL = "S-GJJ-SP";

    private final PrintWriter out;
    private final WorkingDayCalendar cn;

    DemoStory(PrintWriter out, WorkingDayCalendar cn) {
        this.out = out;
        this.cn = cn;
    }

    void run() {
        DemoCommand.heading(out, "5. A provident-fund case, from the window to the indicators");
        Catalog catalog = Catalogs.example();
        ServiceCenter center = ServiceCenters.example();
        Case aCase = CaseIo.example(EXAMPLE_CASE);
        ServiceItem item = CaseChecks.check(aCase, catalog);
        out.println("Catalog: " + catalog.name() + ", " + catalog.items().size() + " items; center: " + center.name()
                + ", " + center.windows().size() + " windows, " + center.seals().size() + " seals.");
        out.println("Item: " + item.name() + " (v" + item.version() + "), statutory limit " + item.statutoryLimit()
                + ", promised " + item.promisedLimit() + "; handled at window " + WINDOW + " "
                + center.window(WINDOW).name() + ".");
        try (RuleEngine engine = RuleEngine.create()) {
            PackInfo pack = engine.loadBundled(PACK);
            out.println("Rule pack: " + pack.id() + " " + pack.version() + " (layers " + pack.chain() + "), "
                    + pack.manifest().name() + ".");
            out.println();
            aCase = story(aCase, item, catalog, center, engine);
        }
        indicators(aCase, catalog);
    }

    private Case story(Case received, ServiceItem item, Catalog catalog, ServiceCenter center, RuleEngine engine) {
        Case aCase = received;
        SealLedger ledger = SealLedger.empty();

        // (a) arrival: the rules find what is missing and write the one-time notice
        LocalDateTime receivedAt = aCase.status().receivedAt();
        LocalDate receivedOn = receivedAt.toLocalDate();
        out.println("(a) " + stamp(receivedAt) + "  received at " + WINDOW + ": applicant " + aCase.applicant().name()
                + ", situation " + aCase.situations() + ", " + aCase.materials().size() + " pieces handed in.");
        var first = engine.evaluate(PACK, CaseInputs.from(aCase, catalog), receivedOn);
        out.println("    rules say: " + first.status() + "; one-time notice (一次性告知书) due by "
                + first.notice().noticeDeadline() + " (five working days, Art. 32(4)):");
        for (NoticeItem n : first.notice().items()) {
            out.println("      - " + n.materialName() + " (" + n.materialCode() + "): " + n.problem() + ". " + n.reasonEn());
        }
        NoticeWindow window = NoticeWindow.of(cn, receivedOn);
        out.println("    without a notice by " + window.lastDay() + " the case would count as accepted on " + receivedOn
                + " (Art. 32(4)).");
        LocalDateTime noticeAt = receivedAt.plusMinutes(9);
        aCase = aCase.record(new CaseEvent.CorrectionRequested(noticeAt, CLERK,
                first.notice().items().stream().map(NoticeItem::materialCode).distinct().toList(),
                first.notice().renderZh()));
        ledger = center.stamp(ledger, aCase, item, WINDOW, CLERK, SEAL, SealDocument.CORRECTION_NOTICE, noticeAt);
        out.println("(b) " + stamp(noticeAt) + "  notice handed over on the spot, stamped with " + SEAL + ": state "
                + aCase.status().state() + ".");

        // (c) supplemented, evaluated again, accepted
        LocalDateTime supplementedAt = LocalDateTime.of(cn.next(receivedOn), LocalTime.of(10, 5));
        List<SubmittedMaterial> supplements = new ArrayList<>();
        for (MissingMaterial m : CaseChecks.missing(aCase, item)) {
            supplements.add(new SubmittedMaterial(m.material().code(), m.form(), m.needed() - m.submitted()));
        }
        aCase = aCase.record(new CaseEvent.Supplemented(supplementedAt, CLERK, ServiceChannel.WINDOW, supplements));
        out.println("(c) " + stamp(supplementedAt) + "  supplemented " + supplements.size() + " pieces ("
                + dayName(supplementedAt.toLocalDate()) + " is the next working day).");
        var second = engine.evaluate(PACK, CaseInputs.from(aCase, catalog), supplementedAt.toLocalDate());
        out.println("    rules say: " + second.status() + "; classified " + second.classification().nationalType() + " / "
                + second.classification().kind().code() + " " + second.classification().kind().nameZh() + ": "
                + second.classification().reasonEn());
        for (DueDate d : second.dueDates()) {
            out.println("    due date " + d.label() + ": " + d.date() + " (" + d.limit() + " from " + d.from() + "; "
                    + d.legalBasis() + ")");
        }
        out.println("    decision receipt: " + second.receipt().rulesFired().size() + " rules fired, pack "
                + second.receipt().packId() + " " + second.receipt().packVersion() + ", content hash "
                + second.receipt().contentHash().substring(0, 12) + "...");
        LocalDateTime acceptedAt = supplementedAt.plusMinutes(5);
        String receipt = "SL-" + acceptedAt.toLocalDate().toString().replace("-", "") + "-0042";
        aCase = center.accept(aCase, WINDOW, CLERK, acceptedAt, receipt);
        ledger = center.stamp(ledger, aCase, item, WINDOW, CLERK, SEAL, SealDocument.ACCEPTANCE_NOTICE, acceptedAt);
        out.println("(d) " + stamp(acceptedAt) + "  accepted (受理) by " + CLERK + ", receipt " + receipt
                + ", acceptance notice stamped: state " + aCase.status().state() + ".");

        // (e) the clock, explained
        CaseClock clock = CaseClocks.clockOf(aCase, item, cn).orElseThrow();
        LocalDate acceptedOn = acceptedAt.toLocalDate();
        out.println("(e) clock from acceptance: promised " + item.promisedLimit() + " -> due " + clock.promisedDueAsOf(acceptedOn)
                + "; statutory " + item.statutoryLimit() + " -> due " + clock.statutoryDueAsOf(acceptedOn) + ", day by day:");
        DeadlineExplanation why = clock.explainStatutory(acceptedOn);
        why.days().forEach(d -> out.println("      " + d));

        // (f) decided: separation of duties
        LocalDateTime decidedAt = acceptedAt.plusMinutes(20);
        try {
            center.decide(aCase, WINDOW, CLERK, decidedAt, Outcome.APPROVED, "TQ-2025-0815");
            out.println("    (unexpected: the acceptor was allowed to approve)");
        } catch (GovCoreException e) {
            out.println("(f) the clerk who accepted tries to approve: refused, " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
        aCase = center.decide(aCase, WINDOW, APPROVER, decidedAt, Outcome.APPROVED, "TQ-2025-0815");
        out.println("    " + stamp(decidedAt) + "  approved by " + APPROVER + ": state " + aCase.status().state() + ".");

        // (g) stamped with the right seal
        var choice = SealPolicy.choose(SealDocument.DECISION, aCase.kind(), false);
        out.println("(g) seal for the decision: " + choice.kind() + " (" + choice.basis() + ")");
        LocalDateTime stampedAt = decidedAt.plusMinutes(2);
        try {
            center.stamp(ledger, aCase, item, WINDOW, CLERK, "S-CULTURE-SP", SealDocument.DECISION, stampedAt);
            out.println("    (unexpected: another department's seal was accepted)");
        } catch (GovCoreException e) {
            out.println("    another department's seal is refused: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            center.stamp(ledger, aCase, item, WINDOW, APPROVER, SEAL, SealDocument.DECISION, stampedAt);
            out.println("    (unexpected: the approver was allowed to stamp)");
        } catch (GovCoreException e) {
            out.println("    the approver may not stamp: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        ledger = center.stamp(ledger, aCase, item, WINDOW, CLERK, SEAL, SealDocument.DECISION, stampedAt);
        out.println("    " + stamp(stampedAt) + "  decision stamped by " + CLERK + " with " + SEAL + " "
                + center.seal(SEAL).name() + ". Seal ledger of the case:");
        for (SealUse use : ledger.usesFor(aCase.number())) {
            out.println("      " + use.at() + "  " + use.document() + "  " + use.sealId() + "  by " + use.usedBy());
        }

        // (h) delivered and evaluated
        aCase = aCase.record(new CaseEvent.Delivered(stampedAt.plusMinutes(1), CLERK, ServiceChannel.WINDOW));
        aCase = aCase.record(new CaseEvent.Evaluated(stampedAt.plusMinutes(3), "applicant", Satisfaction.VERY_SATISFIED, false));
        out.println("(h) delivered at the window and evaluated " + Satisfaction.VERY_SATISFIED + ": state "
                + aCase.status().state() + "; completed on time: "
                + !decidedAt.toLocalDate().isAfter(clock.promisedDueAsOf(acceptedOn)) + ".");
        out.println("    event log: " + aCase.events().stream().map(e -> e.getClass().getSimpleName()).toList());
        out.println();
        return aCase;
    }

    private void indicators(Case storyCase, Catalog catalog) {
        DemoCommand.heading(out, "6. Indicators for September-October 2025 (this case and the bundled example cases)");
        List<Case> cases = new ArrayList<>();
        cases.add(storyCase);
        for (String name : CaseIo.EXAMPLE_NAMES) {
            if (!name.equals(EXAMPLE_CASE)) {
                cases.add(CaseIo.example(name));
            }
        }
        IndicatorReport r = Indicators.compute(cases, catalog, cn, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 1));
        StatsCommand.print(out, r);
        out.println();
    }

    private static String dayName(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String stamp(LocalDateTime at) {
        return at.toLocalDate() + " " + at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + at.toLocalTime();
    }
}
