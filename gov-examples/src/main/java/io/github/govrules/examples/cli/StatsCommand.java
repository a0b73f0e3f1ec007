package io.github.govrules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.CaseStatus;
import io.github.govrules.core.GovCoreException;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Indicators;
import io.github.govrules.core.indicator.Rate;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gov stats --cases FILE [--from DATE --to DATE]}: the monthly-report indicators for a set
 * of cases.
 *
 * <p>FILE is a JSON array of cases (gov-core case format), or a folder of {@code *.json} case
 * files. Errors name the file, line and column in the original file. The period is
 * {@code --from} to {@code --to}, both inclusive; by default, from the first to the last event in
 * the cases. Voided cases (作废) count in no indicator and revoked ones (撤销) count as completed
 * (see {@link Indicators}); when there are any, a last line names them.
 *
 * @since 0.1.0
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Indicators for a set of cases: immediate, on-time, early, on-site, overdue, satisfaction, complaint rates, average visits.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", required = true, paramLabel = "FILE|DIR",
            description = "A JSON array of cases, or a folder of case JSON files.")
    Path casesFile;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (inclusive). Default: the first event.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (inclusive). Default: the last event.")
    String to;

    @Option(names = "--catalog", paramLabel = "FILE.yaml",
            description = "The item catalog the cases refer to. Default: the bundled example catalog.")
    Path catalogFile;

    @Option(names = "--calendar", defaultValue = "CN", paramLabel = "ID",
            description = "Calendar for promised due dates. Default: ${DEFAULT-VALUE}.")
    String calendarId;

    /** Creates the command (picocli instantiates it). */
    public StatsCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        CliFiles.requireNonEmpty(casesFile.toString(), "--cases");
        List<SourcedCase> read = readSourcedCases(casesFile);
        if (read.isEmpty()) {
            throw new CliInputException("--cases: " + casesFile + " holds no cases");
        }
        Catalog catalog = CliFiles.readCatalog(catalogFile, "--catalog");
        WorkingDayCalendar calendar = CliCalendars.resolve(calendarId);
        for (SourcedCase c : read) {
            // with the calendar: a case that passes never makes the indicators refuse its clock
            CheckCommand.checkAgainstCatalog(c.aCase(), catalog, calendar, c.where());
        }
        java.util.Map<String, String> where = new java.util.HashMap<>();
        for (SourcedCase c : read) {
            String first = where.putIfAbsent(c.aCase().number(), c.where());
            if (first != null) {
                throw new CliInputException("--cases: " + c.where() + " is a case already read from " + first
                        + ": a case counts once; keep only its latest file");
            }
        }
        List<Case> cases = read.stream().map(SourcedCase::aCase).toList();
        List<Case> counted = from == null || to == null ? counted(cases) : cases;
        LocalDate start = from == null ? firstEvent(counted) : DeadlineCommand.parseDate(from, "--from");
        LocalDate end = to == null ? lastEvent(counted) : DeadlineCommand.parseDate(to, "--to");
        if (end.isBefore(start)) {
            throw new CliInputException("--to: " + end + " is before --from " + start);
        }
        LocalDate endExclusive = end.plusDays(1);
        IndicatorReport report;
        try {
            report = Indicators.compute(cases, catalog, calendar, start, endExclusive);
        } catch (RuntimeException e) {
            throw locate(e, read, catalog, calendar, start, endExclusive);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Indicators for " + start + " to " + end + " (inclusive): " + cases.size() + " cases read from "
                + casesFile + ", calendar " + calendar.id());
        print(out, report);
        printSideExits(out, cases, start, endExclusive);
        return GovCli.EXIT_OK;
    }

    /**
     * Names the cases of the period the side exits treat specially, when there are any: voided
     * cases (作废) with an event in the period, which every indicator leaves out; revoked cases
     * (撤销) completed in the period, which still count as completed there.
     */
    static void printSideExits(PrintWriter out, List<Case> cases, LocalDate start, LocalDate endExclusive) {
        LocalDateTime from = start.atStartOfDay();
        LocalDateTime to = endExclusive.atStartOfDay();
        List<String> voided = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        for (Case c : cases) {
            CaseStatus status = c.status();
            if (status.state() == CaseState.VOIDED && c.events().stream().anyMatch(e -> in(e.at(), from, to))) {
                voided.add(c.number());
            } else if (status.state() == CaseState.REVOKED && in(status.completedAt(), from, to)) {
                revoked.add(c.number());
            }
        }
        if (!voided.isEmpty()) {
            out.println("Not counted: " + voided.size() + (voided.size() == 1 ? " case" : " cases")
                    + " voided as registered in error (作废): " + String.join(", ", voided));
        }
        if (!revoked.isEmpty()) {
            out.println("Revoked after approval (撤销), still counted as completed: " + String.join(", ", revoked));
        }
    }

    private static boolean in(LocalDateTime at, LocalDateTime from, LocalDateTime to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** The cases that count: all but the voided ones, or all when every one was voided. */
    private static List<Case> counted(List<Case> cases) {
        List<Case> counted = cases.stream().filter(c -> c.status().state() != CaseState.VOIDED).toList();
        return counted.isEmpty() ? cases : counted;
    }

    /** Prints a report, one indicator per line: English name, value, Chinese name. */
    static void print(PrintWriter out, IndicatorReport r) {
        line(out, "received", Long.toString(r.received()), "收件");
        line(out, "accepted", Long.toString(r.accepted()), "受理");
        line(out, "completed", Long.toString(r.completed()), "办结");
        line(out, "immediate-case rate", r.immediateRate().toString(), "即办件率");
        line(out, "on-site completion rate", r.onSiteRate().toString(), "现场办结率");
        line(out, "on-time completion rate", r.onTimeRate().toString(), "按时办结率");
        line(out, "early completion rate", r.earlyRate().toString(), "提前办结率");
        line(out, "overdue rate", r.overdueRate().toString(), "超期率");
        line(out, "satisfaction rate", r.satisfactionRate().toString(), "满意率");
        line(out, "dissatisfaction rate", r.dissatisfactionRate().toString(), "不满意率");
        line(out, "complaint rate", r.complaintRate().toString(), "投诉率");
        Rate visits = r.averageVisits();
        line(out, "visits per completed case", visits.denominator() == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) visits.numerator() / visits.denominator(),
                        visits.numerator(), visits.denominator()), "平均跑动次数");
        line(out, "open and overdue at period end", Long.toString(r.openOverdue()), "期末超期未办结");
    }

    private static void line(PrintWriter out, String name, String value, String chinese) {
        out.printf(Locale.ROOT, "  %-31s %-15s %s%n", name, value, chinese);
    }

    /**
     * An error about the cases as a whole (a date outside the calendar) that gov-core raised
     * without saying which case: recomputes case by case to name the culprit. (Unknown items are
     * refused earlier, case by case.)
     */
    private static RuntimeException locate(RuntimeException e, List<SourcedCase> read, Catalog catalog,
            WorkingDayCalendar calendar, LocalDate start, LocalDate endExclusive) {
        if (!(e instanceof GovCoreException) && !e.getClass().getName().startsWith("io.github.govrules.")) {
            return e;
        }
        for (SourcedCase c : read) {
            try {
                Indicators.compute(List.of(c.aCase()), catalog, calendar, start, endExclusive);
            } catch (RuntimeException one) {
                return new CliInputException(c.where() + ": " + GovCli.oneLine(one.getMessage()), one);
            }
        }
        return e;
    }

    /** A case and where it was read: "FILE" for a folder's file, "FILE: case 3 (WH-1)" for an array element. */
    record SourcedCase(Case aCase, String where) {
    }

    /** Reads a JSON array of cases, or every {@code *.json} file of a folder, each case with where it was read. */
    static List<SourcedCase> readSourcedCases(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(file)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            List<SourcedCase> cases = new ArrayList<>();
            for (Path p : files) {
                Case c = CaseIo.read(p);
                cases.add(new SourcedCase(c, p + " (case " + c.number() + ")"));
            }
            return cases;
        }
        String text = CliFiles.readUtf8(file, "--cases");
        List<SourcedCase> cases = new ArrayList<>();
        JsonFactory factory = new JsonFactory();
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                throw new CliInputException("--cases " + file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": expected a JSON array of cases '[ {...}, {...} ]'");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new CliInputException("--cases " + file + ": the array of cases is not closed");
                }
                JsonLocation start = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    throw new CliInputException("--cases " + file + ":" + start.getLineNr() + ":" + start.getColumnNr()
                            + ": expected a case object, found " + p.getText());
                }
                p.skipChildren();
                long endOffset = p.currentLocation().getCharOffset();
                String element = text.substring((int) start.getCharOffset(), (int) endOffset);
                try {
                    Case c = CaseIo.fromJson(element, file.toString());
                    cases.add(new SourcedCase(c, file + ": case " + (cases.size() + 1) + " of the array (line "
                            + start.getLineNr() + ", number " + c.number() + ")"));
                } catch (ModelReadException e) {
                    throw relocated(e, file, start);
                } catch (ModelValidationException e) {
                    throw relocated(e, file, start);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CliInputException("--cases " + file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": malformed JSON: " + e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "["), e);
        }
        return cases;
    }

    /** gov-core's error for one element, with its line and column moved to where the element sits in the file. */
    private static CliInputException relocated(ModelReadException e, Path file, JsonLocation start) {
        int[] at = inFile(e.line(), e.column(), start);
        return new CliInputException(new ModelReadException(file.toString(), e.path(), at[0], at[1], e.problem(),
                e.getCause()).getMessage(), e);
    }

    /** gov-core's broken constraints in one element, each with its line and column moved into the file. */
    private static CliInputException relocated(ModelValidationException e, Path file, JsonLocation start) {
        List<Violation> moved = e.violations().stream().map(v -> {
            int[] at = inFile(v.line(), v.column(), start);
            return new Violation(v.path(), at[0], at[1], v.message());
        }).toList();
        return new CliInputException(new ModelValidationException(file.toString(), moved).getMessage(), e);
    }

    /** A line and column in an element that starts at {@code start}, as a line and column in the file; -1s if unknown. */
    private static int[] inFile(int line, int column, JsonLocation start) {
        return line < 1 ? new int[] {-1, -1}
                : new int[] {line + start.getLineNr() - 1, line == 1 ? column + start.getColumnNr() - 1 : column};
    }

    private static LocalDate firstEvent(List<Case> cases) {
        return cases.stream().flatMap(c -> c.events().stream()).map(CaseEvent::at).min(Comparator.naturalOrder())
                .orElseThrow(() -> new CliInputException("--cases: no case has any event; give --from and --to"))
                .toLocalDate();
    }

    private static LocalDate lastEvent(List<Case> cases) {
        return cases.stream().flatMap(c -> c.events().stream()).map(CaseEvent::at).max(Comparator.naturalOrder())
                .orElseThrow(() -> new CliInputException("--cases: no case has any event; give --from and --to"))
                .toLocalDate();
    }
}
