package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govrules.core.io.CaseIo;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the lifecycle over random event walks: the implementation agrees with an
 * independent oracle (the transition table of {@link CaseStatusTest} plus the once-only and
 * gap conditions) on every prefix, and every legal history survives a JSON round trip.
 */
class CaseLifecyclePropertiesTest {

    static final List<String> NAMES = CaseStatusTest.EVENTS.keySet().stream().sorted().toList();

    /** The oracle's state: the table state plus the conditions of the once-only rules and tolerated gaps. */
    record Oracle(CaseState state, boolean noticeGiven, boolean extended, boolean gapOpen) {

        static Oracle start() {
            return new Oracle(CaseState.NEW, false, false, false);
        }

        /** The next oracle state, or null when the event is illegal. */
        Oracle next(String event) {
            CaseState to = CaseStatusTest.LEGAL.get(state).get(event);
            boolean supplementToCloseGap = state == CaseState.IN_PROCESS && event.equals("supplemented");
            if (to == null && !(supplementToCloseGap && gapOpen)) {
                return null;
            }
            switch (event) {
                case "correction-requested":
                    return noticeGiven ? null : new Oracle(to, true, extended, gapOpen);
                case "extended":
                    return extended ? null : new Oracle(to, noticeGiven, true, gapOpen);
                case "accepted-with-gaps":
                    return new Oracle(to, noticeGiven, extended, true);
                case "supplemented":
                    return supplementToCloseGap ? new Oracle(state, noticeGiven, extended, false)
                            : new Oracle(to, noticeGiven, extended, gapOpen);
                case "completed":
                    // the sample completion is an approval: not allowed with an open gap
                    return gapOpen ? null : new Oracle(to, noticeGiven, extended, gapOpen);
                default:
                    return new Oracle(to, noticeGiven, extended, gapOpen);
            }
        }
    }

    /** Turns random numbers into an event walk that mostly follows legal events and sometimes jumps anywhere. */
    static List<String> walk(List<Integer> choices) {
        List<String> out = new ArrayList<>();
        Oracle o = Oracle.start();
        for (int k : choices) {
            List<String> legal = new ArrayList<>();
            for (String n : NAMES) {
                if (o.next(n) != null) {
                    legal.add(n);
                }
            }
            String pick = k < 30 && !legal.isEmpty() ? legal.get(k % legal.size()) : NAMES.get(k % NAMES.size());
            out.add(pick);
            Oracle next = o.next(pick);
            if (next == null) {
                break;
            }
            o = next;
        }
        return out;
    }

    @Test
    void replayAgreesWithTheOracleOnEveryPrefix() {
        qt().forAll(lists().of(integers().between(0, 39)).ofSizeBetween(0, 14)).checkAssert(choices -> {
            List<String> names = walk(choices);
            Oracle o = Oracle.start();
            CaseStatus s = CaseStatus.initial();
            for (int i = 0; i < names.size(); i++) {
                CaseEvent e = CaseStatusTest.EVENTS.get(names.get(i)).apply(CaseStatusTest.T0.plusMinutes(i));
                Oracle next = o.next(names.get(i));
                if (next == null) {
                    CaseStatus before = s;
                    IllegalTransitionException ex = assertThrows(IllegalTransitionException.class, () -> before.apply(e),
                            names.toString());
                    assertEquals(o.state(), ex.state());
                    return;
                }
                s = s.apply(e);
                o = next;
                assertEquals(o.state(), s.state(), names.toString());
                assertEquals(o.gapOpen(), !s.openGaps().isEmpty(), names.toString());
            }
        });
    }

    @Test
    void everyLegalHistoryRoundTripsThroughJson() {
        Case template = CaseIo.example("gjj-bank-first-incomplete");
        qt().forAll(lists().of(integers().between(0, 29)).ofSizeBetween(1, 12)).checkAssert(choices -> {
            List<String> names = walk(choices);
            List<CaseEvent> events = new ArrayList<>();
            Oracle o = Oracle.start();
            for (int i = 0; i < names.size(); i++) {
                o = o.next(names.get(i));
                if (o == null) {
                    break;
                }
                events.add(CaseStatusTest.EVENTS.get(names.get(i)).apply(LocalDateTime.of(2025, 9, 19, 9, 31).plusMinutes(i)));
            }
            Case c = new Case(template.number(), template.itemCode(), template.itemVersion(), template.nationalType(),
                    template.kind(), template.applicant(), template.agent(), template.situations(), template.materials(),
                    template.channel(), template.appliedAt(), template.projectCode(), template.region(), events);
            assertEquals(c, CaseIo.fromJson(CaseIo.toJson(c), "generated.json"));
        });
    }
}
