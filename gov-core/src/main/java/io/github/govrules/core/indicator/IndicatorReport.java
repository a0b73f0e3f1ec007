package io.github.govrules.core.indicator;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The indicators of a period; see {@link Indicators#compute} for the formula of each.
 *
 * @param startInclusive        the first day of the period
 * @param endExclusive          the day after the period
 * @param received              cases received in the period
 * @param accepted              cases accepted in the period
 * @param completed             cases completed in the period (the base C of most rates)
 * @param immediateRate         immediate cases among C (即办件率)
 * @param onTimeRate            promised cases of C completed by their promised due date (按时办结率)
 * @param earlyRate             promised cases of C completed before their promised due date (提前办结率)
 * @param onSiteRate            cases of C completed on the day of acceptance (现场办结率)
 * @param overdueRate           promised cases of C completed after their promised due date (超期率)
 * @param satisfactionRate      satisfied evaluations among the evaluations in the period (满意率)
 * @param complaintRate         complaints in the period per case of C (投诉率)
 * @param averageVisits         visits to the hall per case of C; {@code value()} is visits per case (平均跑动次数)
 * @param openOverdue           cases accepted, not completed, and past their promised due date at the period's last day
 * @since 0.1.0
 */
public record IndicatorReport(
        LocalDate startInclusive,
        LocalDate endExclusive,
        long received,
        long accepted,
        long completed,
        Rate immediateRate,
        Rate onTimeRate,
        Rate earlyRate,
        Rate onSiteRate,
        Rate overdueRate,
        Rate satisfactionRate,
        Rate complaintRate,
        Rate averageVisits,
        long openOverdue) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is null
     */
    public IndicatorReport {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        Objects.requireNonNull(immediateRate, "immediateRate");
        Objects.requireNonNull(onTimeRate, "onTimeRate");
        Objects.requireNonNull(earlyRate, "earlyRate");
        Objects.requireNonNull(onSiteRate, "onSiteRate");
        Objects.requireNonNull(overdueRate, "overdueRate");
        Objects.requireNonNull(satisfactionRate, "satisfactionRate");
        Objects.requireNonNull(complaintRate, "complaintRate");
        Objects.requireNonNull(averageVisits, "averageVisits");
    }

    /**
     * The components as a record prints them, except the average visits, which is an average and
     * not a percentage: {@code averageVisits=1.33 per case (4/3)}.
     */
    @Override
    public String toString() {
        String visits = averageVisits.denominator() == 0 ? averageVisits.numerator() + "/0 (n/a)"
                : String.format(Locale.ROOT, "%.2f per case (%d/%d)", averageVisits.value().getAsDouble(),
                        averageVisits.numerator(), averageVisits.denominator());
        return "IndicatorReport[startInclusive=" + startInclusive + ", endExclusive=" + endExclusive
                + ", received=" + received + ", accepted=" + accepted + ", completed=" + completed
                + ", immediateRate=" + immediateRate + ", onTimeRate=" + onTimeRate + ", earlyRate=" + earlyRate
                + ", onSiteRate=" + onSiteRate + ", overdueRate=" + overdueRate
                + ", satisfactionRate=" + satisfactionRate + ", complaintRate=" + complaintRate
                + ", averageVisits=" + visits + ", openOverdue=" + openOverdue + "]";
    }

    /** The dissatisfaction rate (不满意率): evaluations not satisfied among the evaluations, 1 − satisfaction. */
    public Rate dissatisfactionRate() {
        return new Rate(satisfactionRate.denominator() - satisfactionRate.numerator(), satisfactionRate.denominator());
    }
}
