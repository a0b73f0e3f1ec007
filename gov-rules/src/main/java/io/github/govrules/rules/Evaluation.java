package io.github.govrules.rules;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.KindDecision;
import io.github.govrules.rules.internal.Json;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of one case by a rule pack (规则包的判定): acceptance, the one-time notice, the
 * classification, the kind and limits decided, the due dates that follow, and the decision receipt
 * explaining it all. {@link #applyTo} records it in the case, so that the case's clock, seals and
 * indicators count with what the pack decided.
 *
 * <p>Immutable and thread-safe. {@link #toJson()} gives a stable JSON form.
 *
 * @param caseNumber     the case number
 * @param status         what completeness decided
 * @param acceptedOn     the acceptance date, or null while a correction is required
 * @param notice         the one-time notice (empty when the materials are complete)
 * @param classification the kind and national type
 * @param dueDates       the due dates that follow (for a correction: the notice deadline only)
 * @param receipt        the decision receipt
 * @param decision       the kind, the day acceptance counts from and the limits the case's clock counts
 *                       with; null while a correction is required
 * @since 0.1.0
 */
public record Evaluation(String caseNumber, AcceptanceStatus status, LocalDate acceptedOn, OneTimeNotice notice,
                         Classification classification, List<DueDate> dueDates, DecisionReceipt receipt,
                         KindDecision decision) {

    /**
     * Creates the evaluation.
     *
     * @throws NullPointerException     if a component other than {@code acceptedOn} and {@code decision} is null
     * @throws IllegalArgumentException if an accepted case has no decision, or a case to correct has one
     */
    public Evaluation {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(dueDates, "dueDates");
        dueDates = List.copyOf(dueDates);
        Objects.requireNonNull(receipt, "receipt");
        if ((status == AcceptanceStatus.CORRECTION_REQUIRED) != (decision == null)) {
            throw new IllegalArgumentException("Case " + caseNumber + ": status " + status
                    + (decision == null ? " needs the decided kind and limits" : " has no decided kind and limits"));
        }
    }

    /**
     * Records this evaluation in {@code aCase} as its events (one public call from the rules' answer to
     * the case's history):
     * <ul>
     *   <li>{@code CORRECTION_REQUIRED}: {@code correction-requested} with the notice's materials and
     *       its text (一次性告知, Licensing Law Art. 32(4));</li>
     *   <li>{@code ACCEPTED}: {@code accepted} with the decided kind and limits ({@link KindDecision});</li>
     *   <li>{@code ACCEPTED_WITH_TOLERATED_GAPS}: {@code accepted-with-gaps} with the tolerated materials,
     *       the last day to supplement them, and the decided kind and limits (容缺受理);</li>
     *   <li>{@code DEEMED_ACCEPTED}: {@code accepted} whose decision counts acceptance from the day of
     *       receipt (Art. 32(4): no notice within five working days).</li>
     * </ul>
     * A case without events is first {@code received} at its application time, by {@code by}, on its channel.
     * From then on {@code CaseClocks}, {@code SealPolicy}, {@code Indicators} and the command line read the
     * decided kind and limits from the case. The original case is unchanged.
     *
     * @param aCase the case this evaluation is of
     * @param at    when the hall acts on it (not before the case's last event)
     * @param by    the staff member who acts
     * @return the case with the events recorded
     * @throws IllegalArgumentException   naming both numbers if {@code aCase} is another case
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case's state does not allow the event (e.g. a second
     *                                    correction notice, or a case already accepted), naming state and event
     */
    public Case applyTo(Case aCase, LocalDateTime at, String by) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (!aCase.number().equals(caseNumber)) {
            throw new IllegalArgumentException("The evaluation of case " + caseNumber + " cannot be applied to case "
                    + aCase.number());
        }
        Case c = aCase;
        if (c.status().state() == CaseState.NEW) {
            c = c.record(new CaseEvent.Received(c.appliedAt(), by, c.channel()));
        }
        return c.record(switch (status) {
            case CORRECTION_REQUIRED -> new CaseEvent.CorrectionRequested(at, by, codes(notice.items()), noticeText());
            case ACCEPTED, DEEMED_ACCEPTED -> new CaseEvent.Accepted(at, by, null, decision);
            case ACCEPTED_WITH_TOLERATED_GAPS -> {
                List<NoticeItem> gaps = notice.items().stream().filter(NoticeItem::isTolerated).toList();
                LocalDate last = gaps.stream().map(NoticeItem::toleratedUntil).max(LocalDate::compareTo).orElseThrow();
                yield new CaseEvent.AcceptedWithGaps(at, by, codes(gaps), last, decision);
            }
        });
    }

    /**
     * The case as this evaluation decided it, for counting its dates with the pack's kind and limits:
     * the case's first acceptance event without a decision gets this evaluation's (acceptance counting
     * from the evaluation's day, or the event's day when that is earlier); a case with no acceptance yet
     * and still open to one gets the evaluation {@linkplain #applyTo applied} on its last event's time.
     * A case that already records a decision, and a case to correct, are returned as they are. The
     * case's own events after acceptance (suspensions, Art. 45; an extension, Art. 42) stay, so its clock
     * ({@code CaseClocks}) gives the due dates the case really has.
     *
     * @param aCase the case this evaluation is of
     * @return the case with the decision
     * @throws IllegalArgumentException naming both numbers if {@code aCase} is another case
     */
    public Case withDecisionIn(Case aCase) {
        Objects.requireNonNull(aCase, "aCase");
        if (!aCase.number().equals(caseNumber)) {
            throw new IllegalArgumentException("The evaluation of case " + caseNumber + " cannot be applied to case "
                    + aCase.number());
        }
        if (decision == null || aCase.decision().isPresent()) {
            return aCase;
        }
        List<CaseEvent> events = new java.util.ArrayList<>(aCase.events());
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (e instanceof CaseEvent.Accepted a) {
                events.set(i, new CaseEvent.Accepted(a.at(), a.by(), a.receiptNumber(), decisionOn(a.at())));
                return aCase.withEvents(events);
            }
            if (e instanceof CaseEvent.AcceptedWithGaps g) {
                events.set(i, new CaseEvent.AcceptedWithGaps(g.at(), g.by(), g.gaps(), g.supplementDue(), decisionOn(g.at())));
                return aCase.withEvents(events);
            }
        }
        CaseState state = aCase.status().state();
        if (state != CaseState.NEW && state != CaseState.RECEIVED) {
            return aCase;
        }
        LocalDateTime last = events.isEmpty() ? aCase.appliedAt() : events.get(events.size() - 1).at();
        LocalDateTime at = acceptedOn != null && acceptedOn.atStartOfDay().isAfter(last) ? acceptedOn.atTime(last.toLocalTime()) : last;
        return applyTo(aCase, at, "rules");
    }

    private KindDecision decisionOn(LocalDateTime at) {
        return decision.acceptedOn().isAfter(at.toLocalDate())
                ? new KindDecision(decision.kind(), decision.nationalType(), decision.due(), at.toLocalDate(),
                        decision.promisedLimit(), decision.statutoryLimit(), decision.decidedBy())
                : decision;
    }

    private static List<String> codes(List<NoticeItem> items) {
        return items.stream().map(NoticeItem::materialCode).distinct().toList();
    }

    /** The notice's Chinese text, or a reference to it when it is longer than an event may carry. */
    private String noticeText() {
        String text = notice.renderZh();
        return text.length() <= MAX_NOTICE_TEXT ? text
                : "一次性告知书 " + caseNumber + "，收件日期 " + notice.receivedOn() + "，补正材料 " + notice.items().size() + " 项";
    }

    /** The longest notice text a {@code correction-requested} event carries. */
    private static final int MAX_NOTICE_TEXT = 2000;

    /** The due date with the given label ({@code "promised"}, {@code "statutory"}, {@code "notice"}…), if any. */
    public Optional<DueDate> dueDate(String label) {
        Objects.requireNonNull(label, "label");
        return dueDates.stream().filter(d -> d.label().equals(label)).findFirst();
    }

    /** This evaluation as pretty-printed JSON (dates as ISO-8601 text). */
    public String toJson() {
        return Json.write(this);
    }
}
