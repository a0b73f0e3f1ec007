package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The lunar table {@code data/CN-lunar.txt} (issue 17.2): generated with lunar-java, and
 * cross-checked against a second, independent source, ICU4J. Run with
 * {@code -Dgov.lunar.regenerate=true} to rewrite the table's rows from lunar-java (its header
 * stays); the test then fails once, naming the file, so that the change is reviewed.
 */
class LunarTableTest {

    static final String RESOURCE = "io/github/govrules/calendar/data/CN-lunar.txt";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int FIRST = 2020;
    static final int LAST = 2050;

    /** One row: the year's Spring Festival, Qingming, Dragon Boat and Mid-Autumn. */
    record Row(int year, LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {
        String format() {
            return year + "  " + springFestival + "       " + qingming + "  " + dragonBoat + "   " + midAutumn;
        }
    }

    static String tableText() throws IOException {
        try (InputStream in = LunarTableTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<Integer, Row> table() throws IOException {
        Map<Integer, Row> rows = new LinkedHashMap<>();
        for (String line : tableText().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            rows.put(Integer.parseInt(f[0]), new Row(Integer.parseInt(f[0]), LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                    LocalDate.parse(f[3]), LocalDate.parse(f[4])));
        }
        return rows;
    }

    /** The generator: lunar-java's dates (寿星天文历, Beijing time). */
    static Row lunarJava(int year) {
        return new Row(year, date(Lunar.fromYmd(year, 1, 1).getSolar()),
                date(Solar.fromYmd(year, 4, 20).getLunar().getJieQiTable().get("清明")),
                date(Lunar.fromYmd(year, 5, 5).getSolar()), date(Lunar.fromYmd(year, 8, 15).getSolar()));
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    @Test
    void theTableIsLunarJavasFor2020To2050() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int year = FIRST; year <= LAST; year++) {
            expected.add(lunarJava(year).format());
        }
        String text = tableText();
        List<String> actual = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (Boolean.getBoolean("gov.lunar.regenerate") && !expected.equals(actual)) {
            String header = String.join("\n", text.lines().filter(l -> l.startsWith("#")).toList());
            Path source = Path.of("src/main/resources").resolve(RESOURCE);
            Files.writeString(source, header + "\n" + String.join("\n", expected) + "\n");
            throw new AssertionError("regenerated " + source.toAbsolutePath() + " from lunar-java: review the change");
        }
        assertEquals(expected, actual, "the table differs from lunar-java's dates; regenerate with -Dgov.lunar.regenerate=true");
        assertTrue(text.contains("lunar-java 1.6.3") && text.contains("ICU4J 79.1"), "the file cites its sources");
    }

    /**
     * The second source: ICU4J's Chinese calendar for the lunar dates and its astronomer for the
     * solar term, computed independently of lunar-java. They agree on every date but two Spring
     * Festivals whose new moon lies within minutes of Beijing midnight, where ICU4J's moon theory
     * is too coarse to tell the day: those are named here, and each must be such a case.
     */
    @Test
    void icu4jAgreesExceptOnNewMoonsAtMidnight() throws IOException {
        Map<Integer, LocalDate> known = Map.of(2027, LocalDate.of(2027, 2, 7), 2030, LocalDate.of(2030, 2, 2));
        Map<Integer, Row> table = table();
        assertEquals(LAST - FIRST + 1, table.size());
        List<Integer> disagreements = new ArrayList<>();
        for (Row row : table.values()) {
            int y = row.year();
            LocalDate icuSpring = icuLunarDate(y, 0, 1);
            assertEquals(row.dragonBoat(), icuLunarDate(y, 4, 5), y + " Dragon Boat");
            assertEquals(row.midAutumn(), icuLunarDate(y, 7, 15), y + " Mid-Autumn");
            assertEquals(row.qingming(), icuQingming(y), y + " Qingming");
            if (!icuSpring.equals(row.springFestival())) {
                disagreements.add(y);
                assertEquals(known.get(y), icuSpring, y + ": an unexpected disagreement with ICU4J");
                assertEquals(1, Math.abs(icuSpring.toEpochDay() - row.springFestival().toEpochDay()), y + ": one day apart");
                // ICU4J's own new moon is within a quarter of an hour of the midnight between the two days
                LocalDate later = icuSpring.isAfter(row.springFestival()) ? icuSpring : row.springFestival();
                long midnight = later.atStartOfDay(BEIJING).toInstant().toEpochMilli();
                long newMoon = new CalendarAstronomer(midnight - Duration.ofDays(3).toMillis())
                        .getMoonTime(CalendarAstronomer.NEW_MOON, true);
                assertTrue(Math.abs(newMoon - midnight) < Duration.ofMinutes(15).toMillis(),
                        y + ": ICU4J's new moon at " + Instant.ofEpochMilli(newMoon).atZone(BEIJING));
            }
        }
        assertEquals(List.of(2027, 2030), disagreements);
        // and the issue's figure: 2027's Spring Festival is on 6 February in the table
        assertEquals(LocalDate.of(2027, 2, 6), table.get(2027).springFestival());
    }

    private static final ThreadLocal<ChineseCalendar> ICU_CHINESE = ThreadLocal.withInitial(
            () -> new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"), ULocale.ROOT));

    /** The Gregorian date (Beijing) of a lunar month (0-based, not leap) and day in the Gregorian year, by ICU4J. */
    private static LocalDate icuLunarDate(int year, int month, int day) {
        ChineseCalendar c = ICU_CHINESE.get();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            c.setTimeInMillis(d.atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
            if (c.get(ChineseCalendar.MONTH) == month && c.get(ChineseCalendar.DAY_OF_MONTH) == day
                    && c.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
        throw new AssertionError("ICU4J has no lunar " + (month + 1) + "/" + day + " in " + year);
    }

    /** The Beijing date on which the sun reaches ecliptic longitude 15° (清明), by ICU4J's astronomer. */
    private static LocalDate icuQingming(int year) {
        CalendarAstronomer astronomer = new CalendarAstronomer(LocalDate.of(year, 3, 1).atStartOfDay(BEIJING)
                .toInstant().toEpochMilli());
        return Instant.ofEpochMilli(astronomer.getSunTime(Math.PI / 12, true)).atZone(BEIJING).toLocalDate();
    }
}
