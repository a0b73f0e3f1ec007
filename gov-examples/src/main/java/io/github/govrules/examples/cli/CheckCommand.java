package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.DeadlineExplanation;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.UnknownItemException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.rules.AcceptanceStatus;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.DecisionReceipt;
import io.github.govrules.rules.DueDate;
import io.github.govrules.rules.FiredRule;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.PackInfo;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RuleEngine;
import io.github.govrules.rules.RulePackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gov check --pack DIR|ID CASE... [--on DATE] [--format text|json|csv]}: runs cases (files,
 * JSON arrays of cases, folders of either) through a rule pack built once, and prints for each the one-time notice, the classification, the due dates and the decision
 * receipt (or the same as JSON). A case that left its lifecycle by a side exit (withdrawn 撤回,
 * terminated 终止, voided 作废, revoked 撤销) gets a last note saying so.
 *
 * <p>Exit status 0 whenever the pack produced an evaluation, whether the case is accepted or needs
 * correction; 2 on bad input (missing or malformed case file, unknown pack, date outside the
 * calendar).
 *
 * @since 0.1.0
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Run cases through a rule pack: one-time notice, classification, due dates, decision receipt.",
            "CASE is a case file, a JSON array of cases, or a folder of either: the pack is built once for all of them."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", required = true, paramLabel = "DIR|ID",
            completionCandidates = BundledPacks.class,
            description = "A pack folder, or the id of a bundled pack (${COMPLETION-CANDIDATES}).")
    String pack;

    @Parameters(paramLabel = "CASE", arity = "0..*",
            description = "Case files (gov-core case JSON), JSON arrays of cases, or folders of *.json files.")
    List<Path> casePaths = new ArrayList<>();

    @Option(names = "--case", paramLabel = "FILE.json", description = "A case, as JSON (the same as a CASE argument; repeatable).")
    List<Path> caseFiles = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE.yaml",
            description = "The item catalog the case refers to. Default: the bundled example catalog.")
    Path catalogFile;

    @Option(names = "--on", paramLabel = "DATE",
            description = "The decision date (selects the pack version in force). Default: the day the materials were received.")
    String on;

    @Mixin
    FormatOption formatOption;

    @Option(names = "--json", description = "The same as --format json.")
    boolean json;

    @Option(names = "--explain", description = "Explain each due date day by day (the pack's calendar).")
    boolean explain;

    /** Creates the command (picocli instantiates it). */
    public CheckCommand() {
        // options are injected by picocli
    }

    /** The pack, built once, and what every case is checked with. */
    private record Checker(RuleEngine engine, PackInfo info, Catalog catalog, WorkingDayCalendar calendar) {
    }

    /** One checked case: its outcome, or the one-line error that stopped it. */
    private record Checked(Case aCase, String where, Evaluation outcome, CliInputException error) {
    }

    @Override
    public Integer call() {
        CliFiles.requireNonEmpty(pack, "--pack");
        pack = CliFiles.packArgument(pack);
        OutputFormat format = json ? OutputFormat.JSON : formatOption.format;
        if (json && formatOption.format != OutputFormat.TEXT && formatOption.format != OutputFormat.JSON) {
            throw new CliInputException("--json: cannot be combined with --format " + formatOption.format.name().toLowerCase(Locale.ROOT));
        }
        List<Path> inputs = new ArrayList<>(caseFiles);
        inputs.addAll(casePaths);
        if (inputs.isEmpty()) {
            throw new CliInputException("--case: missing; give the cases to check: gov check --pack ID CASE.json...");
        }
        for (Path p : inputs) {
            CliFiles.requireNonEmpty(p.toString(), "--case");
        }
        if (format != OutputFormat.TEXT && explain) {
            throw new CliInputException("--explain: cannot be combined with --json or --format " + format.name().toLowerCase(Locale.ROOT)
                    + " (the JSON has the due dates; run without --json for the day-by-day explanation)");
        }
        if (!Files.isDirectory(Path.of(pack)) && !RuleEngine.BUNDLED.contains(pack)) {
            throw new CliInputException("--pack: '" + pack + "' is neither a pack folder nor a bundled pack id (bundled: "
                    + RuleEngine.BUNDLED + ")");
        }
        if (Files.isDirectory(Path.of(pack)) && !Files.isRegularFile(Path.of(pack, "pack.yaml"))) {
            throw new CliInputException("--pack: " + pack + " is not a rule pack folder: it has no pack.yaml manifest");
        }
        boolean single = inputs.size() == 1 && !Files.isDirectory(inputs.get(0)) && !startsAnArray(inputs.get(0));
        PrintWriter out = spec.commandLine().getOut();
        if (single) {
            Path caseFile = inputs.get(0);
            Case aCase = CliFiles.readCase(caseFile, "--case");
            Catalog catalog = CliFiles.readCatalog(catalogFile, "--catalog");
            try (RuleEngine engine = RuleEngine.create()) {
                Checker checker = checker(engine, catalog);
                Evaluation outcome = check(checker, aCase, "--case " + caseFile + " (case " + aCase.number() + ")", caseFile);
                switch (format) {
                    case JSON -> out.println(withSideExit(outcome.toJson(), aCase));
                    case CSV -> {
                        csvHeader(out);
                        csvRow(out, new Checked(aCase, caseFile.toString(), outcome, null));
                    }
                    case TEXT -> printText(out, outcome, checker, aCase);
                }
            }
            return GovCli.EXIT_OK;
        }
        // many cases: one engine, each case read, checked and printed in turn; a bad case is named and the rest go on
        Catalog catalog = CliFiles.readCatalog(catalogFile, "--catalog");
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        long[] counts = new long[2];
        try (RuleEngine engine = RuleEngine.create()) {
            Checker checker = checker(engine, catalog);
            JsonArrayWriter array = format == OutputFormat.JSON ? new JsonArrayWriter(out) : null;
            if (format == OutputFormat.CSV) {
                csvHeader(out);
            }
            List<CliInputException> problems = new ArrayList<>();
            CaseSource source = new CaseSource(inputs, "--case", true, problems::add);
            Consumer<Checked> print = c -> {
                counts[0]++;
                if (c.error() != null) {
                    counts[1]++;
                    out.flush();
                    err.println(name + ": " + GovCli.oneLine(c.error().getMessage()));
                    err.flush();
                }
                switch (format) {
                    case JSON -> {
                        ObjectNode node = c.outcome() != null
                                ? (ObjectNode) CliJson.parse(withSideExit(c.outcome().toJson(), c.aCase())) : CliJson.object();
                        node.put("source", c.where());
                        if (c.error() != null) {
                            node.put("error", GovCli.oneLine(c.error().getMessage()));
                        }
                        array.add(node);
                    }
                    case CSV -> csvRow(out, c);
                    case TEXT -> {
                        if (c.outcome() != null) {
                            out.println("=== " + c.where());
                            printText(out, c.outcome(), checker, c.aCase());
                            out.println();
                        }
                    }
                }
            };
            for (Path file : source.files()) {
                problems.clear();
                source.forEach(List.of(file), found -> {
                    for (CliInputException p : problems) {
                        print.accept(new Checked(null, file.toString(), null, p));
                    }
                    problems.clear();
                    Evaluation outcome;
                    try {
                        outcome = check(checker, found.aCase(), found.where(), file);
                    } catch (CliInputException e) {
                        print.accept(new Checked(found.aCase(), found.where(), null, e));
                        return;
                    }
                    print.accept(new Checked(found.aCase(), found.where(), outcome, null));
                });
                for (CliInputException p : problems) {
                    print.accept(new Checked(null, file.toString(), null, p));
                }
            }
            if (array != null) {
                array.close();
            }
        }
        if (counts[0] == 0) {
            throw new CliInputException("--case: " + String.join(", ", inputs.stream().map(Path::toString).toList())
                    + " holds no cases");
        }
        if (counts[1] > 0) {
            out.flush();
            err.println(name + ": " + counts[1] + " of " + counts[0] + " cases could not be checked (named above)");
            return GovCli.EXIT_BAD_INPUT;
        }
        return GovCli.EXIT_OK;
    }

    /** Whether a file's first token opens a JSON array (a file of many cases). */
    private static boolean startsAnArray(Path file) {
        if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file); var p = new com.fasterxml.jackson.core.JsonFactory().createParser(in)) {
            return p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // read again, and refused with its place, as a case
        }
    }

    private Checker checker(RuleEngine engine, Catalog catalog) {
        PackInfo info = engine.load(pack);
        return new Checker(engine, info, catalog, CliCalendars.resolve(info.manifest().calendar()));
    }

    /** Checks one case against the catalog and runs it through the pack; bad input throws naming {@code where}. */
    private Evaluation check(Checker checker, Case aCase, String where, Path caseFile) {
        ServiceItem item = checkAgainstCatalog(aCase, checker.catalog(), where);
        CaseInput input;
        try {
            input = CaseInputs.from(aCase, item);
        } catch (IllegalArgumentException e) {
            throw new CliInputException(where + ": " + GovCli.oneLine(e.getMessage()), e);
        }
        LocalDate decisionDate = on == null ? CaseInputs.receivedOn(aCase) : DeadlineCommand.parseDate(on, "--on");
        Evaluation outcome;
        try {
            outcome = checker.engine().evaluate(checker.info().id(), input, decisionDate);
        } catch (RulePackException e) {
            throw noVersionInForce(e, decisionDate, caseFile).orElseThrow(() -> e);
        } catch (DateOutOfCoverageException e) {
            throw beyondTheData(where, e);
        }
        // the case's clock (an extension Art. 42 refuses, ...) and tolerated-gap due dates, by the pack's calendar
        checkAgainstCatalog(aCase, checker.catalog(), checker.calendar(), where);
        return outcome;
    }

    private void printText(PrintWriter out, Evaluation outcome, Checker checker, Case aCase) {
        print(out, outcome, checker.info());
        sideExit(aCase).ifPresent(note -> {
            out.println();
            out.println(note);
        });
        if (explain) {
            WorkingDayCalendar calendar = checker.calendar();
            for (DueDate d : outcome.dueDates()) {
                if (d.limit().isOnTheSpot()) {
                    continue;
                }
                out.println();
                out.println("Due date " + d.label() + ": " + d.limit() + " from " + d.from() + " -> " + d.date()
                        + " (calendar " + calendar.id() + "):");
                DeadlineExplanation why = Deadlines.explain(calendar, d.from(), d.limit());
                DemoCommand.printRuns(out, why);
                if (!why.due().equals(d.date())) {
                    out.println("  (the pack's due date " + d.date() + " differs from the plain count " + why.due()
                            + ": the pack applies its own policy for this date)");
                }
            }
        }
    }

    /** The CSV columns of {@code check --format csv}, documented in the README. */
    static final String[] CSV_COLUMNS = {"source", "case", "status", "acceptedOn", "nationalType", "kind",
        "noticeItems", "noticeDue", "promisedDue", "statutoryDue", "rulesFired", "packVersion", "sideExit", "error"};

    private static void csvHeader(PrintWriter out) {
        Csv.row(out, (Object[]) CSV_COLUMNS);
    }

    private static void csvRow(PrintWriter out, Checked c) {
        Evaluation o = c.outcome();
        if (o == null) {
            Csv.row(out, c.where(), c.aCase() == null ? null : c.aCase().number(), null, null, null, null, null, null, null,
                    null, null, null, null, GovCli.oneLine(c.error().getMessage()));
            return;
        }
        Csv.row(out, c.where(), o.caseNumber(), o.status(), o.acceptedOn(),
                o.classification() == null ? null : o.classification().nationalType(),
                o.classification() == null ? null : o.classification().kind().code(),
                o.notice().items().size(),
                o.dueDate("notice").map(DueDate::date).orElse(null),
                o.dueDate("promised").map(DueDate::date).orElse(null),
                o.dueDate("statutory").map(DueDate::date).orElse(null),
                o.receipt().rulesFired().size(), o.receipt().packVersion(),
                sideExitEvent(c.aCase()).map(e -> c.aCase().status().state().name()).orElse(null), null);
    }

    /** The bundled pack ids, for {@code --help}. */
    static final class BundledPacks implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return RuleEngine.BUNDLED.iterator();
        }
    }

    /**
     * gov-core's checks of a case against the catalog (item version exists, situations declared,
     * materials known, ...), refused as one line naming WHERE the case was read.
     *
     * @return the item version the case pins
     */
    static ServiceItem checkAgainstCatalog(Case aCase, Catalog catalog, String where) {
        return checkAgainstCatalog(aCase, catalog, null, where);
    }

    /** A case whose dates need a day beyond the calendar's data, named as {@code where}. */
    private static CliInputException beyondTheData(String where, DateOutOfCoverageException e) {
        return new CliInputException(where + ": its due dates need " + e.date() + ", beyond the data of the calendar "
                + e.calendarId() + ": " + GovCli.oneLine(e.getMessage()), e);
    }

    /**
     * As {@link #checkAgainstCatalog(Case, Catalog, String)}, and with a calendar also the case's
     * clock (an extension longer than Art. 42 allows, ...) and its tolerated-gap due dates; a date
     * outside the calendar's data is refused naming WHERE too.
     *
     * @param calendar the calendar of the case's clock, or null to leave the clock unchecked
     * @return the item version the case pins
     */
    static ServiceItem checkAgainstCatalog(Case aCase, Catalog catalog, WorkingDayCalendar calendar, String where) {
        try {
            return calendar == null ? CaseChecks.check(aCase, catalog) : CaseChecks.check(aCase, catalog, calendar);
        } catch (DateOutOfCoverageException e) {
            throw beyondTheData(where, e);
        } catch (UnknownItemException e) {
            throw new CliInputException(where + ": $.itemCode: " + GovCli.oneLine(e.getMessage()), e);
        } catch (ModelValidationException e) {
            throw new CliInputException(where + ": " + GovCli.oneLine(e.violations().stream()
                    .map(v -> v.path().isEmpty() ? v.message() : "$." + v.path() + ": " + v.message())
                    .collect(java.util.stream.Collectors.joining("; "))), e);
        }
    }

    /** The refusal of a decision date no pack version covers, worded as the case's (or --on's) date. */
    private Optional<CliInputException> noVersionInForce(RulePackException e, LocalDate date, Path caseFile) {
        if (e.problems().size() != 1) {
            return Optional.empty();
        }
        PackProblem p = e.problems().get(0);
        String marker = "no version of pack '";
        if (!p.message().startsWith(marker)) {
            return Optional.empty();
        }
        int versions = p.message().indexOf(" (versions: ");
        String known = versions < 0 ? "" : p.message().substring(versions);
        String what = on != null
                ? "--on: the decision date " + date
                : "--case " + caseFile + ": the case's decision date " + date + " (the day its materials were received)";
        return Optional.of(new CliInputException(what + " is covered by no version of pack '" + p.packId() + "'"
                + known + (on != null ? "" : "; give --on DATE to decide on another day"), e));
    }

    /**
     * A note when the case has left its lifecycle by a side exit (withdrawn, terminated, voided,
     * revoked): the rules judge the materials as received whatever happened to the case since.
     */
    static Optional<String> sideExit(Case aCase) {
        return sideExitEvent(aCase)
                .map(e -> "Note: " + describe(aCase.number(), e) + " The rules above judge its materials as received.");
    }

    /** The event by which the case left its lifecycle (withdrawn, terminated, voided, revoked), if it did. */
    private static Optional<CaseEvent> sideExitEvent(Case aCase) {
        List<CaseEvent> events = aCase.events();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        CaseEvent last = events.get(events.size() - 1);
        return last instanceof CaseEvent.Withdrawn || last instanceof CaseEvent.Terminated
                || last instanceof CaseEvent.Voided || last instanceof CaseEvent.Revoked
                ? Optional.of(last) : Optional.empty();
    }

    /** What a side exit ({@link #sideExitEvent}) was, in a sentence. */
    private static String describe(String n, CaseEvent exit) {
        if (exit instanceof CaseEvent.Withdrawn w) {
            return "case " + n + " was withdrawn by the applicant (撤回) at " + w.at()
                    + (w.reason() == null ? "." : ": " + w.reason() + ".");
        } else if (exit instanceof CaseEvent.Terminated t) {
            return "case " + n + " was terminated (终止) at " + t.at() + ": " + t.reason() + ".";
        } else if (exit instanceof CaseEvent.Voided v) {
            return "case " + n + " was voided (作废) at " + v.at() + " as registered in error: " + v.reason()
                    + ". It counts in no indicator.";
        } else if (exit instanceof CaseEvent.Revoked r) {
            return "the approval of case " + n + " was revoked (撤销) at " + r.at() + ": " + r.reason() + " (" + r.basis()
                    + (r.decisionNumber() == null ? "" : ", " + r.decisionNumber()) + ").";
        }
        throw new IllegalArgumentException("not a side exit: " + exit.name());
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /**
     * The evaluation's JSON, with a {@code sideExit} object ({@code state}, {@code at}, {@code note})
     * added when the case left its lifecycle by a side exit; unchanged otherwise.
     */
    static String withSideExit(String outcomeJson, Case aCase) {
        Optional<CaseEvent> event = sideExitEvent(aCase);
        if (event.isEmpty()) {
            return outcomeJson;
        }
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(outcomeJson);
            ObjectNode exit = root.putObject("sideExit");
            exit.put("state", aCase.status().state().name());
            exit.put("at", event.get().at().format(SECONDS));
            exit.put("note", describe(aCase.number(), event.get()));
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root); // indented like the evaluation's own
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the evaluation's own JSON could not be read back", e);
        }
    }

    /** The human-readable report of an evaluation. */
    static void print(PrintWriter out, Evaluation evaluation, PackInfo info) {
        out.println("Case " + evaluation.caseNumber() + ": " + evaluation.status()
                + (evaluation.acceptedOn() == null ? "" : ", accepted on " + evaluation.acceptedOn()));
        out.println("Pack " + info.id() + " " + info.version() + " (layers: " + String.join(", ", info.chain()) + ")");
        out.println();
        if (evaluation.notice() != null && !evaluation.notice().isEmpty()) {
            out.print(evaluation.notice().renderZh());
            out.println();
            out.print(evaluation.notice().renderEn());
        } else {
            out.println("Materials complete: no one-time notice needed.");
        }
        out.println();
        if (evaluation.classification() != null) {
            var c = evaluation.classification();
            if (evaluation.status() == AcceptanceStatus.CORRECTION_REQUIRED) {
                // the rules classify every case, but one still to supplement is not accepted yet
                out.println("Provisional: the case is accepted only once the materials are complete; it is "
                        + "classified again then.");
            }
            out.println("Classification: national type " + c.nationalType() + ", kind " + c.kind().code() + " "
                    + c.kind().nameZh() + " / " + c.kind().nameEn() + (c.candidates().size() > 1
                    ? " (candidates " + c.candidates() + ")" : ""));
            out.println("  " + c.reasonEn());
            out.println("  " + c.reasonZh());
        }
        if (!evaluation.dueDates().isEmpty()) {
            out.println("Due dates:");
            for (DueDate d : evaluation.dueDates()) {
                out.println("  " + d.label() + ": " + d.date() + "  (" + d.limit() + " from " + d.from() + "; " + d.legalBasis() + ")");
            }
        }
        DecisionReceipt r = evaluation.receipt();
        if (r != null) {
            out.println("Decision receipt: pack " + r.packId() + " " + r.packVersion() + ", content hash " + r.contentHash()
                    + ", decided on " + r.decidedOn());
            out.println("  rules fired:");
            Map<FiredRule, Integer> fired = new LinkedHashMap<>();
            r.rulesFired().forEach(f -> fired.merge(f, 1, Integer::sum));
            fired.forEach((f, times) -> out.println("    - [" + f.packId() + "] " + f.name()
                    + (times > 1 ? " (x" + times + ")" : "") + "  -- " + f.legalBasis()));
            out.println("  legal bases: " + String.join("; ", r.legalBases()));
            out.println("  inputs that mattered:");
            r.inputs().forEach(i -> out.println("    - " + i));
        }
    }
}
