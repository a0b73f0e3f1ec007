package io.github.govrules.calendar.internal;

import io.github.govrules.calendar.CalendarFormatException;
import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.HolidayName;
import io.github.govrules.calendar.ImmutableWorkingDayCalendar;
import io.github.govrules.calendar.Notice;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the library's calendar data format (see the module README, "Data file format").
 * Every problem fails the read with a {@link CalendarFormatException} naming file, line and
 * reason. Not part of the API.
 */
public final class CalendarFileReader {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\.\\.(\\d{4}))?");
    private static final Pattern DAYS = Pattern.compile("(\\S+?)(?:\\.\\.(\\S+))?");

    private final String file;
    private final Function<CalendarId, Optional<WorkingDayCalendar>> bases;

    private int lineNo;
    private CalendarId id;
    private Optional<CalendarId> baseId = Optional.empty();
    private int firstYear;
    private int lastYear;
    private Set<DayOfWeek> weekend;
    private ImmutableWorkingDayCalendar.Builder builder;
    /** The notices by key: the loaded calendar's own (when the file adds years to it), then this file's. */
    private final Map<String, Notice> notices = new HashMap<>();
    /** This file's notices. */
    private final List<Notice> fileNotices = new ArrayList<>();
    /** The loaded calendar of the file's id, to which the file adds years, or null. */
    private ImmutableWorkingDayCalendar existing;
    /** Per header keyword (name, base, weekend, years): the line that gave it. */
    private final Map<String, Integer> headerLines = new HashMap<>();
    /** The notice being declared: its attributes until the first day line. */
    private NoticeDraft draft;
    private Notice current;
    /** Per date: the line and notice key that last declared it in this file. */
    private final Map<LocalDate, Integer> declaredLine = new HashMap<>();
    private final Map<LocalDate, String> declaredKey = new HashMap<>();
    private final Map<LocalDate, String> declaredKeyword = new HashMap<>();

    private CalendarFileReader(String file, Function<CalendarId, Optional<WorkingDayCalendar>> bases) {
        this.file = file;
        this.bases = bases;
    }

    /**
     * Reads a calendar from the lines of a file.
     *
     * @param file  the file name for messages
     * @param lines the lines
     * @param bases finds the base calendar of an overlay by id
     * @throws CalendarFormatException if the file is malformed
     */
    public static ImmutableWorkingDayCalendar read(String file, List<String> lines,
                                                   Function<CalendarId, Optional<WorkingDayCalendar>> bases) {
        return new CalendarFileReader(file, bases).read(lines);
    }

    private ImmutableWorkingDayCalendar read(List<String> lines) {
        for (String raw : lines) {
            lineNo++;
            int bad = Utf8Text.firstNonText(raw);
            if (bad >= 0) {
                throw error("column " + Utf8Text.column(raw, bad) + ": " + Utf8Text.nonTextProblem(raw, bad)
                        + "; a calendar file holds printable text only");
            }
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            line = line.strip();
            int sp = indexOfSpace(line);
            String keyword = sp < 0 ? line : line.substring(0, sp);
            String rest = sp < 0 ? "" : line.substring(sp).strip();
            try {
                if (indented) {
                    noticeAttribute(keyword, rest);
                } else {
                    statement(keyword, rest);
                }
            } catch (CalendarFormatException e) {
                throw e;
            } catch (IllegalArgumentException | DateOutOfCoverageException e) {
                throw error(e.getMessage());
            }
        }
        lineNo = 0;
        if (id == null) {
            throw error("empty file: expected a first line 'calendar <id>', such as 'calendar CN'");
        }
        if (!headerLines.containsKey("years")) {
            throw error("calendar " + id + " declares no 'years' line, such as 'years 2020..2026'");
        }
        if (builder == null) {
            lineNo = headerLines.get("years");
            throw error("calendar " + id + " declares no notice: its days come from its notices (a year is never"
                    + " assumed to have no holidays); add a 'notice <key>' block followed by the days it declares");
        }
        finishDraft();
        requireNoticePerYear();
        return builder.build();
    }

    /**
     * Every year of the {@code years} line needs a notice of this file that arranges it: a year
     * is never assumed to have no holidays (nor, in an overlay, to have no regional days).
     */
    private void requireNoticePerYear() {
        for (int year = firstYear; year <= lastYear; year++) {
            final int y = year;
            if (fileNotices.stream().noneMatch(n -> n.year() == y)) {
                lineNo = headerLines.get("years");
                throw error("'years' " + firstYear + (lastYear > firstYear ? ".." + lastYear : "") + " includes " + year
                        + ", but no notice of this file arranges " + year + ": a year is never assumed to have no holidays"
                        + (baseId.isPresent() ? " (nor an overlay's year to be its base's); add the region's notice for "
                        + year + ", with no day lines if it declares no days of its own," : "; add the notice for " + year)
                        + " or leave " + year + " out of 'years'");
            }
        }
    }

    private void statement(String keyword, String rest) {
        if (id == null && !keyword.equals("calendar")) {
            throw error("expected 'calendar <id>' as the first line, but found '" + keyword + "'");
        }
        switch (keyword) {
            case "calendar" -> {
                if (id != null) {
                    throw error("a file declares one calendar; found a second 'calendar' line");
                }
                id = CalendarId.parse(single(keyword, rest));
                Optional<WorkingDayCalendar> loaded = bases.apply(id);
                if (loaded.isPresent()) {
                    if (!(loaded.get() instanceof ImmutableWorkingDayCalendar data)) {
                        throw error("calendar " + id + " is already loaded, and not from a data file: a file cannot add"
                                + " years to it");
                    }
                    existing = data;
                }
            }
            case "name" -> {
                single(keyword, rest);
                requireOnce(keyword);
            }
            case "base" -> {
                requireHeader(keyword);
                requireOnce(keyword);
                baseId = Optional.of(CalendarId.parse(single(keyword, rest)));
                if (weekend != null) {
                    lineNo = headerLines.get("weekend");
                    throw error(weekendOfOverlay());
                }
            }
            case "weekend" -> {
                requireHeader(keyword);
                requireOnce(keyword);
                if (baseId.isPresent()) {
                    throw error(weekendOfOverlay());
                }
                weekend = EnumSet.noneOf(DayOfWeek.class);
                for (String day : rest.split("\\s+")) {
                    DayOfWeek dow;
                    try {
                        dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw error("unknown day of week '" + day + "' in 'weekend': expected names such as SATURDAY SUNDAY");
                    }
                    if (!weekend.add(dow)) {
                        throw error("'weekend' names " + dow + " twice");
                    }
                }
                if (weekend.size() == DayOfWeek.values().length) {
                    throw error("'weekend' names all seven days of the week: a calendar needs working days;"
                            + " name the days that are off every week, such as SATURDAY SUNDAY");
                }
            }
            case "years" -> {
                requireHeader(keyword);
                requireOnce(keyword);
                Matcher m = YEARS.matcher(rest);
                if (!m.matches()) {
                    throw error("'years' needs a year or a range such as 2020..2026, but was '" + rest + "'");
                }
                firstYear = Integer.parseInt(m.group(1));
                lastYear = m.group(2) == null ? firstYear : Integer.parseInt(m.group(2));
                if (lastYear < firstYear) {
                    throw error("'years' range " + rest + " ends before it starts");
                }
            }
            case "notice" -> {
                startBuilder();
                finishDraft();
                String key = single(keyword, rest);
                Notice loaded = notices.get(key);
                if (loaded != null && !fileNotices.contains(loaded)) {
                    throw error("calendar " + id + " already has a notice '" + key + "' (" + loaded + ", for " + loaded.year()
                            + "): give this notice a key of its own (a notice for a year " + id + " covers must amend one"
                            + " of its notices: 'amends " + key + "')");
                }
                if (notices.containsKey(key) || (draft != null && draft.key.equals(key))) {
                    throw error("notice '" + key + "' is declared twice");
                }
                draft = new NoticeDraft(key, lineNo);
                current = null;
            }
            case "off", "work", "cancel-off", "cancel-work" -> dayLine(keyword, rest);
            default -> throw error("unknown keyword '" + keyword
                    + "': expected calendar, name, base, years, weekend, notice, off, work, cancel-off or cancel-work");
        }
    }

    private void requireHeader(String keyword) {
        if (builder != null) {
            throw error("'" + keyword + "' belongs in the header, before the first notice");
        }
    }

    private void requireOnce(String keyword) {
        Integer first = headerLines.putIfAbsent(keyword, lineNo);
        if (first != null) {
            throw error("'" + keyword + "' is given twice (first on line " + first + "); the header gives it once");
        }
    }

    private String weekendOfOverlay() {
        return "an overlay takes the weekend of its base " + baseId.orElseThrow() + "; remove the 'weekend' line";
    }

    private void startBuilder() {
        if (builder != null) {
            return;
        }
        if (!headerLines.containsKey("years")) {
            throw error("calendar " + id + " needs a 'years' line, such as 'years 2020..2026', before its notices");
        }
        if (existing != null) {
            startExtension();
        } else if (baseId.isPresent()) {
            WorkingDayCalendar base = bases.apply(baseId.get()).orElseThrow(() -> error(
                    "overlay " + id + " builds on calendar " + baseId.get() + ", which is not known here;"
                            + " load the base calendar first"));
            builder = ImmutableWorkingDayCalendar.overlay(id, base, firstYear, lastYear);
        } else {
            builder = ImmutableWorkingDayCalendar.builder(id, firstYear, lastYear);
            if (weekend != null) {
                builder.weekend(weekend);
            }
        }
    }

    /**
     * The file names a calendar already loaded: it adds years to it (and may amend its notices).
     * The kind (overlay or not, and on which base) and the weekend must be the loaded calendar's,
     * and the years must join its years without a gap.
     */
    private void startExtension() {
        Optional<CalendarId> had = existing.baseId();
        if (!had.equals(baseId)) {
            lineNo = headerLines.getOrDefault("base", headerLines.get("years"));
            throw error("calendar " + id + " is already loaded " + (had.isPresent() ? "as an overlay on " + had.get()
                    : "as a base calendar") + ", and this file adds years to it: " + (had.isPresent()
                    ? "it needs 'base " + had.get() + "'" : "remove the 'base' line"));
        }
        if (weekend != null && !weekend.equals(existing.weekend())) {
            lineNo = headerLines.get("weekend");
            throw error("calendar " + id + " is already loaded with the weekend " + new java.util.TreeSet<>(existing.weekend())
                    + ", and this file adds years to it: its 'weekend' cannot differ (leave the line out)");
        }
        int loadedFirst = existing.firstYear().getValue();
        int loadedLast = existing.lastYear().getValue();
        if (firstYear > loadedLast + 1 || lastYear < loadedFirst - 1) {
            lineNo = headerLines.get("years");
            int gapFrom = firstYear > loadedLast ? loadedLast + 1 : lastYear + 1;
            int gapTo = firstYear > loadedLast ? firstYear - 1 : loadedFirst - 1;
            throw error("calendar " + id + " is loaded for " + loadedFirst + ".." + loadedLast + ", and 'years' " + firstYear
                    + (lastYear > firstYear ? ".." + lastYear : "") + " would leave " + gapFrom
                    + (gapTo > gapFrom ? ".." + gapTo : "") + " without a notice: add " + (gapTo > gapFrom ? "those years" : "that year")
                    + " first, or in this file");
        }
        WorkingDayCalendar base = null;
        if (baseId.isPresent()) {
            base = bases.apply(baseId.get()).orElseThrow(() -> error("overlay " + id + " builds on calendar "
                    + baseId.get() + ", which is not known here; load the base calendar first"));
        }
        Set<Notice> baseNotices = base instanceof ImmutableWorkingDayCalendar b ? new HashSet<>(b.notices()) : Set.of();
        for (Notice n : existing.notices()) {
            if (!baseNotices.contains(n)) {
                notices.put(n.key(), n);
            }
        }
        for (LocalDate d = existing.coverageStart(); !d.isAfter(existing.coverageEnd()); d = d.plusDays(1)) {
            Optional<Notice> by = existing.describe(d).notice();
            if (by.isPresent() && by.get().equals(notices.get(by.get().key()))) {
                declaredKey.put(d, by.get().key());
                declaredLine.put(d, 0);
            }
        }
        builder = existing.toBuilder(Math.min(firstYear, loadedFirst), Math.max(lastYear, loadedLast), base);
    }

    private void noticeAttribute(String keyword, String rest) {
        if (draft == null) {
            throw error(current == null
                    ? "indented line '" + keyword + "' outside a notice: notice attributes follow a 'notice <key>' line"
                    : "notice attribute '" + keyword + "' after the notice's days: put attributes right below 'notice " + current.key() + "'");
        }
        if (rest.isEmpty()) {
            throw error("notice attribute '" + keyword + "' needs a value");
        }
        switch (keyword) {
            case "year" -> draft.year = parseYear(rest);
            case "number" -> draft.number = rest;
            case "issued" -> draft.issued = parseDate(rest);
            case "effective" -> draft.effective = parseDate(rest);
            case "title" -> draft.title = rest;
            case "source" -> draft.source = rest;
            case "unverified" -> draft.unverified = rest;
            case "amends" -> {
                if (!notices.containsKey(rest)) {
                    throw error("notice '" + draft.key + "' amends '" + rest + "', which is not declared above it");
                }
                draft.amends = rest;
            }
            default -> throw error("unknown notice attribute '" + keyword
                    + "': expected year, number, issued, effective, title, source, amends or unverified");
        }
        if (draft.seen.put(keyword, lineNo) != null) {
            throw error("notice attribute '" + keyword + "' given twice");
        }
    }

    private void finishDraft() {
        if (draft == null) {
            return;
        }
        NoticeDraft d = draft;
        int saved = lineNo;
        lineNo = d.line;
        if (!d.seen.containsKey("issued") && !d.seen.containsKey("effective")) {
            throw error("notice '" + d.key + "' needs an 'issued' or an 'effective' date");
        }
        for (String required : List.of("year", "number", "title")) {
            if (!d.seen.containsKey(required)) {
                throw error("notice '" + d.key + "' lacks its '" + required + "' attribute");
            }
        }
        if (d.year < firstYear || d.year > lastYear) {
            throw error("notice '" + d.key + "' arranges year " + d.year + ", outside the calendar's years "
                    + firstYear + ".." + lastYear);
        }
        Notice notice;
        try {
            notice = new Notice(d.key, d.year, d.number, Optional.ofNullable(d.issued),
                    d.effective == null ? d.issued : d.effective,
                    d.title, Optional.ofNullable(d.source), Optional.ofNullable(d.amends),
                    Optional.ofNullable(d.unverified));
        } catch (IllegalArgumentException e) {
            // for the last notice of a file this runs after the loop: name the notice's line here
            throw error("notice '" + d.key + "': " + e.getMessage());
        }
        if (existing != null && existing.covers(java.time.LocalDate.of(d.year, 1, 1)) && d.amends == null) {
            Notice loaded = existing.notices(d.year).stream().filter(n -> n.equals(notices.get(n.key())))
                    .findFirst().orElse(existing.notices(d.year).isEmpty() ? null : existing.notices(d.year).get(0));
            throw error("calendar " + id + " already covers " + d.year + (loaded == null ? "" : " (notice '" + loaded.key()
                    + "', " + loaded + ")") + ": a notice for a year it covers must amend one of its notices"
                    + (loaded == null ? "" : " (add 'amends " + loaded.key() + "')") + "; a file for a loaded calendar"
                    + " adds the years it does not cover");
        }
        if (d.amends != null) {
            Notice amended = notices.get(d.amends);
            if (notice.effective().isBefore(amended.effective())) {
                throw error("amendment '" + d.key + "' takes effect on " + notice.effective()
                        + ", before the notice it amends ('" + amended.key() + "', " + amended.effective() + ")");
            }
        }
        lineNo = saved;
        notices.put(d.key, notice);
        fileNotices.add(notice);
        builder.notice(notice);
        current = notice;
        draft = null;
    }

    private void dayLine(String keyword, String rest) {
        if (builder == null || (draft == null && current == null)) {
            throw error("'" + keyword + "' line before any notice: every day is declared by a 'notice <key>' block");
        }
        finishDraft();
        int sp = indexOfSpace(rest);
        String dates = sp < 0 ? rest : rest.substring(0, sp);
        String namesText = sp < 0 ? "" : rest.substring(sp).strip();
        if (dates.isEmpty()) {
            throw error("'" + keyword + "' needs a date or a range such as 2025-10-01..2025-10-08");
        }
        Matcher m = DAYS.matcher(dates);
        if (!m.matches()) {
            throw error("bad date range '" + dates + "'");
        }
        LocalDate from = parseDate(m.group(1));
        LocalDate to = m.group(2) == null ? from : parseDate(m.group(2));
        if (to.isBefore(from)) {
            throw error("date range " + dates + " ends before it starts");
        }
        Optional<HolidayName> name = names(keyword, namesText);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getYear() < firstYear || d.getYear() > lastYear) {
                throw error("date " + d + " is outside the calendar's years " + firstYear + ".." + lastYear);
            }
            String previousKey = declaredKey.get(d);
            boolean workAfterCancel = keyword.equals("work") && "cancel-off".equals(declaredKeyword.get(d))
                    && current.key().equals(previousKey);
            if (previousKey != null && !workAfterCancel) {
                if (previousKey.equals(current.key())) {
                    throw error("date " + d + " is declared twice by notice '" + current.key() + "' (first on line "
                            + declaredLine.get(d) + ")");
                }
                if (!amendsChain(current, previousKey)) {
                    throw error("notice '" + current.key() + "' changes " + d + ", declared by notice '" + previousKey
                            + (declaredLine.get(d) == 0 ? "' of the calendar " + id + " loaded before" : "' on line " + declaredLine.get(d))
                            + ", but does not amend it (add 'amends " + previousKey + "')");
                }
            }
            declaredKey.put(d, current.key());
            declaredLine.put(d, lineNo);
            declaredKeyword.put(d, keyword);
            switch (keyword) {
                case "off" -> builder.offDay(d, name.orElseThrow(), current);
                case "work" -> builder.makeupWorkingDay(d, name, current);
                case "cancel-off" -> builder.cancelOffDay(d, current);
                case "cancel-work" -> builder.cancelMakeupWorkingDay(d, current);
                default -> throw new IllegalStateException(keyword);
            }
        }
    }

    private boolean amendsChain(Notice notice, String key) {
        Notice n = notice;
        while (n.amends().isPresent()) {
            if (n.amends().get().equals(key)) {
                return true;
            }
            n = notices.get(n.amends().get());
        }
        return false;
    }

    private Optional<HolidayName> names(String keyword, String text) {
        boolean cancel = keyword.startsWith("cancel");
        if (text.isEmpty()) {
            if (keyword.equals("off")) {
                throw error("'off' needs the holiday's names: '<date> <中文名> | <English name>', such as"
                        + " '2025-10-01 国庆节 | National Day'");
            }
            return Optional.empty();
        }
        if (cancel) {
            throw error("'" + keyword + "' takes only a date or a range, but found '" + text + "' after it");
        }
        int bar = text.indexOf('|');
        if (bar < 0 || text.indexOf('|', bar + 1) >= 0) {
            throw error("holiday names must be '<中文名> | <English name>', but were '" + text + "'");
        }
        String zh = text.substring(0, bar).strip();
        String en = text.substring(bar + 1).strip();
        if (zh.isEmpty() || en.isEmpty()) {
            throw error("holiday names must be '<中文名> | <English name>', both non-empty, but were '" + text + "'");
        }
        return Optional.of(new HolidayName(zh, en));
    }

    private String single(String keyword, String rest) {
        if (rest.isEmpty()) {
            throw error("'" + keyword + "' needs a value");
        }
        if (!keyword.equals("name") && indexOfSpace(rest) >= 0) {
            throw error("'" + keyword + "' takes one value, but found '" + rest + "'");
        }
        return rest;
    }

    private int parseYear(String text) {
        if (!text.matches("\\d{4}")) {
            throw error("expected a year such as 2025, but found '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("'" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /**
     * The line without its comment: a {@code #} at the start of the line or after a space or tab
     * starts one; elsewhere (a URL's {@code #fragment}) it is text.
     */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private CalendarFormatException error(String reason) {
        return new CalendarFormatException(file, lineNo, reason);
    }

    private static final class NoticeDraft {
        final String key;
        final int line;
        final Map<String, Integer> seen = new HashMap<>();
        int year;
        String number;
        LocalDate issued;
        LocalDate effective;
        String title;
        String source;
        String amends;
        String unverified;

        NoticeDraft(String key, int line) {
            this.key = key;
            this.line = line;
        }
    }
}
