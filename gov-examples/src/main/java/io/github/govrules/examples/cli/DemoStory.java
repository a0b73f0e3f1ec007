package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.DeadlineExplanation;
import io.github.govrules.calendar.deadline.NoticeWindow;
import io.github.govrules.calendar.deadline.TimeLimits;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.cases.Satisfaction;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.MissingMaterial;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;

/**
 * The second half of {@code gov demo}: a provident-fund case on the bundled catalog, from the
 * window to the indicators.
 */
final class DemoStory {

    private static final String CLERK = "w01-wang";
    private static final String APPROVER = "b02-li";

    private final PrintWriter out;
    private final WorkingDayCalendar cn;

    DemoStory(PrintWriter out, WorkingDayCalendar cn) {
        this.out = out;
        this.cn = cn;
    }

    void run() {
        DemoCommand.heading(out, "5. A provident-fund case, from the window to the indicators");
        Catalog catalog = Catalogs.example();
        Case aCase = CaseIo.example("gjj-bank-first-incomplete");
        ServiceItem item = CaseChecks.check(aCase, catalog);
        out.println("Catalog: " + catalog.name() + ", " + catalog.items().size() + " items.");
        out.println("Item " + item.name() + " (v" + item.version() + ", " + item.implementationCode() + ")");
        out.println("  implemented by " + item.implementingBody().name() + "; statutory limit " + item.statutoryLimit()
                + ", promised " + item.promisedLimit());
        out.println();

        // ---- arrival: incomplete
        LocalDateTime received = aCase.status().receivedAt();
        out.println(stamp(received) + "  received at the window: " + aCase.applicant().name() + ", situation "
                + aCase.situations() + ", " + aCase.materials().size() + " pieces handed in");
        List<MissingMaterial> missing = CaseChecks.missing(aCase, item);
        NoticeWindow window = NoticeWindow.of(cn, received.toLocalDate());
        out.println("  incomplete: everything missing goes into one notice (一次性告知, Art. 32(4)), due by "
                + window.lastDay() + " (five working days)");
        for (MissingMaterial m : missing) {
            out.println("    - " + m.material().name() + " [" + m.material().code() + "] " + formName(m) + ": "
                    + m.submitted() + " of " + m.needed() + " handed in");
        }
        LocalDateTime noticeAt = received.plusMinutes(9);
        aCase = aCase.record(new CaseEvent.CorrectionRequested(noticeAt, CLERK,
                missing.stream().map(m -> m.material().code()).distinct().toList(),
                "一次性告知书: 请补齐 " + missing.size() + " 项材料"));
        out.println(stamp(noticeAt) + "  one-time notice handed over on the spot: state " + aCase.status().state());

        // ---- supplemented, accepted
        LocalDateTime supplementedAt = LocalDateTime.of(nextWorkingDay(received.toLocalDate()), java.time.LocalTime.of(10, 5));
        List<SubmittedMaterial> supplements = new ArrayList<>();
        for (MissingMaterial m : missing) {
            supplements.add(new SubmittedMaterial(m.material().code(), m.form(), m.needed() - m.submitted()));
        }
        aCase = aCase.record(new CaseEvent.Supplemented(supplementedAt, CLERK, ServiceChannel.WINDOW, supplements));
        out.println(stamp(supplementedAt) + "  supplemented: " + supplements.size() + " pieces; still missing: "
                + CaseChecks.missing(aCase, item).size());
        LocalDateTime acceptedAt = supplementedAt.plusMinutes(5);
        aCase = aCase.record(new CaseEvent.Accepted(acceptedAt, CLERK, "SL-" + acceptedAt.toLocalDate().toString().replace("-", "") + "-0042"));
        out.println(stamp(acceptedAt) + "  accepted (受理), receipt " + "SL-" + acceptedAt.toLocalDate().toString().replace("-", "")
                + "-0042: state " + aCase.status().state());

        // ---- deadlines
        LocalDate acceptedOn = acceptedAt.toLocalDate();
        CaseClock clock = CaseClock.start(cn, acceptedOn, TimeLimits.of(item.statutoryLimit(), item.promisedLimit()));
        out.println("  deadlines from acceptance on " + acceptedOn + ": promised " + item.promisedLimit() + " -> "
                + clock.promisedDueAsOf(acceptedOn) + "; statutory " + item.statutoryLimit() + " -> "
                + clock.statutoryDueAsOf(acceptedOn));
        DeadlineExplanation why = clock.explainStatutory(acceptedOn);
        why.days().forEach(d -> out.println("      " + d));

        // ---- completed, delivered, evaluated
        LocalDateTime completedAt = acceptedAt.plusMinutes(20);
        aCase = aCase.record(new CaseEvent.Completed(completedAt, APPROVER, Outcome.APPROVED, "GJJ-TQ-2025-0815"));
        out.println(stamp(completedAt) + "  completed: " + aCase.status().outcome() + " by " + APPROVER
                + " (not the clerk who accepted it): state " + aCase.status().state());
        aCase = aCase.record(new CaseEvent.Delivered(completedAt.plusMinutes(2), CLERK, ServiceChannel.WINDOW));
        aCase = aCase.record(new CaseEvent.Evaluated(completedAt.plusMinutes(3), aCase.applicant().name(),
                Satisfaction.VERY_SATISFIED, false));
        out.println(stamp(completedAt.plusMinutes(3)) + "  delivered and evaluated " + Satisfaction.VERY_SATISFIED
                + ": state " + aCase.status().state() + ", on time: "
                + !completedAt.toLocalDate().isAfter(clock.promisedDueAsOf(acceptedOn)));
        out.println("  event log: " + aCase.events().stream().map(e -> e.getClass().getSimpleName()).toList());
        out.println();
    }

    private LocalDate nextWorkingDay(LocalDate date) {
        return cn.next(date);
    }

    private static String formName(MissingMaterial m) {
        return m.form().name().toLowerCase(Locale.ROOT);
    }

    private static String stamp(LocalDateTime at) {
        return at.toLocalDate() + " " + at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + at.toLocalTime();
    }
}
