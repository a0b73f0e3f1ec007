package io.github.govrules.calendar.deadline.internal;

import io.github.govrules.calendar.deadline.Suspension;
import io.github.govrules.calendar.deadline.SuspensionKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The union of a set of suspensions as sorted, disjoint, closed date intervals, so that
 * overlapping suspensions are never counted twice (adjacent ones may stay separate
 * intervals, which counts the same). Immutable.
 */
public final class Pauses {

    private static final Pauses NONE = new Pauses(new LocalDate[0], new LocalDate[0], new Suspension[0]);
    private static final Comparator<Suspension> BY_START_THEN_END = (a, b) -> {
        int byStart = a.start().compareTo(b.start());
        return byStart != 0 ? byStart : a.end().compareTo(b.end());
    };

    private final LocalDate[] starts;
    private final LocalDate[] ends;
    private final Suspension[] suspensions;

    private Pauses(LocalDate[] starts, LocalDate[] ends, Suspension[] suspensions) {
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
        int n = suspensions.size();
        if (n == 0) {
            return NONE;
        }
        Suspension[] closed = new Suspension[n];
        int c = 0;
        for (Suspension s : suspensions) {
            closed[c++] = s.isOpen() ? s.withEnd(openUntil.isAfter(s.start()) ? openUntil : s.start()) : s;
        }
        if (n == 2) {
            if (BY_START_THEN_END.compare(closed[0], closed[1]) > 0) {
                Suspension first = closed[1];
                closed[1] = closed[0];
                closed[0] = first;
            }
        } else if (n > 2) {
            Arrays.sort(closed, BY_START_THEN_END);
        }
        LocalDate[] st = new LocalDate[n];
        LocalDate[] en = new LocalDate[n];
        int m = 0;
        for (Suspension s : closed) {
            if (m > 0 && !s.start().isAfter(en[m - 1])) {
                if (s.end().isAfter(en[m - 1])) {
                    en[m - 1] = s.end();
                }
            } else {
                st[m] = s.start();
                en[m] = s.end();
                m++;
            }
        }
        return m == n ? new Pauses(st, en, closed) : new Pauses(Arrays.copyOf(st, m), Arrays.copyOf(en, m), closed);
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
