package io.github.govrules.examples;

import java.time.LocalDate;
import java.util.List;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Indicators;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;

/**
 * Indicators (指标) of the monthly report over a set of cases in a period: immediate-case,
 * on-site, on-time, early, overdue, satisfaction and complaint rates, visits per case.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.IndicatorsExample}
 *
 * @since 0.1.0
 */
public final class IndicatorsExample {

    private IndicatorsExample() {
    }

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<Case> cases = CaseIo.EXAMPLE_NAMES.stream().map(CaseIo::example).toList();
        IndicatorReport r = Indicators.compute(cases, Catalogs.example(), Calendars.cn(),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 1));   // September and October 2025
        System.out.println(cases.size() + " cases; received " + r.received() + ", accepted " + r.accepted()
                + ", completed " + r.completed());
        System.out.println("immediate-case rate 即办件率: " + r.immediateRate());
        System.out.println("on-site completion rate 现场办结率: " + r.onSiteRate());
        System.out.println("on-time completion rate 按时办结率: " + r.onTimeRate());
        System.out.println("early completion rate 提前办结率: " + r.earlyRate());
        System.out.println("satisfaction rate 满意率: " + r.satisfactionRate());
        System.out.println("complaint rate 投诉率: " + r.complaintRate());
        r.onTimeRate().value().ifPresent(v -> System.out.printf("on time as a number: %.3f%n", v));
    }
}
