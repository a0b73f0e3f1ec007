package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories properties of {@link CaseClock}'s event order: the clock depends only on the
 * set of events recorded, not on the order they were recorded in.
 * <ul>
 *   <li>Every recording order of a valid history in which each event is accepted gives the
 *       same clock as the date order: same suspensions, steps, extensions, corrections,
 *       completion, due dates and statuses on every day.</li>
 *   <li>Whether an event is accepted, and if not the refusal (exception, rule, date and
 *       message), depends only on the set of events it completes: reaching the same set by
 *       another path gives the same answer.</li>
 * </ul>
 * Histories are random chronological event sequences of every kind the clock takes (refused
 * events left out), with few suspension kinds and step names so that events interact, promised
 * extensions often (they interact with corrections), and a third of them accepted near the end of
 * CN's data (from 2026-10-15), so that due dates run into 2027. Recording is refused only with a
 * located {@link IllegalClockOperationException}, or {@link DateOutOfCoverageException} for an
 * extension granted after the data ({@link Op#on}); queries may need 2027 and say so.
 * {@link CaseClock#resume(LocalDate)} without a kind is left out: it is documented to pick its
 * suspension from what was recorded before it.
 */
class CaseClockEventOrderPropertiesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    /** Acceptance near the end of CN's data (2026): due dates run into 2027, which CN does not cover. */
    private static final LocalDate LATE_FIRST = LocalDate.of(2026, 10, 15);
    private static final int EXAMPLES = 300;
    private static final SuspensionKind[] KINDS = {SuspensionKind.HEARING, SuspensionKind.TESTING};

    /** One recordable event, dated {@code day}; {@code grant} for an extension. */
    record Op(String label, LocalDate day, boolean grant, UnaryOperator<CaseClock> apply) {
        Op(String label, LocalDate day, UnaryOperator<CaseClock> apply) {
            this(label, day, false, apply);
        }

        /**
         * Records this event. Recording is refused only with a located {@link IllegalClockOperationException};
         * {@link DateOutOfCoverageException} only for an extension granted on a day after CN's data
         * (timeliness needs the days before the grant), never for another event or an earlier-recorded
         * one (a {@link PromisedLimitExceedsStatutoryException} or any other exception fails the property).
         */
        CaseClock on(CaseClock clock) {
            try {
                return apply.apply(clock);
            } catch (DateOutOfCoverageException e) {
                if (!grant || !day.isAfter(CN.coverageEnd())) {
                    fail(label + " on " + clock + " needed uncovered data: " + e.getMessage(), e);
                }
                throw e;
            }
        }
        @Override
        public String toString() {
            return label;
        }
    }

    /** A valid history: the started clock and its events in date order (as recorded when generated). */
    record History(CaseClock start, List<Op> ops, long seed) {
        @Override
        public String toString() {
            return start + " then " + ops + " (seed " + seed + ")";
        }
    }

    /** What recording gives: the clock's observable state, or the refusal. */
    record Outcome(boolean accepted, List<Object> value) {
    }

    static History history(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate accepted = random.nextInt(3) == 0 ? DeadlineGenerators.dates(LATE_FIRST, CN.coverageEnd()).next(random)
                : DeadlineGenerators.dates(FIRST, LAST).next(random);
        int statutory = 1 + random.nextInt(30);
        CaseClock start = CaseClock.start(CN, accepted, TimeLimit.workingDays(statutory),
                TimeLimit.workingDays(1 + random.nextInt(statutory)));
        if (random.nextInt(5) == 0) {
            start = start.withHandlingMode(HandlingMode.JOINT);
        }
        CaseClock clock = start;
        List<Op> ops = new ArrayList<>();
        LocalDate day = accepted;
        int events = 2 + random.nextInt(11);
        for (int e = 0; e < events * 2 && ops.size() < events; e++) {
            day = day.plusDays(random.nextInt(5));
            Op op = op(day, random);
            try {
                clock = op.on(clock);
            } catch (IllegalClockOperationException | DateOutOfCoverageException refused) {
                continue;
            }
            ops.add(op);
        }
        return new History(start, List.copyOf(ops), seed);
    }

    private static Op op(LocalDate day, SplittableRandom random) {
        SuspensionKind kind = KINDS[random.nextInt(KINDS.length)];
        String step = "step " + random.nextInt(2);
        return switch (random.nextInt(14)) {
            case 0, 1 -> new Op("suspend " + kind + " " + day, day, c -> c.suspend(kind, day));
            case 2, 3 -> new Op("resume " + kind + " " + day, day, c -> c.resume(kind, day));
            case 4 -> {
                Suspension whole = Suspension.of(kind, day, day.plusDays(random.nextInt(8)));
                yield new Op("whole " + whole, day, c -> c.withSuspension(whole));
            }
            case 5 -> {
                Extension x = new Extension(1 + random.nextInt(15), day, "agency head", "site inspection");
                yield new Op("extend " + x.workingDays() + " " + day, day, true, c -> c.extend(x));
            }
            case 6, 12, 13 -> {
                // promised extensions often, up to the statutory limit's reach: with corrections they interact
                Extension x = new Extension(1 + random.nextInt(10), day, "agency head", "busy week");
                yield new Op("extend promised " + x.workingDays() + " " + day, day, true, c -> c.extendPromised(x));
            }
            case 7 -> new Op("request " + day, day, c -> c.correctionRequested(day));
            case 8 -> new Op("receipt " + day, day, c -> c.supplementsReceived(day));
            case 9 -> {
                TimeLimit limit = TimeLimit.workingDays(1 + random.nextInt(8));
                yield new Op("start " + step + " " + day + " " + limit, day, c -> c.startStep(step, day, limit));
            }
            case 10 -> new Op("complete " + step + " " + day, day, c -> c.completeStep(step, day));
            default -> new Op("complete case " + day, day, c -> c.complete(day));
        };
    }

    static Gen<History> histories() {
        return longs().all().map(CaseClockEventOrderPropertiesTest::history);
    }

    /** Everything a clock answers, on every day from acceptance to a while after its last event. */
    static List<Object> observed(CaseClock clock, LocalDate until) {
        List<Object> seen = new ArrayList<>(List.of(clock.toString(), clock.suspensions(), clock.steps(),
                clock.statutoryExtension(), clock.promisedExtension(), clock.promisedStart(),
                clock.isAwaitingSupplements(), clock.isSuspended(), clock.completedOn(), clock.handlingMode()));
        seen.add(ask(clock::statutoryDue));
        seen.add(ask(clock::promisedDue));
        for (LocalDate d = clock.acceptedOn(); !d.isAfter(until); d = d.plusDays(1)) {
            LocalDate on = d;
            seen.add(ask(() -> clock.status(on, WarningPolicy.DEFAULT)));
            seen.add(ask(() -> clock.statutoryDueAsOf(on)));
            seen.add(ask(() -> clock.promisedDueAsOf(on)));
        }
        return seen;
    }

    /** A query's answer, or that it needed dates CN does not cover (queries may say so; recording may not). */
    private static Object ask(Supplier<Object> query) {
        try {
            return query.get();
        } catch (DateOutOfCoverageException e) {
            return "uncovered: " + e.getMessage();
        }
    }

    /** Records the ops in order; the outcome is the refusal of the first refused one, or the clock. */
    static Outcome record(CaseClock start, List<Op> ops, LocalDate until) {
        CaseClock clock = start;
        for (Op op : ops) {
            try {
                clock = op.on(clock);
            } catch (IllegalClockOperationException e) {
                return new Outcome(false, List.of(e.getClass(), e.rule(), e.date(), e.getMessage()));
            } catch (DateOutOfCoverageException e) {
                return new Outcome(false, List.of(e.getClass(), e.getMessage()));
            }
        }
        return new Outcome(true, observed(clock, until));
    }

    /** The ops in an order where each is accepted, picked at random among those accepted next; empty at a dead end. */
    static Optional<List<Op>> randomAcceptedOrder(History history, SplittableRandom random) {
        List<Op> left = new ArrayList<>(history.ops());
        List<Op> order = new ArrayList<>();
        CaseClock clock = history.start();
        while (!left.isEmpty()) {
            Collections.shuffle(left, new Random(random.nextLong()));
            CaseClock next = null;
            for (Op op : left) {
                try {
                    next = op.on(clock);
                } catch (IllegalClockOperationException | DateOutOfCoverageException refused) {
                    continue;
                }
                order.add(op);
                left.remove(op);
                break;
            }
            if (next == null) {
                // e.g. a suspend/resume pair dated before a recorded pair of the same kind: neither half alone is valid
                return Optional.empty();
            }
            clock = next;
        }
        return Optional.of(order);
    }

    private static LocalDate until(History history) {
        return history.start().acceptedOn().plusDays(70);
    }

    @Test
    void everyAcceptedRecordingOrderGivesTheSameClock() {
        AtomicInteger reordered = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(histories(), longs().all())
                .checkAssert((history, seed) -> {
                    Outcome dateOrder = record(history.start(), history.ops(), until(history));
                    Optional<List<Op>> order = randomAcceptedOrder(history, new SplittableRandom(seed));
                    if (order.isEmpty()) {
                        return;
                    }
                    if (!order.get().equals(history.ops())) {
                        reordered.incrementAndGet();
                    }
                    assertEquals(dateOrder, record(history.start(), order.get(), until(history)),
                            () -> history + " recorded as " + order.get());
                });
        assertTrue(reordered.get() > EXAMPLES / 4, "too few histories recorded out of order: " + reordered);
    }

    @Test
    void theAnswerToAnEventDependsOnlyOnTheSetItCompletes() {
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(histories(), longs().all())
                .checkAssert((history, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<Op> shuffled = new ArrayList<>(history.ops());
                    Collections.shuffle(shuffled, new Random(random.nextLong()));
                    LocalDate until = until(history);
                    // record a random order up to its first refusal (or to the end)
                    int k = 0;
                    CaseClock clock = history.start();
                    for (; k < shuffled.size(); k++) {
                        try {
                            clock = shuffled.get(k).on(clock);
                        } catch (IllegalClockOperationException | DateOutOfCoverageException refused) {
                            refusals.incrementAndGet();
                            break;
                        }
                    }
                    int last = Math.min(k, shuffled.size() - 1);
                    if (last < 1) {
                        return;
                    }
                    List<Op> path = shuffled.subList(0, last + 1);
                    // the same set by another path: one earlier event moved to the end
                    List<Op> other = new ArrayList<>(path);
                    other.add(other.remove(random.nextInt(last)));
                    Outcome viaOther = record(history.start(), other.subList(0, last), until);
                    if (!viaOther.accepted()) {
                        return; // that path was refused before its last event: nothing to compare
                    }
                    compared.incrementAndGet();
                    assertEquals(record(history.start(), path, until), record(history.start(), other, until),
                            () -> history + ": " + path + " vs " + other);
                });
        assertTrue(compared.get() > EXAMPLES / 4, "too few sets reached by two paths: " + compared);
        assertTrue(refusals.get() > EXAMPLES / 20, "too few refusals compared: " + refusals);
    }
}
