package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.CaseStatus;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Rate;
import io.github.govrules.core.io.ServiceCenters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gov stats CASES... [--month YYYY-MM | --from DATE --to DATE]}: the monthly report (报表)
 * of a set of cases: the indicators of the period with the previous period beside each figure,
 * broken down by department, window, item and month, and the on-time distribution; as text,
 * JSON, CSV, or an HTML report with charts ({@code --html FILE}).
 *
 * <p>CASES are JSON files holding one case or an array of cases, or folders of them. They are
 * read one at a time (memory does not grow with their number: a million cases fit in a 256 MB
 * heap). Errors name the file, line and column in the original file; with {@code --keep-going}
 * every bad case is named on stderr, the rest are counted, and the exit status is 1. The period
 * is {@code --from} to {@code --to}, both inclusive; by default, from the first to the last event
 * in the cases (which takes a first pass over them). Voided cases (作废) count in no indicator and
 * revoked ones (撤销) count as completed (see gov-core's Indicators); when there are any, a last
 * line names them.
 *
 * @since 0.1.0
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"The monthly report of a set of cases: indicators with the previous period beside them, by department,"
            + " window, item and month; text, JSON, CSV or an HTML report with charts.",
            "Cases are read one at a time: millions fit in a small heap."})
public final class StatsCommand implements Callable<Integer> {

    /** Side-exit case numbers named at most, each kind. */
    static final int NAMED_AT_MOST = 20;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASES", arity = "0..*",
            description = "Files holding a case or a JSON array of cases, or folders of them.")
    List<Path> casePaths = new ArrayList<>();

    @Option(names = "--cases", paramLabel = "FILE|DIR", description = "The same as a CASES argument (repeatable).")
    List<Path> casesFiles = new ArrayList<>();

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The period: one calendar month (the previous month beside it).")
    String month;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (inclusive). Default: the first event.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (inclusive). Default: the last event.")
    String to;

    @Option(names = "--catalog", paramLabel = "FILE.yaml",
            description = "The item catalog the cases refer to. Default: the bundled example catalog.")
    Path catalogFile;

    @Option(names = "--center", paramLabel = "FILE.yaml",
            description = "The service center whose windows the staff work at (for the window breakdown). Default: the bundled example.")
    Path centerFile;

    @Option(names = "--calendar", defaultValue = "CN", paramLabel = "ID",
            description = "Calendar for promised due dates. Default: ${DEFAULT-VALUE}.")
    String calendarId;

    @Option(names = "--keep-going", description = "Name every bad case on stderr and count the rest (exit status 1 if any was bad).")
    boolean keepGoing;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write the report as an HTML page with charts (works offline).")
    Path html;

    @Option(names = "--no-progress", description = "No progress bar (one is drawn on stderr only when a terminal is attached).")
    boolean noProgress;

    @Mixin
    FormatOption formatOption;

    /** Creates the command (picocli instantiates it). */
    public StatsCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        List<Path> inputs = new ArrayList<>(casesFiles);
        inputs.addAll(casePaths);
        if (inputs.isEmpty()) {
            throw new CliInputException("--cases: missing; give the cases: gov stats FILE|DIR...");
        }
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        long[] bad = new long[1];
        CaseSource source = new CaseSource(inputs, "--cases", keepGoing, e -> {
            bad[0]++;
            err.println(name + ": " + GovCli.oneLine(e.getMessage()));
            err.flush();
        });
        List<Path> files = source.files();
        Catalog catalog = CliFiles.readCatalog(catalogFile, "--catalog");
        ServiceCenter center = centerFile == null ? ServiceCenters.example()
                : ServiceCenters.load(CliFiles.requireFile(centerFile, "--center"));
        WorkingDayCalendar calendar = CliCalendars.resolve(calendarId);
        LocalDate start;
        LocalDate end;
        if (month != null) {
            if (from != null || to != null) {
                throw new CliInputException("--month: cannot be combined with --from or --to");
            }
            YearMonth ym = parseMonth(month);
            start = ym.atDay(1);
            end = ym.atEndOfMonth();
        } else {
            LocalDate[] period = from == null || to == null ? firstAndLastEvent(source, files, err) : null;
            start = from == null ? period[0] : CliDates.parse(from, "--from");
            end = to == null ? period[1] : CliDates.parse(to, "--to");
        }
        if (end.isBefore(start)) {
            throw new CliInputException("--to: " + end + " is before --from " + start);
        }
        bad[0] = 0;
        StatsReport report = new StatsReport(catalog, center, calendar, start, end.plusDays(1));
        Progress progress = new Progress(err, CaseSource.totalBytes(files), !noProgress && Progress.terminal());
        LongHashSet seen = new LongHashSet();
        source.withProgress(bytes -> progress.update(bytes, report.cases()));
        try {
            source.forEach(files, c -> {
                try {
                    // with the calendar: a case that passes never makes the indicators refuse its clock
                    CheckCommand.checkAgainstCatalog(c.aCase(), catalog, calendar, c.where());
                    if (!seen.add(LongHashSet.hash(c.aCase().number()))) {
                        throw new CliInputException("--cases: " + c.where() + " is a case already read from "
                                + firstPlace(inputs, c) + ": a case counts once; keep only its latest file");
                    }
                    report.add(c);
                } catch (CliInputException e) {
                    if (!keepGoing) {
                        throw e;
                    }
                    bad[0]++;
                    err.println(name + ": " + GovCli.oneLine(e.getMessage()));
                    err.flush();
                }
            });
        } finally {
            progress.finish();
        }
        if (report.cases() == 0) {
            throw new CliInputException("--cases: " + String.join(", ", inputs.stream().map(Path::toString).toList())
                    + " holds no " + (bad[0] > 0 ? "good " : "") + "cases");
        }
        PrintWriter out = spec.commandLine().getOut();
        String read = report.cases() + " cases read from " + String.join(", ", inputs.stream().map(Path::toString).toList())
                + (bad[0] > 0 ? " (" + bad[0] + " bad ones left out)" : "") + ", calendar " + calendar.id();
        switch (formatOption.format) {
            case TEXT -> StatsOutput.text(out, report, read, Texts.of(spec));
            case JSON -> CliJson.print(out, StatsOutput.json(report, bad[0]));
            case CSV -> StatsOutput.csv(out, report);
        }
        if (html != null) {
            StatsHtml.write(html, report, read, Texts.of(spec));
        }
        if (bad[0] > 0) {
            out.flush();
            err.println(name + ": " + bad[0] + " bad cases left out (named above); " + report.cases() + " counted");
            return GovCli.EXIT_PROBLEMS;
        }
        return GovCli.EXIT_OK;
    }

    /** Where the case with the same number as {@code dup} was first read (a second pass, only on this error). */
    private String firstPlace(List<Path> inputs, CaseSource.Sourced dup) {
        String number = dup.aCase().number();
        String[] first = new String[1];
        try {
            CaseSource again = new CaseSource(inputs, "--cases", true, e -> { });
            again.forEach(again.files(), c -> {
                if (first[0] == null && c.aCase().number().equals(number)) {
                    first[0] = c.where();
                    throw new FoundIt();
                }
            });
        } catch (FoundIt found) {
            return first[0];
        }
        return "an earlier file";
    }

    private static final class FoundIt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FoundIt() {
            super(null, null, false, false);
        }
    }

    /** The first and last event days of the counted cases (all but the voided, or all when every one was voided). */
    private LocalDate[] firstAndLastEvent(CaseSource source, List<Path> files, PrintWriter err) {
        LocalDateTime[] counted = new LocalDateTime[2];
        LocalDateTime[] all = new LocalDateTime[2];
        Progress progress = new Progress(err, CaseSource.totalBytes(files), !noProgress && Progress.terminal());
        long[] n = new long[1];
        source.withProgress(bytes -> progress.update(bytes, n[0]));
        try {
            source.forEach(files, c -> {
                n[0]++;
                boolean voided = c.aCase().status().state() == CaseState.VOIDED;
                for (CaseEvent e : c.aCase().events()) {
                    widen(all, e.at());
                    if (!voided) {
                        widen(counted, e.at());
                    }
                }
            });
        } finally {
            progress.finish();
        }
        LocalDateTime[] use = counted[0] != null ? counted : all;
        if (use[0] == null) {
            throw new CliInputException("--cases: no case has any event; give --from and --to");
        }
        return new LocalDate[] {use[0].toLocalDate(), use[1].toLocalDate()};
    }

    private static void widen(LocalDateTime[] range, LocalDateTime at) {
        if (range[0] == null || at.isBefore(range[0])) {
            range[0] = at;
        }
        if (range[1] == null || at.isAfter(range[1])) {
            range[1] = at;
        }
    }

    /** {@code 2025-10}, {@code 2025/10}, {@code 202510} or {@code 2025年10月}. */
    static YearMonth parseMonth(String text) {
        String s = text.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:[-/.年]?)(\\d{1,2})月?").matcher(s);
        if (m.matches()) {
            int mm = Integer.parseInt(m.group(2));
            if (mm >= 1 && mm <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(1)), mm);
            }
        }
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw new CliInputException("--month: '" + text + "' is not a month of the form YYYY-MM (also 2025/10, 202510,"
                    + " 2025年10月)", e);
        }
    }

    /**
     * Names the cases of the period the side exits treat specially, when there are any: voided
     * cases (作废) with an event in the period, which every indicator leaves out; revoked cases
     * (撤销) completed in the period, which still count as completed there.
     */
    static void printSideExits(PrintWriter out, List<Case> cases, LocalDate start, LocalDate endExclusive) {
        StatsReport.SideExits exits = new StatsReport.SideExits();
        for (Case c : cases) {
            exits.add(c, start, endExclusive);
        }
        exits.print(out);
    }

    /** Prints a report, one indicator per line: English name, value, Chinese name. */
    static void print(PrintWriter out, IndicatorReport r) {
        print(out, r, Texts.of(Texts.Lang.EN));
    }

    /** Prints a report, one indicator per line: in English name, value, Chinese name; in Chinese name and value. */
    static void print(PrintWriter out, IndicatorReport r, Texts texts) {
        TextTable t = new TextTable(false, true, false);
        for (Map.Entry<String, String[]> e : StatsOutput.NAMES.entrySet()) {
            if (texts.isChinese()) {
                t.row(e.getValue()[1], StatsOutput.value(e.getKey(), r));
            } else {
                t.row(e.getValue()[0], StatsOutput.value(e.getKey(), r), e.getValue()[1]);
            }
        }
        t.print(out, "  ");
    }

    static boolean in(LocalDateTime at, LocalDate start, LocalDate endExclusive) {
        LocalDate d = at.toLocalDate();
        return !d.isBefore(start) && d.isBefore(endExclusive);
    }

    /** "3/4 (75.0%)" or "n/a". */
    static String rate(Rate r) {
        return r.toString();
    }

    static String visits(Rate visits) {
        return visits.denominator() == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) visits.numerator() / visits.denominator(),
                        visits.numerator(), visits.denominator());
    }

    static boolean isVoided(CaseStatus s) {
        return s.state() == CaseState.VOIDED;
    }
}
