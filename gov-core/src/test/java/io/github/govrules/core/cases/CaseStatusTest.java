package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.SpecialProcedure;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, event) pair: legal pairs lead to the state in the hand-written table below,
 * every other pair throws {@link IllegalTransitionException} naming the state and the event.
 */
class CaseStatusTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 9, 19, 9, 0);

    /** One sample event per event name, at a given time. */
    static final Map<String, Function<LocalDateTime, CaseEvent>> EVENTS = Map.ofEntries(
            Map.entry("received", t -> new CaseEvent.Received(t, "w01", ServiceChannel.WINDOW)),
            Map.entry("correction-requested", t -> new CaseEvent.CorrectionRequested(t, "w01", List.of("id-card"), "BZ-1")),
            Map.entry("supplemented", t -> new CaseEvent.Supplemented(t, "w01", ServiceChannel.WINDOW,
                    List.of(new SubmittedMaterial("id-card", MaterialForm.COPY, 1)))),
            Map.entry("accepted", t -> new CaseEvent.Accepted(t, "w01", "SL-1")),
            Map.entry("accepted-with-gaps", t -> new CaseEvent.AcceptedWithGaps(t, "w01", List.of("id-card"),
                    t.toLocalDate().plusDays(5))),
            Map.entry("not-accepted", t -> new CaseEvent.NotAccepted(t, "w01", "outside competence")),
            Map.entry("step-done", t -> new CaseEvent.StepDone(t, "b01", "审查", null)),
            Map.entry("step-returned", t -> new CaseEvent.StepReturned(t, "b01", "审查", "unclear")),
            Map.entry("suspended", t -> new CaseEvent.Suspended(t, "b01", SpecialProcedure.EXPERT_REVIEW, "review")),
            Map.entry("resumed", t -> new CaseEvent.Resumed(t, "b01")),
            Map.entry("extended", t -> new CaseEvent.Extended(t, "b01", TimeLimit.workingDays(10), "head", "complex")),
            Map.entry("completed", t -> new CaseEvent.Completed(t, "b02", Outcome.APPROVED, "LIC-1")),
            Map.entry("delivered", t -> new CaseEvent.Delivered(t, "w01", ServiceChannel.WINDOW)),
            Map.entry("evaluated", t -> new CaseEvent.Evaluated(t, "applicant", Satisfaction.SATISFIED, false)),
            Map.entry("withdrawn", t -> new CaseEvent.Withdrawn(t, "applicant", null)),
            Map.entry("terminated", t -> new CaseEvent.Terminated(t, "w01", "gap not supplemented")),
            Map.entry("voided", t -> new CaseEvent.Voided(t, "w01", "duplicate registration of GJJ-1")),
            Map.entry("revoked", t -> new CaseEvent.Revoked(t, "b02", "the promised certificate does not exist",
                    "行政许可法第六十九条第二款", "CX-2025-1")));

    /** A history that reaches each state. */
    static final Map<CaseState, List<String>> PREFIX = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseState.NEW, List.of()),
            Map.entry(CaseState.RECEIVED, List.of("received")),
            Map.entry(CaseState.AWAITING_CORRECTION, List.of("received", "correction-requested")),
            Map.entry(CaseState.NOT_ACCEPTED, List.of("received", "not-accepted")),
            Map.entry(CaseState.IN_PROCESS, List.of("received", "accepted")),
            Map.entry(CaseState.SUSPENDED, List.of("received", "accepted", "suspended")),
            Map.entry(CaseState.COMPLETED, List.of("received", "accepted", "completed")),
            Map.entry(CaseState.DELIVERED, List.of("received", "accepted", "completed", "delivered")),
            Map.entry(CaseState.EVALUATED, List.of("received", "accepted", "completed", "delivered", "evaluated")),
            Map.entry(CaseState.WITHDRAWN, List.of("received", "withdrawn")),
            Map.entry(CaseState.TERMINATED, List.of("received", "accepted", "terminated")),
            Map.entry(CaseState.VOIDED, List.of("received", "voided")),
            Map.entry(CaseState.REVOKED, List.of("received", "accepted", "completed", "revoked"))));

    /** The legal transitions, written out by hand (the oracle); everything else is illegal. */
    static final Map<CaseState, Map<String, CaseState>> LEGAL = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseState.NEW, Map.of("received", CaseState.RECEIVED)),
            Map.entry(CaseState.RECEIVED, Map.of(
                    "correction-requested", CaseState.AWAITING_CORRECTION,
                    "accepted", CaseState.IN_PROCESS,
                    "accepted-with-gaps", CaseState.IN_PROCESS,
                    "not-accepted", CaseState.NOT_ACCEPTED,
                    "withdrawn", CaseState.WITHDRAWN,
                    "voided", CaseState.VOIDED)),
            Map.entry(CaseState.AWAITING_CORRECTION, Map.of(
                    "supplemented", CaseState.RECEIVED,
                    "not-accepted", CaseState.NOT_ACCEPTED,
                    "withdrawn", CaseState.WITHDRAWN,
                    "voided", CaseState.VOIDED)),
            Map.entry(CaseState.IN_PROCESS, Map.of(
                    "voided", CaseState.VOIDED,
                    "step-done", CaseState.IN_PROCESS,
                    "step-returned", CaseState.IN_PROCESS,
                    "suspended", CaseState.SUSPENDED,
                    "extended", CaseState.IN_PROCESS,
                    "completed", CaseState.COMPLETED,
                    "withdrawn", CaseState.WITHDRAWN,
                    "terminated", CaseState.TERMINATED)),
            Map.entry(CaseState.SUSPENDED, Map.of(
                    "resumed", CaseState.IN_PROCESS,
                    "withdrawn", CaseState.WITHDRAWN,
                    "terminated", CaseState.TERMINATED,
                    "voided", CaseState.VOIDED)),
            // the sample completion is an approval: it may be revoked after completion, delivery or evaluation
            Map.entry(CaseState.COMPLETED, Map.of(
                    "delivered", CaseState.DELIVERED,
                    "evaluated", CaseState.EVALUATED,
                    "revoked", CaseState.REVOKED)),
            Map.entry(CaseState.DELIVERED, Map.of(
                    "evaluated", CaseState.EVALUATED,
                    "revoked", CaseState.REVOKED)),
            Map.entry(CaseState.EVALUATED, Map.of("revoked", CaseState.REVOKED)),
            Map.entry(CaseState.NOT_ACCEPTED, Map.of()),
            Map.entry(CaseState.WITHDRAWN, Map.of()),
            Map.entry(CaseState.TERMINATED, Map.of()),
            Map.entry(CaseState.VOIDED, Map.of()),
            Map.entry(CaseState.REVOKED, Map.of())));

    static List<CaseEvent> history(List<String> names) {
        List<CaseEvent> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(EVENTS.get(names.get(i)).apply(T0.plusHours(i)));
        }
        return out;
    }

    static Stream<Arguments> allPairs() {
        return Stream.of(CaseState.values()).flatMap(s -> EVENTS.keySet().stream().sorted().map(e -> Arguments.of(s, e)));
    }

    @Test
    void everyStateHasAPrefixThatReachesIt() {
        for (CaseState s : CaseState.values()) {
            assertEquals(s, CaseStatus.replay(history(PREFIX.get(s))).state(), s.name());
        }
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("allPairs")
    void transition(CaseState state, String eventName) {
        List<CaseEvent> prefix = history(PREFIX.get(state));
        CaseStatus before = CaseStatus.replay(prefix);
        CaseEvent event = EVENTS.get(eventName).apply(T0.plusDays(1));
        CaseState expected = LEGAL.get(state).get(eventName);
        if (expected != null) {
            assertEquals(expected, before.apply(event).state());
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> before.apply(event));
            assertEquals(state, e.state());
            assertEquals(eventName, e.event());
            assertTrue(e.getMessage().contains("event '" + eventName + "'") && e.getMessage().contains("in state " + state),
                    e.getMessage());
        }
    }

    @Test
    void finalStatesAllowNothing() {
        for (CaseState s : CaseState.values()) {
            assertEquals(LEGAL.get(s).isEmpty(), s.isFinal(), s.name());
            // after the sample (approving) history, the status agrees with the table too
            CaseStatus status = CaseStatus.replay(history(PREFIX.get(s)));
            assertEquals(LEGAL.get(s).isEmpty(), status.isFinal(), s.name());
            // exact: in process without an open gap, a supplement is not listed (apply refuses it)
            assertEquals(LEGAL.get(s).keySet().stream().sorted().toList(), status.allowedEvents(), s.name());
        }
    }

    /** The sample events plus the variants whose content decides: a refusal, a supplement of another material. */
    static List<CaseEvent> candidates(LocalDateTime t) {
        List<CaseEvent> out = new ArrayList<>();
        EVENTS.keySet().stream().sorted().forEach(n -> out.add(EVENTS.get(n).apply(t)));
        out.add(new CaseEvent.Completed(t, "b02", Outcome.REFUSED, null));
        out.add(new CaseEvent.Supplemented(t, "w01", ServiceChannel.WINDOW,
                List.of(new SubmittedMaterial("other", MaterialForm.COPY, 1))));
        return out;
    }

    /**
     * allowedEvents() is exact: on every history of up to seven sample events (with and without the
     * notice, the extension, open gaps, an approval or a refusal), it lists exactly the names of the
     * candidate events that {@code apply} takes next.
     */
    @Test
    void allowedEventsListsExactlyTheEventsApplyTakes() {
        List<CaseStatus> level = List.of(CaseStatus.initial());
        int checked = 0;
        for (int depth = 0; depth <= 7; depth++) {
            LocalDateTime t = T0.plusHours(depth);
            List<CaseStatus> next = new ArrayList<>();
            for (CaseStatus s : level) {
                java.util.SortedSet<String> taken = new java.util.TreeSet<>();
                for (CaseEvent e : candidates(t)) {
                    try {
                        next.add(s.apply(e));
                        taken.add(e.name());
                    } catch (IllegalTransitionException refused) {
                        // not taken
                    }
                }
                assertEquals(List.copyOf(taken), s.allowedEvents(), s.toString());
                assertEquals(taken.isEmpty(), s.isFinal(), s.toString());
                checked++;
            }
            level = next.stream().distinct().toList();
        }
        assertTrue(checked > 100, "histories checked: " + checked);
        // the cases the old list got wrong
        CaseStatus extended = CaseStatus.replay(history(List.of("received", "accepted", "extended")));
        assertEquals(List.of("completed", "step-done", "step-returned", "suspended", "terminated", "voided", "withdrawn"),
                extended.allowedEvents());
        CaseStatus gaps = CaseStatus.replay(history(List.of("received", "accepted-with-gaps")));
        assertTrue(gaps.allowedEvents().contains("supplemented") && gaps.allowedEvents().contains("completed"),
                gaps.allowedEvents().toString());
    }

    @Test
    void theRefusalOfASecondExtensionListsWhatIsStillAllowed() {
        CaseStatus s = CaseStatus.replay(history(List.of("received", "accepted", "extended")));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> s.apply(EVENTS.get("extended").apply(T0.plusDays(1))));
        assertEquals("event 'extended' at 2025-09-20T09:00 is not allowed in state IN_PROCESS: the limit was already "
                + "extended by 10 working days (once only, Art. 42) (allowed in IN_PROCESS: [completed, step-done, "
                + "step-returned, suspended, terminated, voided, withdrawn])", e.getMessage());
        IllegalTransitionException sup = assertThrows(IllegalTransitionException.class,
                () -> s.apply(EVENTS.get("supplemented").apply(T0.plusDays(1))));
        assertTrue(sup.getMessage().endsWith(": no tolerated gap is open (allowed in IN_PROCESS: [completed, step-done, "
                + "step-returned, suspended, terminated, voided, withdrawn])"), sup.getMessage());
    }

    /** The states after a completion, reached with a refusal instead of the sample approval. */
    static Stream<Arguments> refusedStates() {
        return Stream.of(
                Arguments.of(CaseState.COMPLETED, List.of()),
                Arguments.of(CaseState.DELIVERED, List.of("delivered")),
                Arguments.of(CaseState.EVALUATED, List.of("delivered", "evaluated")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedStates")
    void aRefusalCannotBeRevoked(CaseState state, List<String> after) {
        List<CaseEvent> events = new ArrayList<>(history(List.of("received", "accepted")));
        events.add(new CaseEvent.Completed(T0.plusHours(2), "b02", Outcome.REFUSED, null));
        for (int i = 0; i < after.size(); i++) {
            events.add(EVENTS.get(after.get(i)).apply(T0.plusHours(3 + i)));
        }
        CaseStatus refused = CaseStatus.replay(events);
        assertEquals(state, refused.state());
        CaseEvent revoke = EVENTS.get("revoked").apply(T0.plusDays(30));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> refused.apply(revoke));
        assertEquals(state, e.state());
        assertEquals("revoked", e.event());
        assertTrue(e.getMessage().startsWith("event 'revoked' at 2025-10-19T09:00 is not allowed in state " + state
                + ": only an approval can be revoked (撤销, Licensing Law Art. 69), but the case was completed REFUSED at "
                + "2025-09-19T11:00 (allowed in " + state + ": "), e.getMessage());
        assertTrue(!refused.allowedEvents().contains("revoked"), refused.allowedEvents().toString());
        // evaluated after a refusal: nothing more can happen to the case, though EVALUATED is not a final state
        assertEquals(state == CaseState.EVALUATED, refused.isFinal());
        assertTrue(!state.isFinal());
    }

    @Test
    void aCaseWithinItsLogNamesTheCaseTheEventTheDateAndTheState() {
        Case approved = CaseIo.example("printing-licence-promised");
        Case refused = new Case(approved.number(), approved.itemCode(), approved.itemVersion(), approved.nationalType(),
                approved.kind(), approved.applicant(), approved.agent(), approved.situations(), approved.materials(),
                approved.channel(), approved.appliedAt(), approved.projectCode(), approved.region(),
                approved.events().stream().map(e -> e instanceof CaseEvent.Completed c
                        ? new CaseEvent.Completed(c.at(), c.by(), Outcome.REFUSED, null) : e).toList());
        LocalDateTime at = LocalDateTime.of(2025, 12, 1, 10, 0);
        CaseEvent revoke = new CaseEvent.Revoked(at, "w05-xu", "the promise proved false", "行政许可法第六十九条", null);
        assertEquals(CaseState.REVOKED, approved.record(revoke).status().state());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> refused.record(revoke));
        assertEquals(refused.events().size(), e.eventIndex());
        assertTrue(e.getMessage().startsWith("Case " + refused.number() + ": event 'revoked' at 2025-12-01T10:00 is not allowed "
                + "in state COMPLETED: only an approval can be revoked"), e.getMessage());
    }

    @Test
    void sideExitsKeepWhatHappenedBefore() {
        CaseStatus revoked = CaseStatus.replay(history(List.of("received", "accepted", "completed", "delivered", "revoked")));
        assertEquals(CaseState.REVOKED, revoked.state());
        assertEquals(Outcome.APPROVED, revoked.outcome());
        assertEquals(T0.plusHours(2), revoked.completedAt());
        assertEquals(T0.plusHours(4), revoked.lastEventAt());
        assertTrue(revoked.isFinal());
        assertTrue(revoked.allowedEvents().isEmpty());

        CaseStatus voided = CaseStatus.replay(history(List.of("received", "accepted-with-gaps", "voided")));
        assertEquals(CaseState.VOIDED, voided.state());
        assertEquals(T0.plusHours(1), voided.acceptedAt());
        assertEquals(null, voided.completedAt());
        assertEquals(null, voided.outcome());
        assertTrue(!voided.isProcessing());
        assertTrue(voided.isFinal());
    }

    @Test
    void voidingAndRevokingNeedAReason() {
        LocalDateTime t = T0;
        assertEquals("reason must not be blank",
                assertThrows(IllegalArgumentException.class, () -> new CaseEvent.Voided(t, "w01", " ")).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class, () -> new CaseEvent.Voided(t, "w01", null)).getMessage());
        assertEquals("reason must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new CaseEvent.Revoked(t, "b02", "", "Art. 69", null)).getMessage());
        assertEquals("basis must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new CaseEvent.Revoked(t, "b02", "false promise", "\t", null)).getMessage());
        assertEquals("basis", assertThrows(NullPointerException.class,
                () -> new CaseEvent.Revoked(t, "b02", "false promise", null, null)).getMessage());
        assertEquals("decisionNumber must not be blank: leave it out when there is none", assertThrows(
                IllegalArgumentException.class, () -> new CaseEvent.Revoked(t, "b02", "false promise", "Art. 69", "")).getMessage());
        assertEquals("voided", new CaseEvent.Voided(t, "w01", "test data").name());
        assertEquals("revoked", new CaseEvent.Revoked(t, "b02", "false promise", "Art. 69", null).name());
    }

    @Test
    void oneTimeNoticeCannotBeRepeated() {
        CaseStatus s = CaseStatus.replay(history(List.of("received", "correction-requested", "supplemented")));
        assertEquals(CaseState.RECEIVED, s.state());
        assertTrue(s.correctionNotified());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> s.apply(EVENTS.get("correction-requested").apply(T0.plusDays(1))));
        assertTrue(e.getMessage().contains("one-time correction notice"), e.getMessage());
    }

    @Test
    void toleratedGapsMustBeSupplementedBeforeApproval() {
        CaseStatus gaps = CaseStatus.replay(history(List.of("received", "accepted-with-gaps")));
        assertEquals(List.of("id-card"), gaps.openGaps());
        CaseEvent approve = EVENTS.get("completed").apply(T0.plusDays(1));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> gaps.apply(approve));
        assertTrue(e.getMessage().contains("tolerated gaps [id-card] are not supplemented yet"), e.getMessage());
        // a refusal is allowed with gaps open
        CaseEvent refuse = new CaseEvent.Completed(T0.plusDays(1), "b02", Outcome.REFUSED, null);
        assertEquals(Outcome.REFUSED, gaps.apply(refuse).outcome());
        // after the supplement, approval is allowed
        CaseStatus closed = gaps.apply(EVENTS.get("supplemented").apply(T0.plusDays(1)));
        assertEquals(List.of(), closed.openGaps());
        assertEquals(CaseState.COMPLETED, closed.apply(EVENTS.get("completed").apply(T0.plusDays(2))).state());
    }

    @Test
    void supplementWithoutOpenGapIsIllegalInProcess() {
        CaseStatus s = CaseStatus.replay(history(List.of("received", "accepted")));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> s.apply(EVENTS.get("supplemented").apply(T0.plusDays(1))));
        assertTrue(e.getMessage().contains("no tolerated gap is open"), e.getMessage());
    }

    @Test
    void extensionOnlyOnce() {
        CaseStatus s = CaseStatus.replay(history(List.of("received", "accepted", "extended")));
        assertEquals(TimeLimit.workingDays(10), s.extension());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> s.apply(EVENTS.get("extended").apply(T0.plusDays(1))));
        assertTrue(e.getMessage().contains("already extended by 10 working days"), e.getMessage());
    }

    @Test
    void eventsMustBeInTimeOrder() {
        CaseStatus s = CaseStatus.replay(history(List.of("received")));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> s.apply(EVENTS.get("accepted").apply(T0.minusMinutes(1))));
        assertTrue(e.getMessage().contains("is before the previous event"), e.getMessage());
    }

    @Test
    void derivedTimesFollowTheEvents() {
        CaseStatus s = CaseStatus.replay(history(List.of("received", "accepted", "completed")));
        assertEquals(T0, s.receivedAt());
        assertEquals(T0.plusHours(1), s.acceptedAt());
        assertEquals(T0.plusHours(2), s.completedAt());
        assertEquals(Outcome.APPROVED, s.outcome());
        assertEquals(LocalDate.of(2025, 9, 19), s.completedAt().toLocalDate());
    }
}
