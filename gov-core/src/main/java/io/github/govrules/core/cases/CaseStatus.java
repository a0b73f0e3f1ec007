package io.github.govrules.core.cases;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.cases.CaseEvent.Accepted;
import io.github.govrules.core.cases.CaseEvent.AcceptedWithGaps;
import io.github.govrules.core.cases.CaseEvent.Completed;
import io.github.govrules.core.cases.CaseEvent.CorrectionRequested;
import io.github.govrules.core.cases.CaseEvent.Delivered;
import io.github.govrules.core.cases.CaseEvent.Evaluated;
import io.github.govrules.core.cases.CaseEvent.Extended;
import io.github.govrules.core.cases.CaseEvent.NotAccepted;
import io.github.govrules.core.cases.CaseEvent.Received;
import io.github.govrules.core.cases.CaseEvent.Resumed;
import io.github.govrules.core.cases.CaseEvent.Revoked;
import io.github.govrules.core.cases.CaseEvent.StepDone;
import io.github.govrules.core.cases.CaseEvent.StepReturned;
import io.github.govrules.core.cases.CaseEvent.Supplemented;
import io.github.govrules.core.cases.CaseEvent.Suspended;
import io.github.govrules.core.cases.CaseEvent.Terminated;
import io.github.govrules.core.cases.CaseEvent.Voided;
import io.github.govrules.core.cases.CaseEvent.Withdrawn;
import io.github.govrules.core.internal.Checks;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The state of a case and the facts derived from its events: the lifecycle state machine.
 *
 * <p>{@link #replay(List)} folds the events from {@link #initial()}; {@link #apply(CaseEvent)}
 * takes one step. Transitions (anything else throws {@link IllegalTransitionException}):
 * <table>
 *   <caption>Allowed events per state</caption>
 *   <tr><th>State</th><th>Events</th></tr>
 *   <tr><td>NEW</td><td>received</td></tr>
 *   <tr><td>RECEIVED</td><td>correction-requested (once per case), accepted, accepted-with-gaps,
 *       not-accepted, withdrawn, voided</td></tr>
 *   <tr><td>AWAITING_CORRECTION</td><td>supplemented (back to RECEIVED), not-accepted, withdrawn, voided</td></tr>
 *   <tr><td>IN_PROCESS</td><td>step-done, step-returned, suspended, extended (once per case),
 *       supplemented (only while tolerated gaps are open; closes them), completed (approved only when
 *       no gap is open), withdrawn, terminated, voided</td></tr>
 *   <tr><td>SUSPENDED</td><td>resumed, withdrawn, terminated, voided</td></tr>
 *   <tr><td>COMPLETED</td><td>delivered, evaluated, revoked (approved only)</td></tr>
 *   <tr><td>DELIVERED</td><td>evaluated, revoked (approved only)</td></tr>
 *   <tr><td>EVALUATED</td><td>revoked (approved only)</td></tr>
 *   <tr><td>NOT_ACCEPTED, WITHDRAWN, TERMINATED, VOIDED, REVOKED</td><td>nothing (final)</td></tr>
 * </table>
 * Events must also be in time order: an event dated before the previous one is rejected.
 *
 * <p>The side exits: {@code withdrawn} (撤回, by the applicant) and {@code voided} (作废, by the hall,
 * for a case registered in error) are allowed wherever the case is received and not yet completed;
 * {@code terminated} (终止) only after acceptance. {@code revoked} (撤销, Licensing Law Art. 69) is
 * the one event after completion that is not part of the normal path: it is allowed in COMPLETED,
 * DELIVERED and EVALUATED when the completion's outcome is {@link Outcome#APPROVED}, and refused
 * with {@link IllegalTransitionException} after a refusal. So EVALUATED is not a final state
 * ({@link CaseState#isFinal()}); whether a given case allows anything more is {@link #isFinal()}.
 * A revocation keeps {@link #outcome()} and {@link #completedAt()}: the state REVOKED says the
 * approval no longer stands.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state              the current state
 * @param receivedAt         nullable: when the materials were first received
 * @param acceptedAt         nullable: when the case was accepted (with or without gaps)
 * @param correctionNotified whether the one-time correction notice was given
 * @param openGaps           the codes of tolerated-missing materials not yet supplemented
 * @param extension          nullable: the extension granted, if any
 * @param outcome            nullable: the outcome, once completed (kept after a revocation)
 * @param completedAt        nullable: when completed
 * @param lastEventAt        nullable: the time of the last event
 * @since 0.1.0
 */
public record CaseStatus(
        CaseState state,
        LocalDateTime receivedAt,
        LocalDateTime acceptedAt,
        boolean correctionNotified,
        List<String> openGaps,
        TimeLimit extension,
        Outcome outcome,
        LocalDateTime completedAt,
        LocalDateTime lastEventAt) {

    /**
     * Creates a status; normally obtained from {@link #replay(List)}.
     *
     * @throws NullPointerException if the state is null
     */
    public CaseStatus {
        Checks.required(state, "state");
        openGaps = Checks.list(openGaps, "openGaps");
    }

    /** The status of a case without events: state {@link CaseState#NEW}. */
    public static CaseStatus initial() {
        return new CaseStatus(CaseState.NEW, null, null, false, List.of(), null, null, null, null);
    }

    /**
     * Replays events from {@link #initial()}.
     *
     * @param events the event log, oldest first
     * @return the resulting status
     * @throws IllegalTransitionException at the first event not allowed, naming the state and event
     */
    public static CaseStatus replay(List<? extends CaseEvent> events) {
        Objects.requireNonNull(events, "events");
        CaseStatus s = initial();
        for (CaseEvent e : events) {
            s = s.apply(e);
        }
        return s;
    }

    /**
     * The events allowed in the given state, ignoring the conditions that depend on the history
     * (the once-per-case notice and extension, open tolerated gaps, and the approval a revocation
     * needs); {@link #allowedEvents()} applies those, and is exact for one case.
     *
     * @param state the state
     * @return the event names
     */
    public static Set<String> allowedIn(CaseState state) {
        return switch (state) {
            case NEW -> Set.of("received");
            case RECEIVED -> Set.of("correction-requested", "accepted", "accepted-with-gaps", "not-accepted", "withdrawn",
                    "voided");
            case AWAITING_CORRECTION -> Set.of("supplemented", "not-accepted", "withdrawn", "voided");
            case IN_PROCESS -> Set.of("step-done", "step-returned", "suspended", "extended", "supplemented",
                    "completed", "withdrawn", "terminated", "voided");
            case SUSPENDED -> Set.of("resumed", "withdrawn", "terminated", "voided");
            case COMPLETED -> Set.of("delivered", "evaluated", "revoked");
            case DELIVERED -> Set.of("evaluated", "revoked");
            case EVALUATED -> Set.of("revoked");
            case NOT_ACCEPTED, WITHDRAWN, TERMINATED, VOIDED, REVOKED -> Set.of();
        };
    }

    /**
     * The events this case may take next by name: {@link #allowedIn(CaseState)} of its state without
     * the ones its history already rules out, exactly as {@link #apply(CaseEvent)} would refuse them
     * whatever their content: no second correction notice (一次性告知, once per case), no second
     * {@code extended} (延期, once only, Licensing Law Art. 42), no {@code supplemented} in process
     * while no tolerated gap (容缺) is open (in AWAITING_CORRECTION a supplement is always allowed: it
     * answers the correction notice), and no {@code revoked} (撤销) unless the case was approved.
     * {@code completed} stays listed while tolerated gaps are open: a refusal is still allowed then,
     * only an approval is refused (it depends on the event's outcome, not on the history).
     *
     * <p>So every name listed here is taken by some event of that name, and every event whose name is
     * not listed is refused; {@link IllegalTransitionException} messages quote this list.
     *
     * @return the event names, sorted
     */
    public List<String> allowedEvents() {
        return allowedIn(state).stream()
                .filter(name -> !(correctionNotified && name.equals("correction-requested")))
                .filter(name -> !(extension != null && name.equals("extended")))
                .filter(name -> !(name.equals("supplemented") && state != CaseState.AWAITING_CORRECTION && openGaps.isEmpty()))
                .filter(name -> !(name.equals("revoked") && outcome != Outcome.APPROVED))
                .sorted().toList();
    }

    /**
     * Whether this case allows no further event: its state is final ({@link CaseState#isFinal()}),
     * or it was completed without an approval and evaluated (a refusal cannot be revoked).
     *
     * @return whether the case's history is closed
     */
    public boolean isFinal() {
        return allowedEvents().isEmpty();
    }

    /** The states from which the case has been accepted and not yet completed: the clock is relevant. */
    private static final Set<CaseState> PROCESSING = EnumSet.of(CaseState.IN_PROCESS, CaseState.SUSPENDED);

    /** Whether the case is accepted and not yet completed or ended. */
    public boolean isProcessing() {
        return PROCESSING.contains(state);
    }

    /**
     * The status after one more event.
     *
     * @param event the event
     * @return the new status
     * @throws IllegalTransitionException if the event is not allowed now, naming the state and event
     */
    public CaseStatus apply(CaseEvent event) {
        Objects.requireNonNull(event, "event");
        String name = event.name();
        if (lastEventAt != null && event.at().isBefore(lastEventAt)) {
            throw new IllegalTransitionException(state, name, "event '" + name + "' at " + event.at()
                    + " is before the previous event at " + lastEventAt + ": the event log is in time order");
        }
        if (!allowedIn(state).contains(name)) {
            throw illegal(event, "");
        }
        LocalDateTime at = event.at();
        if (event instanceof Received) {
            return new CaseStatus(CaseState.RECEIVED, at, null, false, List.of(), null, null, null, at);
        }
        if (event instanceof CorrectionRequested) {
            if (correctionNotified) {
                throw illegal(event, ": the one-time correction notice (一次性告知) was already given");
            }
            return new CaseStatus(CaseState.AWAITING_CORRECTION, receivedAt, null, true, List.of(), null, null, null, at);
        }
        if (event instanceof Supplemented sup) {
            if (state == CaseState.AWAITING_CORRECTION) {
                return new CaseStatus(CaseState.RECEIVED, receivedAt, null, true, List.of(), null, null, null, at);
            }
            if (openGaps.isEmpty()) {
                throw illegal(event, ": no tolerated gap is open");
            }
            List<String> rest = new ArrayList<>(openGaps);
            sup.materials().forEach(m -> rest.remove(m.code()));
            return new CaseStatus(state, receivedAt, acceptedAt, correctionNotified, rest, extension, null, null, at);
        }
        if (event instanceof Accepted) {
            return new CaseStatus(CaseState.IN_PROCESS, receivedAt, at, correctionNotified, List.of(), null, null, null, at);
        }
        if (event instanceof AcceptedWithGaps g) {
            return new CaseStatus(CaseState.IN_PROCESS, receivedAt, at, correctionNotified, g.gaps(), null, null, null, at);
        }
        if (event instanceof NotAccepted) {
            return with(CaseState.NOT_ACCEPTED, at);
        }
        if (event instanceof StepDone || event instanceof StepReturned) {
            return with(state, at);
        }
        if (event instanceof Suspended) {
            return with(CaseState.SUSPENDED, at);
        }
        if (event instanceof Resumed) {
            return with(CaseState.IN_PROCESS, at);
        }
        if (event instanceof Extended ext) {
            if (extension != null) {
                throw illegal(event, ": the limit was already extended by " + extension + " (once only, Art. 42)");
            }
            return new CaseStatus(state, receivedAt, acceptedAt, correctionNotified, openGaps, ext.extension(), null, null, at);
        }
        if (event instanceof Completed c) {
            if (c.outcome() == Outcome.APPROVED && !openGaps.isEmpty()) {
                throw illegal(event, ": tolerated gaps " + openGaps + " are not supplemented yet");
            }
            return new CaseStatus(CaseState.COMPLETED, receivedAt, acceptedAt, correctionNotified, openGaps,
                    extension, c.outcome(), at, at);
        }
        if (event instanceof Delivered) {
            return with(CaseState.DELIVERED, at);
        }
        if (event instanceof Evaluated) {
            return with(CaseState.EVALUATED, at);
        }
        if (event instanceof Withdrawn) {
            return with(CaseState.WITHDRAWN, at);
        }
        if (event instanceof Terminated) {
            return with(CaseState.TERMINATED, at);
        }
        if (event instanceof Voided) {
            return with(CaseState.VOIDED, at);
        }
        if (event instanceof Revoked) {
            if (outcome != Outcome.APPROVED) {
                throw illegal(event, ": only an approval can be revoked (撤销, Licensing Law Art. 69), but the case was completed "
                        + outcome + " at " + completedAt);
            }
            return with(CaseState.REVOKED, at);
        }
        throw new IllegalStateException("unhandled event type " + event.getClass());
    }

    private CaseStatus with(CaseState newState, LocalDateTime at) {
        return new CaseStatus(newState, receivedAt, acceptedAt, correctionNotified, openGaps, extension, outcome,
                completedAt, at);
    }

    private IllegalTransitionException illegal(CaseEvent event, String why) {
        String allowed = allowedEvents().toString();
        return new IllegalTransitionException(state, event.name(), "event '" + event.name() + "' at " + event.at()
                + " is not allowed in state " + state + why + " (allowed in " + state + ": " + allowed + ")");
    }
}
