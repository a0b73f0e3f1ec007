package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.CaseStatus;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.hall.Window;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Indicators;
import io.github.govrules.core.item.ServiceItem;

/**
 * The report {@code stats} builds as it reads cases one at a time: the period's indicators and
 * the previous period's, the same by department, window, item and month, the on-time
 * distribution and the side exits. Its memory depends on the number of departments, windows,
 * items and months, not of cases. Not thread-safe.
 */
final class StatsReport {

    /** The breakdowns, in the order they are printed. */
    enum Dimension {
        DEPARTMENT, WINDOW, ITEM, MONTH
    }

    /** The on-time distribution's buckets: completion day against the promised due date, in working days. */
    static final String[] ON_TIME_BUCKETS = {"early5", "early1to4", "onDueDay", "late1to2", "late3"};

    /** A period's figures and the previous period's. */
    static final class Pair {
        final Tally current = new Tally();
        final Tally previous = new Tally();
    }

    final Catalog catalog;
    final WorkingDayCalendar calendar;
    final LocalDate start;
    final LocalDate endExclusive;
    final LocalDate previousStart;
    final Pair total = new Pair();
    final Map<Dimension, Map<String, Pair>> breakdowns = new java.util.EnumMap<>(Dimension.class);
    final long[] onTime = new long[ON_TIME_BUCKETS.length];
    final SideExits sideExits = new SideExits();
    private final Map<String, String> windowOfStaff = new HashMap<>();
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private long cases;

    StatsReport(Catalog catalog, ServiceCenter center, WorkingDayCalendar calendar, LocalDate start, LocalDate endExclusive) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.start = start;
        this.endExclusive = endExclusive;
        this.previousStart = previousStart(start, endExclusive);
        for (Dimension d : Dimension.values()) {
            breakdowns.put(d, new TreeMap<>());
        }
        for (Window w : center.windows()) {
            for (String s : w.staff()) {
                windowOfStaff.putIfAbsent(s, w.id() + " " + w.name());
            }
        }
        firstMonth = YearMonth.from(start);
        lastMonth = YearMonth.from(endExclusive.minusDays(1));
        for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            breakdowns.get(Dimension.MONTH).put(m.toString(), new Pair());
        }
    }

    /**
     * The start of the previous period: the previous calendar month(s) when the period is whole
     * months, else as many days just before.
     */
    static LocalDate previousStart(LocalDate start, LocalDate endExclusive) {
        if (start.getDayOfMonth() == 1 && endExclusive.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(start, endExclusive);
            return start.minusMonths(months);
        }
        return start.minusDays(ChronoUnit.DAYS.between(start, endExclusive));
    }

    long cases() {
        return cases;
    }

    /**
     * Counts a case checked against the catalog; every figure is computed before any is added, so
     * a case refused (a due date beyond the calendar's data) leaves the report as it was.
     *
     * @throws CliInputException naming where the case was read when gov-core refuses it
     */
    void add(CaseSource.Sourced sourced) {
        Case c = sourced.aCase();
        IndicatorReport cur;
        IndicatorReport prev;
        List<IndicatorReport> months = new ArrayList<>();
        List<String> monthKeys = new ArrayList<>();
        int bucket = -1;
        ServiceItem item;
        try {
            item = catalog.item(c.itemCode(), c.itemVersion());
            cur = mayCount(c, start, endExclusive) ? compute(c, start, endExclusive) : null;
            prev = mayCount(c, previousStart, start) ? compute(c, previousStart, start) : null;
            YearMonth[] range = monthRange(c);
            for (YearMonth m = range[0]; m != null && !m.isAfter(range[1]); m = m.plusMonths(1)) {
                LocalDate ms = m.atDay(1);
                LocalDate me = m.plusMonths(1).atDay(1);
                IndicatorReport r = ms.equals(start) && me.equals(endExclusive) ? cur
                        : ms.equals(previousStart) && me.equals(start) ? prev : compute(c, ms, me);
                if (r != null) {
                    months.add(r);
                    monthKeys.add(m.toString());
                }
            }
            if (cur != null && cur.onTimeRate().denominator() > 0) {
                bucket = onTimeBucket(c, item);
            }
        } catch (RuntimeException e) {
            throw new CliInputException(sourced.where() + ": " + GovCli.oneLine(e.getMessage()), e);
        }
        cases++;
        String[] keys = {item.implementingBody().name(), windowOf(c), item.name()};
        for (int i = 0; i < keys.length; i++) {
            Pair p = breakdowns.get(Dimension.values()[i]).computeIfAbsent(keys[i], k -> new Pair());
            if (cur != null) {
                p.current.add(cur);
            }
            if (prev != null) {
                p.previous.add(prev);
            }
        }
        if (cur != null) {
            total.current.add(cur);
        }
        if (prev != null) {
            total.previous.add(prev);
        }
        Map<String, Pair> byMonth = breakdowns.get(Dimension.MONTH);
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = YearMonth.parse(monthKeys.get(i));
            Pair here = byMonth.get(monthKeys.get(i));
            if (here != null) {
                here.current.add(months.get(i));
            }
            Pair next = byMonth.get(m.plusMonths(1).toString());
            if (next != null) {
                next.previous.add(months.get(i));
            }
        }
        if (bucket >= 0) {
            onTime[bucket]++;
        }
        sideExits.add(c, start, endExclusive);
    }

    /** The months, among the period's and the one before it, in which the case can count: [first, last], or nulls. */
    private YearMonth[] monthRange(Case c) {
        List<CaseEvent> events = c.events();
        if (events.isEmpty()) {
            return new YearMonth[] {null, null};
        }
        YearMonth first = YearMonth.from(events.get(0).at());
        CaseStatus s = c.status();
        YearMonth last = s.isProcessing() ? lastMonth : YearMonth.from(events.get(events.size() - 1).at());
        YearMonth from = first.isBefore(firstMonth.minusMonths(1)) ? firstMonth.minusMonths(1) : first;
        YearMonth to = last.isAfter(lastMonth) ? lastMonth : last;
        return from.isAfter(to) ? new YearMonth[] {null, null} : new YearMonth[] {from, to};
    }

    /** Whether the case can count in the period: it has an event in it, or it was open at its end. */
    private static boolean mayCount(Case c, LocalDate from, LocalDate toExclusive) {
        List<CaseEvent> events = c.events();
        if (events.isEmpty() || !events.get(0).at().toLocalDate().isBefore(toExclusive)) {
            return false; // received after the period
        }
        if (!events.get(events.size() - 1).at().toLocalDate().isBefore(from)) {
            return true;
        }
        return c.status().isProcessing(); // all events before the period: counts only if still open (open overdue)
    }

    private IndicatorReport compute(Case c, LocalDate from, LocalDate toExclusive) {
        return Indicators.compute(List.of(c), catalog, calendar, from, toExclusive);
    }

    /** The case's completion against its promised due date, as an index into {@link #ON_TIME_BUCKETS}. */
    private int onTimeBucket(Case c, ServiceItem item) {
        LocalDate due = CaseClocks.clockOf(c, item, calendar).orElseThrow().promisedDue().orElseThrow();
        LocalDate done = c.status().completedAt().toLocalDate();
        if (done.equals(due)) {
            return 2;
        }
        int days = calendar.countWorkingDays(done, due); // > 0: early by that many working days
        if (done.isBefore(due)) {
            return Math.max(days, 1) >= 5 ? 0 : 1;
        }
        return -days <= 2 ? 3 : 4;
    }

    private String windowOf(Case c) {
        for (CaseEvent e : c.events()) {
            if (e instanceof CaseEvent.Received r) {
                String w = windowOfStaff.get(r.by());
                return w != null ? w : "(" + r.channel() + ")";
            }
        }
        return "(none)";
    }

    /** The voided and revoked cases of the period, the first {@link StatsCommand#NAMED_AT_MOST} of each by number. */
    static final class SideExits {
        final List<String> voided = new ArrayList<>();
        final List<String> revoked = new ArrayList<>();
        long voidedCount;
        long revokedCount;

        void add(Case c, LocalDate start, LocalDate endExclusive) {
            CaseStatus status = c.status();
            if (status.state() == CaseState.VOIDED
                    && c.events().stream().anyMatch(e -> StatsCommand.in(e.at(), start, endExclusive))) {
                voidedCount++;
                if (voided.size() < StatsCommand.NAMED_AT_MOST) {
                    voided.add(c.number());
                }
            } else if (status.state() == CaseState.REVOKED && in(status.completedAt(), start, endExclusive)) {
                revokedCount++;
                if (revoked.size() < StatsCommand.NAMED_AT_MOST) {
                    revoked.add(c.number());
                }
            }
        }

        private static boolean in(LocalDateTime at, LocalDate start, LocalDate endExclusive) {
            return at != null && StatsCommand.in(at, start, endExclusive);
        }

        void print(PrintWriter out) {
            if (voidedCount > 0) {
                out.println("Not counted: " + voidedCount + (voidedCount == 1 ? " case" : " cases")
                        + " voided as registered in error (作废): " + names(voided, voidedCount));
            }
            if (revokedCount > 0) {
                out.println("Revoked after approval (撤销), still counted as completed: " + names(revoked, revokedCount));
            }
        }

        private static String names(List<String> named, long count) {
            return String.join(", ", named) + (count > named.size() ? " and " + (count - named.size()) + " more" : "");
        }
    }
}
