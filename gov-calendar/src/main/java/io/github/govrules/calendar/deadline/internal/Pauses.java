package io.github.govrules.calendar.deadline.internal;

import io.github.govrules.calendar.deadline.Suspension;
import io.github.govrules.calendar.deadline.SuspensionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The union of a set of suspensions as sorted, disjoint, closed date intervals, so that
 * overlapping suspensions are never counted twice. Immutable.
 */
public final class Pauses {

    private static final Pauses NONE = new Pauses(new LocalDate[0], new LocalDate[0], List.of());

    private final LocalDate[] starts;
    private final LocalDate[] ends;
    private final List<Suspension> suspensions;

    private Pauses(LocalDate[] starts, LocalDate[] ends, List<Suspension> suspensions) {
        this.starts = starts;
        this.ends = ends;
        this.suspensions = suspensions;
    }

    /** No pauses. */
    public static Pauses none() {
        return NONE;
    }

    /**
     * The union of the suspensions; an open suspension is taken to last until {@code openUntil}
     * (or its start, if later).
     */
    public static Pauses of(Collection<Suspension> suspensions, LocalDate openUntil) {
        if (suspensions.isEmpty()) {
            return NONE;
        }
        List<Suspension> closed = new ArrayList<>(suspensions.size());
        for (Suspension s : suspensions) {
            closed.add(s.isOpen() ? s.withEnd(openUntil.isAfter(s.start()) ? openUntil : s.start()) : s);
        }
        closed.sort(Comparator.comparing(Suspension::start).thenComparing(Suspension::end));
        List<LocalDate> st = new ArrayList<>();
        List<LocalDate> en = new ArrayList<>();
        for (Suspension s : closed) {
            int last = en.size() - 1;
            if (last >= 0 && !s.start().isAfter(en.get(last).plusDays(1))) {
                if (s.end().isAfter(en.get(last))) {
                    en.set(last, s.end());
                }
            } else {
                st.add(s.start());
                en.add(s.end());
            }
        }
        return new Pauses(st.toArray(new LocalDate[0]), en.toArray(new LocalDate[0]), List.copyOf(closed));
    }

    /** The number of disjoint intervals. */
    public int size() {
        return starts.length;
    }

    /** The first day of interval i. */
    public LocalDate start(int i) {
        return starts[i];
    }

    /** The last day of interval i. */
    public LocalDate end(int i) {
        return ends[i];
    }

    /** Whether the date lies in a pause. */
    public boolean covers(LocalDate date) {
        for (int i = 0; i < starts.length; i++) {
            if (!date.isBefore(starts[i]) && !date.isAfter(ends[i])) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the earliest-starting suspension covering the date, if any. */
    public Optional<SuspensionKind> kindOn(LocalDate date) {
        for (Suspension s : suspensions) {
            if (s.covers(date)) {
                return Optional.of(s.kind());
            }
        }
        return Optional.empty();
    }
}
