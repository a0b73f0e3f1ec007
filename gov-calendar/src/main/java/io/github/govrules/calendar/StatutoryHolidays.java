package io.github.govrules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statutory holidays (法定节假日) of mainland China for a year, from the rules in force that
 * year (全国年节及纪念日放假办法) and the lunar dates of the data file {@code CN-lunar.txt}
 * (2020–2050): what a provisional answer may assume for a year whose notice is not loaded.
 *
 * <ul>
 *   <li>2013 revision (in force 2014 to 2024): New Year's Day (1 January); the Spring Festival,
 *       days 1–3 of the first lunar month; Qingming (the solar-term day); Labour Day (1 May);
 *       the Dragon Boat Festival (5/5); the Mid-Autumn Festival (8/15); National Day (1–3
 *       October).</li>
 *   <li>2024 revision (in force from 2025): the same, with New Year's Eve (除夕) added to the
 *       Spring Festival and 2 May to Labour Day.</li>
 *   <li>Art. 6 of both: a holiday for all citizens that falls on a Saturday or Sunday is given
 *       back on a working day (补假). Where that day lies is the notice's to say; here it is
 *       assumed to be the first weekday after the festival that is not already off, as every
 *       notice of 2020–2026 placed it.</li>
 * </ul>
 * The makeup working days (调休) are not assumed: only the notice can say which weekend days
 * are worked. Immutable and thread-safe; one shared table, loaded once.
 */
final class StatutoryHolidays {

    private static final String RESOURCE = Calendars.DATA_FOLDER + "CN-lunar.txt";

    /** The first year of the 2024 revision of the rules. */
    private static final int REVISION_2024 = 2025;

    private static final HolidayName NEW_YEAR = new HolidayName("元旦", "New Year's Day");
    private static final HolidayName SPRING = new HolidayName("春节", "Spring Festival");
    private static final HolidayName QINGMING = new HolidayName("清明节", "Qingming Festival");
    private static final HolidayName LABOUR = new HolidayName("劳动节", "Labour Day");
    private static final HolidayName DRAGON_BOAT = new HolidayName("端午节", "Dragon Boat Festival");
    private static final HolidayName MID_AUTUMN = new HolidayName("中秋节", "Mid-Autumn Festival");
    private static final HolidayName NATIONAL = new HolidayName("国庆节", "National Day");

    private static final class Holder {
        static final StatutoryHolidays INSTANCE = load();
    }

    /** Per year of the table: its statutory off days, with their names, in date order. */
    private final Map<Integer, Map<LocalDate, HolidayName>> years;
    private final Map<Integer, Notice> rules;
    private final int firstYear;
    private final int lastYear;
    /** Six words a year, bit (day-of-year − 1) set for a statutory off day: {@link #isOff} reads one. */
    private final long[] offBits;

    private StatutoryHolidays(Map<Integer, Map<LocalDate, HolidayName>> years, Map<Integer, Notice> rules) {
        this.years = years;
        this.rules = rules;
        this.firstYear = Collections.min(years.keySet());
        this.lastYear = Collections.max(years.keySet());
        this.offBits = new long[(lastYear - firstYear + 1) * 6];
        for (Map<LocalDate, HolidayName> days : years.values()) {
            for (LocalDate d : days.keySet()) {
                int bit = d.getDayOfYear() - 1;
                offBits[(d.getYear() - firstYear) * 6 + (bit >>> 6)] |= 1L << (bit & 63);
            }
        }
    }

    /** Whether the date is a statutory off day of a year the table knows (false beyond it). */
    boolean isOff(LocalDate date) {
        int yi = date.getYear() - firstYear;
        if (yi < 0 || date.getYear() > lastYear) {
            return false;
        }
        int bit = date.getDayOfYear() - 1;
        return (offBits[yi * 6 + (bit >>> 6)] >>> (bit & 63) & 1) != 0;
    }

    /** The shared table of mainland China. */
    static StatutoryHolidays cn() {
        return Holder.INSTANCE;
    }

    /** The first year the lunar table covers (2020). */
    int firstYear() {
        return firstYear;
    }

    /** The last year the lunar table covers (2050). */
    int lastYear() {
        return lastYear;
    }

    /** Whether the table knows the year's statutory holidays. */
    boolean knows(int year) {
        return years.containsKey(year);
    }

    /** The year's statutory off days and their names, in date order; empty for a year beyond the table. */
    Map<LocalDate, HolidayName> offDays(int year) {
        return years.getOrDefault(year, Map.of());
    }

    /** The rules the year's days come from, as a {@link Notice} of that year; empty beyond the table. */
    Optional<Notice> rules(int year) {
        return Optional.ofNullable(rules.get(year));
    }

    private static StatutoryHolidays load() {
        Map<Integer, Map<LocalDate, HolidayName>> years = new TreeMap<>();
        Map<Integer, Notice> rules = new TreeMap<>();
        try (InputStream in = StatutoryHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The library's lunar table " + RESOURCE + " is missing from its jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\\s+");
                int year = Integer.parseInt(f[0]);
                years.put(year, Collections.unmodifiableMap(days(year, LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                        LocalDate.parse(f[3]), LocalDate.parse(f[4]))));
                rules.put(year, rulesOf(year));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatutoryHolidays(Collections.unmodifiableMap(years), Collections.unmodifiableMap(rules));
    }

    /** The statutory off days of a year, substitute days included (see the class Javadoc). */
    static Map<LocalDate, HolidayName> days(int year, LocalDate springFestival, LocalDate qingming,
                                            LocalDate dragonBoat, LocalDate midAutumn) {
        boolean revised = year >= REVISION_2024;
        List<List<LocalDate>> festivals = new ArrayList<>();
        List<HolidayName> names = new ArrayList<>();
        festivals.add(List.of(LocalDate.of(year, 1, 1)));
        names.add(NEW_YEAR);
        festivals.add(revised
                ? List.of(springFestival.minusDays(1), springFestival, springFestival.plusDays(1), springFestival.plusDays(2))
                : List.of(springFestival, springFestival.plusDays(1), springFestival.plusDays(2)));
        names.add(SPRING);
        festivals.add(List.of(qingming));
        names.add(QINGMING);
        festivals.add(revised ? List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)) : List.of(LocalDate.of(year, 5, 1)));
        names.add(LABOUR);
        festivals.add(List.of(dragonBoat));
        names.add(DRAGON_BOAT);
        festivals.add(List.of(midAutumn));
        names.add(MID_AUTUMN);
        festivals.add(List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3)));
        names.add(NATIONAL);
        TreeMap<LocalDate, HolidayName> off = new TreeMap<>();
        for (int i = 0; i < festivals.size(); i++) {
            for (LocalDate d : festivals.get(i)) {
                HolidayName name = names.get(i);
                // the Mid-Autumn Festival can fall on National Day (2020-10-01): one day, both names
                off.merge(d, name, (a, b) -> new HolidayName(a.chinese() + "、" + b.chinese(), a.english() + " and " + b.english()));
            }
        }
        // Art. 6: a festival day on a weekend is given back on the first weekday after the festival not already off
        for (int i = 0; i < festivals.size(); i++) {
            List<LocalDate> days = festivals.get(i);
            long onWeekend = days.stream().filter(StatutoryHolidays::isWeekend).count();
            LocalDate d = days.get(days.size() - 1);
            HolidayName name = names.get(i);
            HolidayName substitute = new HolidayName(name.chinese() + "（补假）", name.english() + " (substitute day)");
            for (int given = 0; given < onWeekend; ) {
                d = d.plusDays(1);
                if (!isWeekend(d) && !off.containsKey(d)) {
                    off.put(d, substitute);
                    given++;
                }
            }
        }
        return new LinkedHashMap<>(off);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The rules in force in the year, as the notice that declares its statutory days. */
    private static Notice rulesOf(int year) {
        boolean revised = year >= REVISION_2024;
        String revision = revised ? "2024年11月10日修订" : "2013年12月11日修订";
        return new Notice("statutory-" + year, year, "全国年节及纪念日放假办法（" + revision + "） | statutory holidays",
                Optional.of(revised ? LocalDate.of(2024, 11, 10) : LocalDate.of(2013, 12, 11)),
                revised ? LocalDate.of(2025, 1, 1) : LocalDate.of(2014, 1, 1),
                "全国年节及纪念日放假办法（" + revision + "）：" + year + "年法定节假日（调休以国务院通知为准，尚未公布）",
                Optional.empty(), Optional.empty());
    }
}
