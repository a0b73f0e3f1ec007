package io.github.govrules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test oracle: a slow, obviously correct day-by-day calendar over two {@code HashSet}s
 * (off days, makeup working days), independent of the library's data format and of its
 * arithmetic. Conventions as documented on {@link WorkingDayCalendar}.
 */
final class Oracle {

    final Set<LocalDate> off;
    final Set<LocalDate> work;
    final LocalDate first;
    final LocalDate last;

    Oracle(Set<LocalDate> off, Set<LocalDate> work, LocalDate first, LocalDate last) {
        this.off = Set.copyOf(off);
        this.work = Set.copyOf(work);
        this.first = first;
        this.last = last;
    }

    /** The national calendar 2020–2026 straight from the reference JSON. */
    static Oracle cn() {
        Map<Integer, YearData> data = reference();
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        data.values().forEach(v -> {
            off.addAll(v.off());
            work.addAll(v.work());
        });
        return new Oracle(off, work, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));
    }

    /** The reference JSON: per year, {off days, makeup working days}. Parsed by regex, independently of the library. */
    static Map<Integer, YearData> reference() {
        String json;
        try (InputStream in = Oracle.class.getResourceAsStream("reference/cn-holidays.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, YearData> result = new TreeMap<>();
        Matcher year = Pattern.compile("\"(\\d{4})\"\\s*:\\s*\\{\\s*\"holidays\"\\s*:\\s*\\[([^]]*)]\\s*,\\s*\"workdays\"\\s*:\\s*\\[([^]]*)]")
                .matcher(json);
        while (year.find()) {
            result.put(Integer.parseInt(year.group(1)), new YearData(dates(year.group(2)), dates(year.group(3))));
        }
        return result;
    }

    /** One year of the reference data. */
    record YearData(Set<LocalDate> off, Set<LocalDate> work) {
    }

    private static Set<LocalDate> dates(String list) {
        Set<LocalDate> set = new HashSet<>();
        Matcher m = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(list);
        while (m.find()) {
            set.add(LocalDate.parse(m.group(1)));
        }
        return set;
    }

    /** This oracle with days turned off and on (an overlay), limited to the given years. */
    Oracle overlay(Set<LocalDate> addOff, Set<LocalDate> addWork, int firstYear, int lastYear) {
        Set<LocalDate> o = new HashSet<>(off);
        Set<LocalDate> w = new HashSet<>(work);
        o.removeAll(addWork);
        w.removeAll(addOff);
        o.addAll(addOff);
        w.addAll(addWork);
        return new Oracle(o, w, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    boolean covers(LocalDate d) {
        return !d.isBefore(first) && !d.isAfter(last);
    }

    boolean isWorkingDay(LocalDate d) {
        if (!covers(d)) {
            throw new DateOutOfCoverageException(CalendarId.of("XX"), d, first, last);
        }
        if (work.contains(d)) {
            return true;
        }
        if (off.contains(d)) {
            return false;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    LocalDate shift(LocalDate d, int n) {
        isWorkingDay(d);
        if (n == 0) {
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int step = n > 0 ? 1 : -1;
        int left = Math.abs(n);
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    int count(LocalDate a, LocalDate b) {
        isWorkingDay(a);
        isWorkingDay(b);
        int count = 0;
        if (!b.isBefore(a)) {
            for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
        for (LocalDate d = b; d.isBefore(a); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count--;
            }
        }
        return count;
    }

    /**
     * The slow answer for a day the national calendar does not cover: Monday to Friday, except
     * the statutory off days of the year's table entry (a map lookup, not the bit table the
     * provisional calendar reads); weekends only beyond the table.
     */
    static boolean uncoveredCnWorking(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !StatutoryHolidays.cn().offDays(d.getYear()).containsKey(d);
    }
}
