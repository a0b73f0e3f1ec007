package io.github.govrules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable, data-backed {@link WorkingDayCalendar}, covering whole calendar years. Built
 * by {@link #builder(CalendarId, int, int)} or {@link #overlay(CalendarId, WorkingDayCalendar, int, int)},
 * or loaded from a data file by {@link Calendars}.
 *
 * <h2>How it is fast</h2>
 * The calendar keeps, for every covered day, the number of working days up to it
 * ({@code rank}, a {@code char} per day in 32 slots per month and 512 per year, so that a
 * date's slot is shifts and adds on its year, month and day: no search, no
 * {@code toEpochDay()}, no multiplication), and, for every
 * k, the k-th working day of the coverage ({@code workingDates}, the {@link LocalDate} objects
 * themselves). So:
 * <ul>
 *   <li>{@code isWorkingDay(d)}: one read of the month's working-day bit mask (16 per year; as
 *       in the count below, the array's bounds stand in for the coverage check, the year's
 *       multiply overflow-checked);</li>
 *   <li>{@code shift(d, n)}: {@code workingDates[rank[slot(d)] + n - 1]} — two reads;</li>
 *   <li>{@code countWorkingDays(a, b)}: {@code rank[slot(b)] - rank[slot(a)]} — two reads.
 *       Here the array's own bounds check is the coverage check: a year outside the data gives
 *       a slot outside the table (the slot is computed in 64 bits and used only when it fits an
 *       {@code int}, so that no far year can wrap round into it), and only then is the date
 *       checked again, to throw the
 *       {@link DateOutOfCoverageException} that names it.</li>
 * </ul>
 * No operation allocates except {@link #describe(LocalDate)} and
 * {@link #workingDays(LocalDate, LocalDate)}: the dates returned are the cached ones. For
 * 2020–2026 the whole calendar, cached dates and notices included, takes under 64 KiB;
 * {@link #estimatedFootprintBytes()} computes it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImmutableWorkingDayCalendar implements WorkingDayCalendar {

    private static final byte KIND_WORKING = 0;
    private static final byte KIND_WEEKEND = 1;
    private static final byte KIND_HOLIDAY = 2;
    private static final byte KIND_MAKEUP = 3;
    private static final DayKind[] KINDS = {DayKind.WORKING_DAY, DayKind.WEEKEND, DayKind.HOLIDAY,
            DayKind.MAKEUP_WORKING_DAY};
    /** At most this many years, so that the working-day counts and declared days' keys fit {@code char}s. */
    public static final int MAX_YEARS = 170;
    /** {@link #countWorkingDays}' table when its years are too far out for the fast slot arithmetic. */
    private static final char[] NO_FAST_COUNT = new char[0];
    /** {@link #isWorkingDay}'s table when its years are too far out for the fast arithmetic. */
    private static final int[] NO_FAST_MONTHS = new int[0];
    /** Years within this distance of year 0 use the fast count: their slots cannot wrap round. */
    private static final int FAST_COUNT_YEARS = 1_000_000;

    private final CalendarId id;
    /** The calendar this one is an overlay on (shared, not owned), or null for a base calendar. */
    private final WorkingDayCalendar base;
    private final int startYear;
    private final int years;
    private final LocalDate coverageStart;
    private final LocalDate coverageEnd;
    private final Set<DayOfWeek> weekend;
    private final List<Notice> notices;
    /**
     * The per-day counts, 32 slots per month and 512 per year: for year index y (0 = the first
     * year), month index m (0 = January) and day-of-month d, {@code rank[512y + 32m + d]} is the
     * number of working days from the coverage start up to and including that day;
     * {@code rank[512y + 32m]} is the number before the month; the slots after a month's last
     * day repeat its count, and so do the 128 unused slots after each December (the last year
     * has none). A date's slot is shifts and adds on its year, month and day: no search, no
     * {@code toEpochDay()}.
     */
    private final char[] rank;
    /** {@link #rank}, or {@link #NO_FAST_COUNT} for years beyond {@link #FAST_COUNT_YEARS}. */
    private final char[] countRank;
    /** {@code 512 * startYear + 32}: a date's slot is {@code 512 year + 32 month + day - countOrigin}. */
    private final int countOrigin;
    /**
     * Per month, 16 per year (the last four of each year unused, and absent after the last
     * year): bit (day-of-month − 1) is set when that day is a working day.
     */
    private final int[] monthBits;
    /** {@link #monthBits}, or an empty array for years beyond {@link #FAST_COUNT_YEARS}. */
    private final int[] fastMonthBits;
    /** {@code 16 * startYear + 1}: a date's month is {@code 16 year + month - monthOrigin}. */
    private final int monthOrigin;
    /** The k-th (0-based) working day of the coverage: {@code shift} returns these very objects. */
    private final LocalDate[] workingDates;
    /** The keys ({@link #declaredKey}) of the days declared by a notice, ascending. */
    private final char[] declaredSlots;
    /**
     * Per declared day: bit 31 set for a makeup working day (clear for an off day), bits 16–30
     * the index of its notice in {@link #notices}, bits 0–15 the index of its holiday name in
     * {@link #names} plus one (0: no name).
     */
    private final int[] declaredInfo;
    /** The distinct holiday names of the declared days. */
    private final HolidayName[] names;
    /** This calendar's provisional view, built once: {@link #provisional()} allocates nothing. */
    private final ProvisionalCalendar provisional;

    private ImmutableWorkingDayCalendar(Builder b) {
        this.id = b.id;
        this.base = b.base;
        this.startYear = b.firstYear;
        this.years = b.lastYear - b.firstYear + 1;
        this.coverageStart = LocalDate.of(b.firstYear, 1, 1);
        this.coverageEnd = LocalDate.of(b.lastYear, 12, 31);
        this.weekend = Set.copyOf(b.weekend);
        this.notices = List.copyOf(b.notices);
        int months = years * 12;
        this.rank = new char[(years - 1) * 512 + 12 * 32];
        this.monthBits = new int[(years - 1) * 16 + 12];
        List<LocalDate> working = new ArrayList<>();
        List<Integer> declared = new ArrayList<>();
        List<Integer> declaredIndex = new ArrayList<>();
        int index = 0;
        for (int m = 0; m < months; m++) {
            int monthSlot = (m / 12) * 512 + (m % 12) * 32;
            if (m % 12 == 0 && m > 0) { // the unused slots after the previous December
                Arrays.fill(rank, monthSlot - 128, monthSlot, (char) working.size());
            }
            rank[monthSlot] = (char) working.size();
            LocalDate first = LocalDate.of(startYear + m / 12, m % 12 + 1, 1);
            int length = first.lengthOfMonth();
            for (int dom = 1; dom <= 31; dom++) {
                if (dom <= length) {
                    byte kind = b.kinds[index];
                    if (kind == KIND_WORKING || kind == KIND_MAKEUP) {
                        monthBits[(m / 12) * 16 + m % 12] |= 1 << (dom - 1);
                        working.add(first.plusDays(dom - 1L));
                    }
                    if (kind == KIND_HOLIDAY || kind == KIND_MAKEUP) {
                        declared.add(m * 32 + dom);
                        declaredIndex.add(index);
                    }
                    index++;
                }
                rank[monthSlot + dom] = (char) working.size();
            }
        }
        this.workingDates = working.toArray(new LocalDate[0]);
        boolean fast = Math.abs(b.firstYear) <= FAST_COUNT_YEARS && Math.abs(b.lastYear) <= FAST_COUNT_YEARS;
        this.countRank = fast ? rank : NO_FAST_COUNT;
        this.countOrigin = fast ? startYear * 512 + 32 : 0;
        this.fastMonthBits = fast ? monthBits : NO_FAST_MONTHS;
        this.monthOrigin = fast ? startYear * 16 + 1 : 0;
        Map<HolidayName, Integer> nameIndex = new HashMap<>();
        List<HolidayName> nameList = new ArrayList<>();
        this.declaredSlots = new char[declared.size()];
        this.declaredInfo = new int[declared.size()];
        for (int j = 0; j < declared.size(); j++) {
            int i = declaredIndex.get(j);
            HolidayName name = b.names[i];
            int ni = name == null ? 0 : 1 + nameIndex.computeIfAbsent(name, n -> {
                nameList.add(n);
                return nameList.size() - 1;
            });
            int noticeIndex = notices.indexOf(b.declaredBy[i]);
            declaredSlots[j] = (char) (int) declared.get(j);
            declaredInfo[j] = (b.kinds[i] == KIND_MAKEUP ? 1 << 31 : 0) | noticeIndex << 16 | ni;
        }
        this.names = nameList.toArray(new HolidayName[0]);
        this.provisional = ProvisionalCalendar.of(this); // last: it reads the fields above
    }

    /**
     * A builder of a calendar covering whole years, first to last inclusive. Every day starts
     * as an ordinary working day or weekend day (Saturday and Sunday unless
     * {@linkplain Builder#weekend(Set) set otherwise}); notices then declare days.
     *
     * @throws IllegalArgumentException if last &lt; first, or more than {@value #MAX_YEARS} years
     */
    public static Builder builder(CalendarId id, int firstYear, int lastYear) {
        return new Builder(id, firstYear, lastYear);
    }

    /**
     * A builder of a regional overlay (such as {@code CN-XJ}) on a base calendar (such as
     * {@code CN}): it starts with the base's days for the given years, which the base must
     * cover, and the overlay's notices then add off days, cancel off days, add makeup working
     * days and cancel the base's makeup days.
     *
     * @throws DateOutOfCoverageException if the base does not cover the years
     */
    public static Builder overlay(CalendarId id, WorkingDayCalendar base, int firstYear, int lastYear) {
        Objects.requireNonNull(base, "base");
        Builder b = new Builder(id, firstYear, lastYear);
        b.base = base;
        requireBaseCovers(id, base, firstYear, lastYear);
        if (base instanceof ImmutableWorkingDayCalendar ib) {
            b.weekend = EnumSet.copyOf(ib.weekend);
        }
        Set<Notice> seen = new LinkedHashSet<>();
        copyDays(b, base, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31), seen);
        b.notices.addAll(seen);
        return b;
    }

    /**
     * A builder that starts from this calendar — its days, its notices in their order, its
     * weekend — and covers more years: {@code firstYear} to {@code lastYear}, which must include
     * this calendar's years. The added years start as a new calendar's do: from the weekend rule,
     * or for an overlay from its base calendar's days (which must cover them). Notices declared
     * on the builder then add those years' days, or amend this calendar's. This is how a year
     * is added at run time (see {@link Calendars#withFile}).
     *
     * @throws IllegalArgumentException   if the years do not include this calendar's, or exceed
     *                                    {@value #MAX_YEARS}
     * @throws DateOutOfCoverageException if an overlay's base does not cover the added years
     */
    public Builder toBuilder(int firstYear, int lastYear) {
        return toBuilder(firstYear, lastYear, base);
    }

    /**
     * As {@link #toBuilder(int, int)}, for an overlay whose base has since grown (the same
     * calendar with another year added): the added years start from that base's days, and the
     * calendar built answers beyond its years through it.
     *
     * @param base the base calendar, with this overlay's {@link #baseId()}; null for a base calendar
     * @throws IllegalArgumentException   if the years do not include this calendar's, exceed
     *                                    {@value #MAX_YEARS}, or the base is not this overlay's
     *                                    (or given for a base calendar)
     * @throws DateOutOfCoverageException if the base does not cover the added years
     */
    public Builder toBuilder(int firstYear, int lastYear, WorkingDayCalendar base) {
        int ownFirst = startYear;
        int ownLast = startYear + years - 1;
        if (firstYear > ownFirst || lastYear < ownLast) {
            throw new IllegalArgumentException("Calendar " + id + " covers " + ownFirst + "–" + ownLast
                    + "; a builder from it must cover those years too, but was asked for " + firstYear + "–" + lastYear);
        }
        if (!Objects.equals(base == null ? null : base.id(), this.base == null ? null : this.base.id())) {
            throw new IllegalArgumentException("Calendar " + id + (this.base == null ? " is not an overlay"
                    : " is an overlay on " + this.base.id()) + ", so it cannot build on " + (base == null ? "no base" : base.id()));
        }
        Builder b = new Builder(id, firstYear, lastYear);
        b.weekend = EnumSet.copyOf(weekend);
        b.resetOrdinary();
        b.notices.addAll(notices);
        Set<Notice> seen = new LinkedHashSet<>();
        if (base != null) {
            b.base = base;
            if (firstYear < ownFirst) {
                requireBaseCovers(id, base, firstYear, ownFirst - 1);
                copyDays(b, base, LocalDate.of(firstYear, 1, 1), LocalDate.of(ownFirst - 1, 12, 31), seen);
            }
            if (lastYear > ownLast) {
                requireBaseCovers(id, base, ownLast + 1, lastYear);
                copyDays(b, base, LocalDate.of(ownLast + 1, 1, 1), LocalDate.of(lastYear, 12, 31), seen);
            }
        }
        copyDays(b, this, coverageStart, coverageEnd, new LinkedHashSet<>());
        seen.removeAll(notices);
        b.notices.addAll(seen);
        return b;
    }

    private static void requireBaseCovers(CalendarId id, WorkingDayCalendar base, int firstYear, int lastYear) {
        for (LocalDate d : new LocalDate[] {LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31)}) {
            if (!base.covers(d)) {
                throw new DateOutOfCoverageException(base.id(), d, base.coverageStart(), base.coverageEnd(),
                        "overlay " + id + " needs its base to cover " + firstYear + "–" + lastYear);
            }
        }
    }

    /** Copies the days {@code from} to {@code to} of {@code source} into the builder, collecting their notices. */
    private static void copyDays(Builder b, WorkingDayCalendar source, LocalDate from, LocalDate to, Set<Notice> seen) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int i = b.index(d);
            DayInfo info = source.describe(d);
            b.kinds[i] = switch (info.kind()) {
                case WORKING_DAY -> KIND_WORKING;
                case WEEKEND -> KIND_WEEKEND;
                case HOLIDAY -> KIND_HOLIDAY;
                case MAKEUP_WORKING_DAY -> KIND_MAKEUP;
            };
            b.names[i] = info.holiday().orElse(null);
            b.declaredBy[i] = info.notice().orElse(null);
            info.notice().ifPresent(seen::add);
        }
    }

    /**
     * This overlay on a base calendar that has grown since (the same id, with years added): the
     * same days, answering beyond its years through the new base.
     *
     * @throws IllegalArgumentException if the new base's days for this overlay's years differ
     *                                  from the old one's (an amendment changed them: the overlay
     *                                  was built on days that no longer hold)
     */
    ImmutableWorkingDayCalendar withBase(WorkingDayCalendar newBase) {
        for (LocalDate d = coverageStart; !d.isAfter(coverageEnd); d = d.plusDays(1)) {
            if (!newBase.covers(d) || !newBase.describe(d).equals(base.describe(d))) {
                throw new IllegalArgumentException("overlay " + id + ", loaded before, builds on " + base.id()
                        + "'s days for " + d.getYear() + ", and " + d + " is not the same in the new " + base.id()
                        + ": load " + base.id() + "'s files before " + id + "'s");
            }
        }
        Builder b = toBuilder(startYear, startYear + years - 1, newBase);
        return b.build();
    }

    // ----------------------------------------------------------------------------------------

    @Override
    public CalendarId id() {
        return id;
    }

    /** The calendar this one is an overlay on, such as {@code CN} for {@code CN-XJ}; empty for a base calendar. */
    public Optional<CalendarId> baseId() {
        return base == null ? Optional.empty() : Optional.of(base.id());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The view is built with the calendar and shared by every caller (it is immutable).
     */
    @Override
    public ProvisionalCalendar provisional() {
        return provisional;
    }

    /** The base calendar of an overlay, or null: its provisional view answers outside the overlay's years. */
    WorkingDayCalendar baseCalendar() {
        return base;
    }

    @Override
    public LocalDate coverageStart() {
        return coverageStart;
    }

    @Override
    public LocalDate coverageEnd() {
        return coverageEnd;
    }

    /** The first covered year. */
    public Year firstYear() {
        return Year.of(startYear);
    }

    /** The last covered year. */
    public Year lastYear() {
        return Year.of(startYear + years - 1);
    }

    /** The days of the week that are off unless a notice says otherwise (Saturday and Sunday in China). */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /**
     * The notices this calendar's days were declared by (for an overlay: the base's and its
     * own), in the order they were applied: an amendment comes after the notice it amends and
     * wins for the days it names from its effective date.
     */
    public List<Notice> notices() {
        return notices;
    }

    /**
     * The notices in force on a date: those whose {@linkplain Notice#effective() effective date}
     * is on or before it, in the order they were applied. On 2020-01-26 the 2020 extension
     * notice was not yet in force (from 2020-01-27), so Saturday 2020-02-01 was still a makeup
     * working day as far as anyone then knew.
     */
    public List<Notice> noticesInForce(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return notices.stream().filter(n -> !n.effective().isAfter(on)).toList();
    }

    /** The notices that arrange the given year, in the order they were applied (the yearly notice, then amendments). */
    public List<Notice> notices(int year) {
        return notices.stream().filter(n -> n.year() == year).toList();
    }

    @Override
    public boolean covers(LocalDate date) {
        int yi = date.getYear() - startYear;
        return yi >= 0 && yi < years;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        // As in countWorkingDays: a month outside the coverage lies outside the table.
        int[] bits = fastMonthBits;
        try {
            return (bits[Math.multiplyExact(date.getYear(), 16) + date.getMonthValue() - monthOrigin]
                    >>> (date.getDayOfMonth() - 1) & 1) != 0;
        } catch (ArrayIndexOutOfBoundsException | ArithmeticException outside) {
            int yi = date.getYear() - startYear;
            if (Integer.compareUnsigned(yi, years) >= 0) {
                throw outOfCoverage(date, null);
            }
            return (monthBits[yi * 16 + date.getMonthValue() - 1] >>> (date.getDayOfMonth() - 1) & 1) != 0;
        }
    }

    @Override
    public DayInfo describe(LocalDate date) {
        int slot = slot(date);
        int j = Arrays.binarySearch(declaredSlots, declaredKey(date));
        if (j >= 0) {
            int info = declaredInfo[j];
            int ni = info & 0xFFFF;
            return new DayInfo(date, info < 0 ? DayKind.MAKEUP_WORKING_DAY : DayKind.HOLIDAY,
                    ni == 0 ? Optional.empty() : Optional.of(names[ni - 1]),
                    Optional.of(notices.get((info >>> 16) & 0x7FFF)));
        }
        return DayInfo.ordinary(date, rank[slot] != rank[slot - 1] ? DayKind.WORKING_DAY : DayKind.WEEKEND);
    }

    @Override
    public LocalDate next(LocalDate date) {
        int k = rank[slot(date)];
        if (k >= workingDates.length) {
            throw outOfCoverage(coverageEnd.plusDays(1), "no working day after " + date + " within the data");
        }
        return workingDates[k];
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
        int slot = slot(date);
        int k = rank[slot - 1];
        if (rank[slot] != k) {
            return date;
        }
        if (k >= workingDates.length) {
            throw outOfCoverage(coverageEnd.plusDays(1), "no working day on or after " + date + " within the data");
        }
        return workingDates[k];
    }

    @Override
    public LocalDate previous(LocalDate date) {
        int k = rank[slot(date) - 1] - 1;
        if (k < 0) {
            throw outOfCoverage(coverageStart.minusDays(1), "no working day before " + date + " within the data");
        }
        return workingDates[k];
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
        int slot = slot(date);
        int k = rank[slot] - 1;
        if (rank[slot - 1] == k) {
            return date;
        }
        if (k < 0) {
            throw outOfCoverage(coverageStart.minusDays(1), "no working day on or before " + date + " within the data");
        }
        return workingDates[k];
    }

    @Override
    public LocalDate shift(LocalDate date, int workingDays) {
        int slot = slot(date);
        int upTo = rank[slot];
        long k;
        if (workingDays > 0) {
            k = (long) upTo + workingDays - 1;
        } else if (workingDays < 0) {
            k = (long) rank[slot - 1] + workingDays;
        } else {
            int before = rank[slot - 1];
            if (upTo != before) {
                return date;
            }
            k = before;
        }
        if (k < 0 || k >= workingDates.length) {
            throw outOfCoverage(k < 0 ? coverageStart.minusDays(1) : coverageEnd.plusDays(1),
                    "cannot shift " + date + " by " + workingDays + " working days: the result lies "
                            + (k < 0 ? "before" : "after") + " the data");
        }
        return workingDates[(int) k];
    }

    @Override
    public int countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
        // The slots without a coverage check: a date outside the coverage has its slot outside
        // the table (see countOrigin), and then the read throws. The slots before the origin is
        // taken off are computed in 64 bits, exactly, and used only when they fit an int, so
        // that a far year (beyond 4,194,303, or before year 0) cannot wrap round into the table.
        char[] r = countRank;
        int origin = countOrigin;
        long a = ((long) startExclusive.getYear() << 9) + ((long) startExclusive.getMonthValue() << 5)
                + startExclusive.getDayOfMonth();
        long b = ((long) endInclusive.getYear() << 9) + ((long) endInclusive.getMonthValue() << 5)
                + endInclusive.getDayOfMonth();
        try {
            if (b >= a) {
                if (a >= 0 && b <= Integer.MAX_VALUE) {
                    return r[(int) b - origin] - r[(int) a - origin];
                }
            } else if (b >= 0 && a <= Integer.MAX_VALUE) {
                // mirrored: minus the working days in [end, start)
                return r[(int) b - origin - 1] - r[(int) a - origin - 1];
            }
        } catch (ArrayIndexOutOfBoundsException outside) {
            // a date outside the coverage: the checked path names it
        }
        return countChecked(startExclusive, endInclusive);
    }

    /** {@link #countWorkingDays} with explicit coverage checks: throws naming the uncovered date. */
    private int countChecked(LocalDate startExclusive, LocalDate endInclusive) {
        int a = slot(startExclusive);
        int b = slot(endInclusive);
        return b >= a ? rank[b] - rank[a] : rank[b - 1] - rank[a - 1];
    }

    @Override
    public Stream<LocalDate> workingDays(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("Range end " + endExclusive + " is before its start " + startInclusive);
        }
        if (startInclusive.equals(endExclusive)) {
            return Stream.empty();
        }
        int from = rank[slot(startInclusive) - 1];
        int to = rank[slot(endExclusive.minusDays(1))];
        return IntStream.range(from, to).mapToObj(k -> workingDates[k]);
    }

    /**
     * The number of working days in a covered year.
     *
     * @throws DateOutOfCoverageException if the year is not covered
     */
    public int workingDaysInYear(int year) {
        int yi = year - startYear;
        if (yi < 0 || yi >= years) {
            throw outOfCoverage(LocalDate.of(year, 1, 1), null);
        }
        return rank[(yi << 9) + 11 * 32 + 31] - rank[yi << 9];
    }

    /** The number of working days in the whole coverage. */
    public int workingDaysInCoverage() {
        return workingDates.length;
    }

    /** The date's slot in {@link #rank}, from 1; throws if the date is not covered. */
    private int slot(LocalDate date) {
        int yi = date.getYear() - startYear;
        if (Integer.compareUnsigned(yi, years) >= 0) {
            throw outOfCoverage(date, null);
        }
        return (yi << 9) + ((date.getMonthValue() - 1) << 5) + date.getDayOfMonth();
    }

    /** A covered date's key in {@link #declaredSlots}: 32 per month, so that keys fit {@code char}s. */
    private char declaredKey(LocalDate date) {
        return (char) (((date.getYear() - startYear) * 12 + date.getMonthValue() - 1) * 32 + date.getDayOfMonth());
    }

    /**
     * The memory this calendar holds, in bytes, computed by arithmetic on a 64-bit HotSpot JVM
     * with compressed references (the default below 32 GiB of heap): 12-byte object headers,
     * 16-byte array headers, 4-byte references, every object rounded up to 8 bytes. Counts
     * this object, every array it owns, the cached {@code LocalDate}s of the working days, the
     * label records and their holiday names; the notices' strings are counted too, although
     * they are shared with the loaded data.
     */
    public long estimatedFootprintBytes() {
        long total = align(12 + 4 * 4 + 15 * 4); // this object: four ints, fifteen references (the base is shared)
        // the provisional view: six references, two CalendarAnswers (shared value, id and empty list), two dates
        total += align(12 + 6 * 4) + 2 * align(12 + 3 * 4) + 2 * align(12 + 4 + 2 + 2);
        total += array(rank.length, 2) + array(monthBits.length, 4);
        total += array(workingDates.length, 4) + workingDates.length * align(12 + 4 + 2 + 2);
        total += array(declaredSlots.length, 2) + array(declaredInfo.length, 4);
        total += array(names.length, 4);
        for (HolidayName name : names) {
            total += align(12 + 4 + 4) + string(name.chinese()) + string(name.english());
        }
        total += align(12 + 4) + array(notices.size(), 4); // the notices list
        for (Notice n : notices) {
            total += align(12 + 4 + 7 * 4) + string(n.key()) + string(n.number()) + string(n.title())
                    + n.source().map(src -> align(12 + 4) + string(src)).orElse(0L)
                    + n.issued().map(d -> align(12 + 4) + align(12 + 4 + 2 + 2)).orElse(0L)
                    + align(12 + 4 + 2 + 2) + n.amends().map(k -> align(12 + 4) + string(k)).orElse(0L);
        }
        total += 2 * align(12 + 4 + 2 + 2) + align(12 + 4) + array(weekend.size(), 4) + align(12 + 4 + 4);
        return total;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    private static long array(int length, int elementBytes) {
        return align(16 + (long) length * elementBytes);
    }

    private static long string(String s) {
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        return align(12 + 4 + 4 + 1 + 1) + array(s.length() * (latin1 ? 1 : 2), 1);
    }

    private DateOutOfCoverageException outOfCoverage(LocalDate date, String operation) {
        return new DateOutOfCoverageException(id, date, coverageStart, coverageEnd, operation);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ImmutableWorkingDayCalendar other && id.equals(other.id)
                && startYear == other.startYear && years == other.years
                && Arrays.equals(rank, other.rank)
                && Arrays.equals(declaredSlots, other.declaredSlots)
                && Arrays.equals(declaredInfo, other.declaredInfo)
                && Arrays.equals(names, other.names) && notices.equals(other.notices);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(rank);
    }

    /** {@code "CN[2020-01-01 to 2026-12-31]"}. */
    @Override
    public String toString() {
        return id + "[" + coverageStart + " to " + coverageEnd + "]";
    }

    // ----------------------------------------------------------------------------------------

    /**
     * Builds an {@link ImmutableWorkingDayCalendar}. Declarations apply in call order: a later
     * declaration for the same day replaces an earlier one (as an amending notice does).
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final CalendarId id;
        private WorkingDayCalendar base;
        private final int firstYear;
        private final int lastYear;
        private final LocalDate first;
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final List<Notice> notices = new ArrayList<>();
        private final byte[] kinds;
        private final HolidayName[] names;
        private final Notice[] declaredBy;

        private Builder(CalendarId id, int firstYear, int lastYear) {
            this.id = Objects.requireNonNull(id, "id");
            if (lastYear < firstYear || lastYear - firstYear >= MAX_YEARS
                    || firstYear < Year.MIN_VALUE || lastYear > Year.MAX_VALUE) {
                throw new IllegalArgumentException("Calendar " + id + " must cover 1 to " + MAX_YEARS
                        + " whole years, but was " + firstYear + "–" + lastYear);
            }
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.first = LocalDate.of(firstYear, 1, 1);
            int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay() + 1);
            this.kinds = new byte[days];
            this.names = new HolidayName[days];
            this.declaredBy = new Notice[days];
            resetOrdinary();
        }

        private void resetOrdinary() {
            for (int i = 0; i < kinds.length; i++) {
                if (declaredBy[i] == null) {
                    kinds[i] = weekend.contains(first.plusDays(i).getDayOfWeek()) ? KIND_WEEKEND : KIND_WORKING;
                }
            }
        }

        /**
         * Sets the days of the week that are off unless a notice says otherwise. Call it before
         * declaring days.
         *
         * @throws IllegalStateException    if days were already declared
         * @throws IllegalArgumentException if the weekend is all seven days of the week
         */
        public Builder weekend(Set<DayOfWeek> weekendDays) {
            Objects.requireNonNull(weekendDays, "weekendDays");
            if (Arrays.stream(declaredBy).anyMatch(Objects::nonNull)) {
                throw new IllegalStateException("Set the weekend of calendar " + id + " before declaring days");
            }
            if (weekendDays.size() == DayOfWeek.values().length) {
                throw new IllegalArgumentException("The weekend of calendar " + id + " cannot be all seven days of the"
                        + " week: a calendar needs working days");
            }
            this.weekend = weekendDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekendDays);
            resetOrdinary();
            return this;
        }

        /** Whether the date is an ordinary weekend day of this calendar. */
        public boolean isWeekend(LocalDate date) {
            return weekend.contains(date.getDayOfWeek());
        }

        /** The kind the date has so far. */
        public DayKind kind(LocalDate date) {
            return KINDS[kinds[index(date)]];
        }

        /** The notice that declared the date so far, if any. */
        public Optional<Notice> declaredBy(LocalDate date) {
            return Optional.ofNullable(declaredBy[index(date)]);
        }

        /** Records a notice; days are declared with it afterwards. */
        public Builder notice(Notice notice) {
            Objects.requireNonNull(notice, "notice");
            if (!notices.contains(notice)) {
                notices.add(notice);
            }
            return this;
        }

        /**
         * Declares the date an off day (放假) of the named holiday.
         *
         * @throws DateOutOfCoverageException if the date is not within the years built
         */
        public Builder offDay(LocalDate date, HolidayName name, Notice notice) {
            Objects.requireNonNull(name, "name");
            return set(date, KIND_HOLIDAY, name, notice);
        }

        /**
         * Declares the date a makeup working day (调休上班), made up for the named holiday if given.
         *
         * @throws IllegalArgumentException   if the date is not an ordinary weekend day of this calendar:
         *                                    a weekday, or a day declared off so far (cancel the off day
         *                                    first, {@link #cancelOffDay})
         * @throws DateOutOfCoverageException if the date is not within the years built
         */
        public Builder makeupWorkingDay(LocalDate date, Optional<HolidayName> name, Notice notice) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
            if (!isWeekend(date)) {
                throw new IllegalArgumentException("Makeup working day " + date + " is a " + date.getDayOfWeek()
                        + "; only weekend days " + weekend + " can be makeup working days");
            }
            int i = index(date);
            if (kinds[i] == KIND_HOLIDAY) {
                throw new IllegalArgumentException("Makeup working day " + date + " is an off day ("
                        + (names[i] == null ? "" : names[i] + ", ") + "declared by " + declaredBy[i]
                        + "); a makeup working day is an ordinary weekend day made a working day: cancel the off day"
                        + " first (cancel-off " + date + ")");
            }
            return set(date, KIND_MAKEUP, name.orElse(null), notice);
        }

        /**
         * Cancels an off day: the date becomes an ordinary working day or weekend day again.
         *
         * @throws IllegalArgumentException if the date is not an off day so far
         */
        public Builder cancelOffDay(LocalDate date, Notice notice) {
            if (kind(date) != DayKind.HOLIDAY) {
                throw new IllegalArgumentException("Cannot cancel off day " + date + ": it is a " + kind(date)
                        + " in calendar " + id + ", not an off day");
            }
            return cancel(date, notice);
        }

        /**
         * Cancels a makeup working day: the weekend day is off again.
         *
         * @throws IllegalArgumentException if the date is not a makeup working day so far
         */
        public Builder cancelMakeupWorkingDay(LocalDate date, Notice notice) {
            if (kind(date) != DayKind.MAKEUP_WORKING_DAY) {
                throw new IllegalArgumentException("Cannot cancel makeup working day " + date + ": it is a "
                        + kind(date) + " in calendar " + id + ", not a makeup working day");
            }
            return cancel(date, notice);
        }

        private Builder cancel(LocalDate date, Notice notice) {
            Objects.requireNonNull(notice, "notice");
            notice(notice);
            int i = index(date);
            declaredBy[i] = null;
            names[i] = null;
            kinds[i] = isWeekend(date) ? KIND_WEEKEND : KIND_WORKING;
            return this;
        }

        private Builder set(LocalDate date, byte kind, HolidayName name, Notice notice) {
            Objects.requireNonNull(notice, "notice");
            notice(notice);
            int i = index(date);
            kinds[i] = kind;
            names[i] = name;
            declaredBy[i] = notice;
            return this;
        }

        private int index(LocalDate date) {
            Objects.requireNonNull(date, "date");
            long i = date.toEpochDay() - first.toEpochDay();
            if (i < 0 || i >= kinds.length) {
                throw new DateOutOfCoverageException(id, date, first, LocalDate.of(lastYear, 12, 31),
                        "the calendar being built covers " + firstYear + "–" + lastYear);
            }
            return (int) i;
        }

        /** Builds the calendar. */
        public ImmutableWorkingDayCalendar build() {
            return new ImmutableWorkingDayCalendar(this);
        }
    }
}
