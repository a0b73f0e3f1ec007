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
    private final Texts t;

    DemoStory(PrintWriter out, WorkingDayCalendar cn, Texts t) {
        this.out = out;
        this.cn = cn;
        this.t = t;
    }

    void run() {
        DemoCommand.heading(out, t.get("demo.5.heading"));
        Catalog catalog = Catalogs.example();
        ServiceCenter center = ServiceCenters.example();
        Case aCase = CaseIo.example(EXAMPLE_CASE);
        ServiceItem item = CaseChecks.check(aCase, catalog);
        out.println(t.get("demo.5.catalog", catalog.name(), catalog.items().size(), center.name(), center.windows().size(),
                center.seals().size()));
        out.println(t.get("demo.5.item", item.name(), item.version(), DemoCommand.limit(item.statutoryLimit(), t),
                DemoCommand.limit(item.promisedLimit(), t), WINDOW, center.window(WINDOW).name()));
        try (RuleEngine engine = RuleEngine.create()) {
            PackInfo pack = engine.loadBundled(PACK);
            out.println(t.get("demo.5.pack", pack.id(), pack.version(), pack.chain(), pack.manifest().name()));
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
        out.println(t.get("demo.a", stamp(receivedAt), WINDOW, aCase.applicant().name(), aCase.situations(),
                aCase.materials().size()));
        var first = engine.evaluate(PACK, CaseInputs.from(aCase, catalog), receivedOn);
        out.println(t.get("demo.a.rules", first.status(), first.notice().noticeDeadline()));
        for (NoticeItem n : first.notice().items()) {
            out.println("      - " + n.materialName() + " (" + n.materialCode() + "): " + n.problem() + ". "
                    + (t.isChinese() ? n.reasonZh() : n.reasonEn()));
        }
        NoticeWindow window = NoticeWindow.of(cn, receivedOn);
        out.println(t.get("demo.a.window", window.lastDay(), receivedOn));
        LocalDateTime noticeAt = receivedAt.plusMinutes(9);
        aCase = aCase.record(new CaseEvent.CorrectionRequested(noticeAt, CLERK,
                first.notice().items().stream().map(NoticeItem::materialCode).distinct().toList(),
                first.notice().renderZh()));
        ledger = center.stamp(ledger, aCase, item, WINDOW, CLERK, SEAL, SealDocument.CORRECTION_NOTICE, noticeAt);
        out.println(t.get("demo.b", stamp(noticeAt), SEAL, aCase.status().state()));

        // (c) supplemented, evaluated again, accepted
        LocalDateTime supplementedAt = LocalDateTime.of(cn.next(receivedOn), LocalTime.of(10, 5));
        List<SubmittedMaterial> supplements = new ArrayList<>();
        for (MissingMaterial m : CaseChecks.missing(aCase, item)) {
            supplements.add(new SubmittedMaterial(m.material().code(), m.form(), m.needed() - m.submitted()));
        }
        aCase = aCase.record(new CaseEvent.Supplemented(supplementedAt, CLERK, ServiceChannel.WINDOW, supplements));
        out.println(t.get("demo.c", stamp(supplementedAt), supplements.size(), dayName(supplementedAt.toLocalDate())));
        var second = engine.evaluate(PACK, CaseInputs.from(aCase, catalog), supplementedAt.toLocalDate());
        out.println(t.get("demo.c.rules", second.status(), second.classification().nationalType(),
                second.classification().kind().code(), second.classification().kind().nameZh(),
                t.isChinese() ? second.classification().reasonZh() : second.classification().reasonEn()));
        for (DueDate d : second.dueDates()) {
            out.println(t.get("demo.c.due", d.label(), d.date(), DemoCommand.limit(d.limit(), t), d.from(), d.legalBasis()));
        }
        out.println(t.get("demo.c.receipt", second.receipt().rulesFired().size(), second.receipt().packId(),
                second.receipt().packVersion(), second.receipt().contentHash().substring(0, 12)));
        LocalDateTime acceptedAt = supplementedAt.plusMinutes(5);
        String receipt = "SL-" + acceptedAt.toLocalDate().toString().replace("-", "") + "-0042";
        aCase = center.accept(aCase, WINDOW, CLERK, acceptedAt, receipt);
        ledger = center.stamp(ledger, aCase, item, WINDOW, CLERK, SEAL, SealDocument.ACCEPTANCE_NOTICE, acceptedAt);
        out.println(t.get("demo.d", stamp(acceptedAt), CLERK, receipt, aCase.status().state()));

        // (e) the clock, explained
        CaseClock clock = CaseClocks.clockOf(aCase, item, cn).orElseThrow();
        LocalDate acceptedOn = acceptedAt.toLocalDate();
        out.println(t.get("demo.e", DemoCommand.limit(item.promisedLimit(), t), clock.promisedDueAsOf(acceptedOn),
                DemoCommand.limit(item.statutoryLimit(), t), clock.statutoryDueAsOf(acceptedOn)));
        DeadlineExplanation why = clock.explainStatutory(acceptedOn);
        why.days().forEach(d -> out.println("      " + d));

        // (f) decided: separation of duties
        LocalDateTime decidedAt = acceptedAt.plusMinutes(20);
        try {
            center.decide(aCase, WINDOW, CLERK, decidedAt, Outcome.APPROVED, "TQ-2025-0815");
            out.println("    (unexpected: the acceptor was allowed to approve)");
        } catch (GovCoreException e) {
            out.println(t.get("demo.f", e.getClass().getSimpleName(), e.getMessage()));
        }
        aCase = center.decide(aCase, WINDOW, APPROVER, decidedAt, Outcome.APPROVED, "TQ-2025-0815");
        out.println(t.get("demo.f.approved", stamp(decidedAt), APPROVER, aCase.status().state()));

        // (g) stamped with the right seal
        var choice = SealPolicy.choose(SealDocument.DECISION, aCase.kind(), false);
        out.println(t.get("demo.g", choice.kind(), choice.basis()));
        LocalDateTime stampedAt = decidedAt.plusMinutes(2);
        try {
            center.stamp(ledger, aCase, item, WINDOW, CLERK, "S-CULTURE-SP", SealDocument.DECISION, stampedAt);
            out.println("    (unexpected: another department's seal was accepted)");
        } catch (GovCoreException e) {
            out.println(t.get("demo.g.otherSeal", e.getClass().getSimpleName(), e.getMessage()));
        }
        try {
            center.stamp(ledger, aCase, item, WINDOW, APPROVER, SEAL, SealDocument.DECISION, stampedAt);
            out.println("    (unexpected: the approver was allowed to stamp)");
        } catch (GovCoreException e) {
            out.println(t.get("demo.g.approver", e.getClass().getSimpleName(), e.getMessage()));
        }
        ledger = center.stamp(ledger, aCase, item, WINDOW, CLERK, SEAL, SealDocument.DECISION, stampedAt);
        out.println(t.get("demo.g.stamped", stamp(stampedAt), CLERK, SEAL, center.seal(SEAL).name()));
        for (SealUse use : ledger.usesFor(aCase.number())) {
            out.println(t.get("demo.g.use", use.at(), use.document(), use.sealId(), use.usedBy()));
        }

        // (h) delivered and evaluated
        aCase = aCase.record(new CaseEvent.Delivered(stampedAt.plusMinutes(1), CLERK, ServiceChannel.WINDOW));
        aCase = aCase.record(new CaseEvent.Evaluated(stampedAt.plusMinutes(3), "applicant", Satisfaction.VERY_SATISFIED, false));
        out.println(t.get("demo.h", Satisfaction.VERY_SATISFIED, aCase.status().state(),
                t.get(!decidedAt.toLocalDate().isAfter(clock.promisedDueAsOf(acceptedOn)) ? "yes" : "no")));
        out.println(t.get("demo.h.log", aCase.events().stream().map(e -> e.getClass().getSimpleName()).toList()));
        out.println();
        return aCase;
    }

    private void indicators(Case storyCase, Catalog catalog) {
        DemoCommand.heading(out, t.get("demo.6.heading"));
        List<Case> cases = new ArrayList<>();
        cases.add(storyCase);
        for (String name : CaseIo.EXAMPLE_NAMES) {
            if (!name.equals(EXAMPLE_CASE)) {
                cases.add(CaseIo.example(name));
            }
        }
        IndicatorReport r = Indicators.compute(cases, catalog, cn, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 1));
        StatsCommand.print(out, r, t);
        out.println();
    }

    private String dayName(LocalDate date) {
        return DemoCommand.dayName(date, t);
    }

    private String stamp(LocalDateTime at) {
        return at.toLocalDate() + " " + at.getDayOfWeek().getDisplayName(TextStyle.SHORT, t.lang().locale()) + " "
                + at.toLocalTime();
    }
}
