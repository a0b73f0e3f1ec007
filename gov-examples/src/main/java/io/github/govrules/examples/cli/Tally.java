package io.github.govrules.examples.cli;

import java.time.LocalDate;

import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Rate;

/**
 * Sums indicator reports: every indicator is a count or a ratio of counts over cases taken one by
 * one (see gov-core's Indicators), so the report of many cases is the sum of the reports of each.
 * This is what lets {@code stats} read cases one at a time, in constant memory. Not thread-safe.
 */
final class Tally {

    long cases;
    long received;
    long accepted;
    long completed;
    long immediate;
    long promised;
    long onTime;
    long early;
    long late;
    long onSite;
    long evaluations;
    long satisfied;
    long complaints;
    long visits;
    long openOverdue;

    /** Adds one case's (or many cases') report. */
    void add(IndicatorReport r) {
        cases++;
        received += r.received();
        accepted += r.accepted();
        completed += r.completed();
        immediate += r.immediateRate().numerator();
        promised += r.onTimeRate().denominator();
        onTime += r.onTimeRate().numerator();
        early += r.earlyRate().numerator();
        late += r.overdueRate().numerator();
        onSite += r.onSiteRate().numerator();
        evaluations += r.satisfactionRate().denominator();
        satisfied += r.satisfactionRate().numerator();
        complaints += r.complaintRate().numerator();
        visits += r.averageVisits().numerator();
        openOverdue += r.openOverdue();
    }

    /** Whether nothing was counted. */
    boolean isEmpty() {
        return received == 0 && accepted == 0 && completed == 0 && evaluations == 0 && openOverdue == 0;
    }

    /** The sum as a report of the period. */
    IndicatorReport toReport(LocalDate startInclusive, LocalDate endExclusive) {
        return new IndicatorReport(startInclusive, endExclusive, received, accepted, completed,
                new Rate(immediate, completed), new Rate(onTime, promised), new Rate(early, promised),
                new Rate(onSite, completed), new Rate(late, promised), new Rate(satisfied, evaluations),
                new Rate(complaints, completed), new Rate(visits, completed), openOverdue);
    }
}
