package io.github.govrules.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.DeadlineExplanation;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.Suspension;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.internal.TextFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govrules.calendar.deadline.ExplainedDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gov deadline}: the due date of a time limit, optionally explained day by day, or a
 * batch of {@code add} / {@code between} questions.
 *
 * <p>Contract (issue 3): {@code deadline --calendar CN --from 2025-09-19 --working-days 20}
 * prints {@code 2025-10-23} as the first line of stdout; {@code --explain} prints the
 * explanation after it. An uncovered date exits with status 2 and one line on stderr naming
 * the covered range. In {@code --batch} mode every input line is echoed followed by
 * {@code ,RESULT} or {@code ,ERROR <message>}; a bad line never stops the batch.
 *
 * @since 0.1.0
 */
@Command(name = "deadline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Compute a due date: the n-th working (or natural) day after the start day, which is not counted.",
            "Batch mode: every line of FILE is add,DATE,N or between,DATE_A,DATE_B; the output repeats it with ,RESULT or ,ERROR <message>."})
public final class DeadlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendarOptions;

    @Option(names = "--from", paramLabel = "DATE", description = "The start day (acceptance), YYYY-MM-DD; not counted.")
    String from;

    @Option(names = "--working-days", paramLabel = "N", description = "A limit of N working days (工作日).")
    Integer workingDays;

    @Option(names = "--natural-days", paramLabel = "N",
            description = "A limit of N natural days (自然日; a last day on a holiday moves past it, Civil Code Art. 203).")
    Integer naturalDays;

    @Option(names = "--explain", description = "After the due date, explain every day: counted, weekend, holiday, makeup working day.")
    boolean explain;

    @Option(names = "--provisional",
            description = "Answer for years the calendar has no notice for by their statutory holidays (weekends only"
                + " beyond 2050), and say so and which holidays it assumed (second line).")
    boolean provisional;

    @Option(names = "--suspend", paramLabel = "KIND:FROM..TO",
            description = {"A period not counted (Art. 45), both days inclusive, e.g. expert-review:2026-02-02..2026-02-13"
                + " (repeatable). Kinds: hearing, bidding, auction, testing, inspection, quarantine, appraisal, expert-review."})
    List<String> suspend = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "FILE", description = "Answer every line of FILE ('-' for stdin).")
    String batch;

    @Mixin
    FormatOption formatOption;

    /** Creates the command (picocli instantiates it). */
    public DeadlineCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null) {
            if (from != null || workingDays != null || naturalDays != null || explain || provisional || !suspend.isEmpty()) {
                throw new CliInputException("--batch: cannot be combined with --from, --working-days, --natural-days,"
                        + " --explain, --provisional or --suspend (each batch line says what to compute)");
            }
            WorkingDayCalendar calendar = calendarOptions.resolve(spec.commandLine().getErr());
            BatchResult result = runBatch(calendar);
            if (result.errors > 0) {
                spec.commandLine().getErr().println("gov deadline: " + result.errors + " of " + result.answered
                        + " batch lines could not be answered (see the ,ERROR lines)");
                return GovCli.EXIT_PROBLEMS;
            }
            return GovCli.EXIT_OK;
        }
        if (from == null) {
            throw new CliInputException("--from: missing; give the start day (YYYY-MM-DD), or use --batch FILE");
        }
        if ((workingDays == null) == (naturalDays == null)) {
            throw new CliInputException("give exactly one of --working-days N and --natural-days N");
        }
        LocalDate start = parseDate(from, "--from");
        TimeLimit limit;
        try {
            limit = workingDays != null ? TimeLimit.workingDays(workingDays) : TimeLimit.naturalDays(naturalDays);
        } catch (IllegalArgumentException e) {
            throw new CliInputException((workingDays != null ? "--working-days: " : "--natural-days: ") + e.getMessage(), e);
        }
        List<Suspension> suspensions = new ArrayList<>();
        for (String text : suspend) {
            suspensions.add(parseSuspension(text));
        }
        WorkingDayCalendar calendar = calendarOptions.resolve(spec.commandLine().getErr());
        if (!formatOption.isText()) {
            DeadlineExplanation explanation = provisional ? Deadlines.explainProvisional(calendar, start, limit, suspensions)
                    : Deadlines.explain(calendar, start, limit, suspensions);
            printMachine(out, calendar, start, limit, suspensions, explanation);
            return GovCli.EXIT_OK;
        }
        if (provisional) {
            DeadlineExplanation explanation = Deadlines.explainProvisional(calendar, start, limit, suspensions);
            out.println(explanation.due());
            ProvisionalNote.print(out, calendar, explanation.provisionalYears(), start.plusDays(1), explanation.due());
            if (explain) {
                out.print(explanation.toText());
            }
        } else if (explain) {
            DeadlineExplanation explanation = Deadlines.explain(calendar, start, limit, suspensions);
            out.println(explanation.due());
            out.print(explanation.toText());
        } else {
            out.println(Deadlines.dueDate(calendar, start, limit, suspensions));
        }
        return GovCli.EXIT_OK;
    }

    private record BatchResult(long answered, long errors) {
    }

    /** {@code --format json|csv} of one due date (the schema is in the README). */
    private void printMachine(PrintWriter out, WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
            List<Suspension> suspensions, DeadlineExplanation explanation) {
        if (formatOption.format == OutputFormat.CSV) {
            if (explain) {
                Csv.row(out, "date", "treatment", "counted", "count", "holiday", "suspension");
                for (ExplainedDay d : explanation.days()) {
                    Csv.row(out, d.date(), d.treatment(), d.counted(), d.count(),
                            d.holiday().map(h -> h.chinese() + " " + h.english()).orElse(null),
                            d.suspension().map(SuspensionKind::name).orElse(null));
                }
                return;
            }
            Csv.row(out, "calendar", "from", "amount", "unit", "due", "provisional");
            Csv.row(out, calendar.id(), start, limit.amount(), limit.unit(), explanation.due(), explanation.isProvisional());
            return;
        }
        ObjectNode root = CliJson.object();
        root.put("calendar", calendar.id().toString());
        root.put("from", start.toString());
        root.putObject("limit").put("amount", limit.amount()).put("unit", limit.unit().name()).put("text", limit.toString());
        ArrayNode s = root.putArray("suspensions");
        for (Suspension x : suspensions) {
            s.addObject().put("kind", x.kind().name()).put("start", x.start().toString()).put("end", String.valueOf(x.end()));
        }
        root.put("due", explanation.due().toString());
        root.put("provisional", explanation.isProvisional());
        ArrayNode years = root.putArray("provisionalYears");
        explanation.provisionalYears().forEach(y -> years.add(y.toString()));
        if (explain) {
            ArrayNode days = root.putArray("days");
            for (ExplainedDay d : explanation.days()) {
                ObjectNode n = days.addObject().put("date", d.date().toString()).put("treatment", d.treatment().name())
                        .put("counted", d.counted()).put("count", d.count());
                d.holiday().ifPresent(h -> n.putObject("holiday").put("zh", h.chinese()).put("en", h.english()));
                d.suspension().ifPresent(k -> n.put("suspension", k.name()));
            }
        }
        CliJson.print(out, root);
    }

    private BatchResult runBatch(WorkingDayCalendar calendar) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long answered = 0;
        long errors = 0;
        int lineNumber = 0;
        OutputFormat format = formatOption.format;
        JsonArrayWriter array = format == OutputFormat.JSON ? new JsonArrayWriter(out) : null;
        if (format == OutputFormat.CSV) {
            Csv.row(out, "line", "input", "result", "error");
        }
        try (Utf8Lines reader = open(batch)) {
            String raw;
            while ((raw = readLine(reader)) != null) {
                lineNumber++;
                String line = raw.strip();
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isEmpty() || line.startsWith("#") || line.regionMatches(true, 0, "op,", 0, 3)) {
                    continue;
                }
                answered++;
                String answer = null;
                String problem = null;
                try {
                    answer = answer(calendar, line);
                } catch (BatchLineException e) {
                    problem = e.getMessage();
                } catch (DateOutOfCoverageException e) {
                    problem = GovCli.oneLine(e.getMessage());
                } catch (RuntimeException e) {
                    // anything else the calendar refuses for this line: report it and go on with the next
                    problem = e.getMessage() == null ? e.getClass().getSimpleName() : GovCli.oneLine(e.getMessage());
                }
                errors += problem == null ? 0 : 1;
                switch (format) {
                    case TEXT -> out.append(line).append(',')
                            .append(problem == null ? answer : "ERROR line " + lineNumber + ": " + problem).append('\n');
                    case CSV -> Csv.row(out, lineNumber, line, answer, problem);
                    case JSON -> {
                        ObjectNode n = CliJson.object().put("line", lineNumber).put("input", line);
                        if (problem == null) {
                            n.put("result", answer);
                        } else {
                            n.put("error", problem);
                        }
                        array.add(n);
                    }
                }
            }
        }
        if (array != null) {
            array.close();
        }
        out.flush();
        return new BatchResult(answered, errors);
    }

    /**
     * The next line, refusing bytes that are not UTF-8 with a message naming the file (or standard input),
     * line, column, byte and offset, in the words used for every other file.
     */
    private String readLine(Utf8Lines reader) throws IOException {
        try {
            return reader.next();
        } catch (NotUtf8Exception e) {
            spec.commandLine().getOut().flush();
            throw CliFiles.notUtf8("--batch " + (batch.equals("-") ? "- (standard input)" : batch), e.bad, e);
        }
    }

    /** The first byte of a batch that is not UTF-8, located in the whole input. */
    private static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient TextFiles.BadByte bad;

        NotUtf8Exception(TextFiles.BadByte bad) {
            super(bad.problem());
            this.bad = bad;
        }
    }

    /**
     * The lines of a batch (ended by LF, CR or CRLF, as {@link java.io.BufferedReader#readLine} ends them),
     * read as bytes and decoded line by line, strictly: the first byte that is not UTF-8 is reported with its
     * offset in the whole input, its line and its column, whether the input is a file, a pipe or standard input
     * (which cannot be read a second time to find it).
     */
    static final class Utf8Lines implements Closeable {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private final CharsetDecoder decoder = TextFiles.strictUtf8();
        private byte[] line = new byte[256];
        private int pos;
        private int limit;
        private long bufOffset;
        private int lineNumber;
        private boolean skipLf;

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its end, or null at the end of the input. */
        String next() throws IOException {
            int n = 0;
            long start = -1;
            while (true) {
                if (pos == limit) {
                    bufOffset += limit;
                    pos = 0;
                    limit = 0;
                    int r = in.read(buf);
                    if (r < 0) {
                        if (start < 0) {
                            return null;
                        }
                        break;
                    }
                    limit = r;
                    continue;
                }
                byte b = buf[pos];
                if (skipLf) {
                    skipLf = false;
                    if (b == '\n') {
                        pos++;
                        continue;
                    }
                }
                if (start < 0) {
                    start = bufOffset + pos;
                }
                pos++;
                if (b == '\n') {
                    break;
                }
                if (b == '\r') {
                    skipLf = true;
                    break;
                }
                if (n == line.length) {
                    line = Arrays.copyOf(line, n * 2);
                }
                line[n++] = b;
            }
            lineNumber++;
            return decode(n, start);
        }

        private String decode(int n, long start) throws NotUtf8Exception {
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = line[i] >= 0;
            }
            if (ascii) {
                return new String(line, 0, n, StandardCharsets.ISO_8859_1);
            }
            try {
                return decoder.reset().decode(ByteBuffer.wrap(line, 0, n)).toString();
            } catch (CharacterCodingException e) {
                TextFiles.BadByte bad = TextFiles.firstBadByte(Arrays.copyOf(line, n));
                // firstBadByte leaves out a byte order mark at the start of its input: one only starts a batch's first line
                boolean mark = lineNumber > 1 && bad.offset() >= 3
                        && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
                throw new NotUtf8Exception(new TextFiles.BadByte((int) Math.min(Integer.MAX_VALUE, start + bad.offset()),
                        bad.value(), lineNumber, bad.column() + (mark ? 1 : 0)));
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One batch line that cannot be answered; the message goes after {@code ,ERROR line N: }. */
    private static final class BatchLineException extends Exception {
        private static final long serialVersionUID = 1L;

        BatchLineException(String message) {
            super(message, null, false, false);
        }
    }

    /** The answer to one batch line: a due date for {@code add}, a count for {@code between}. */
    static String answer(WorkingDayCalendar calendar, String line) throws BatchLineException {
        String[] f = line.split(",", -1);
        String op = f[0].strip();
        if (op.equalsIgnoreCase("add")) {
            if (f.length != 3) {
                throw new BatchLineException("expected add,DATE,N but found " + f.length + " fields");
            }
            LocalDate date = batchDate(f[1]);
            int n;
            try {
                n = Integer.parseInt(f[2].strip());
            } catch (NumberFormatException e) {
                throw new BatchLineException("'" + f[2].strip() + "' is not a whole number of working days");
            }
            return calendar.shift(date, n).toString();
        }
        if (op.equalsIgnoreCase("between")) {
            if (f.length != 3) {
                throw new BatchLineException("expected between,DATE_A,DATE_B but found " + f.length + " fields");
            }
            return Integer.toString(calendar.countWorkingDays(batchDate(f[1]), batchDate(f[2])));
        }
        throw new BatchLineException("unknown operation '" + op + "' (expected add or between)");
    }

    private static LocalDate batchDate(String text) throws BatchLineException {
        String s = text.strip();
        LocalDate fast = fastIsoDate(s);
        if (fast != null) {
            return fast;
        }
        try {
            return CliDates.parse(s, "");
        } catch (CliInputException e) {
            throw new BatchLineException(e.getMessage().substring(2)); // without the empty option's ": "
        }
    }

    /**
     * A valid {@code YYYY-MM-DD} date without going through a formatter (the batch hot path), or
     * null when the text is not exactly that: the caller then parses it the slow way for the message.
     */
    static LocalDate fastIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Utf8Lines open(String file) throws IOException {
        if (file.equals("-")) {
            return new Utf8Lines(System.in);
        }
        Path path = CliFiles.requireFile(Path.of(file), "--batch");
        try {
            return new Utf8Lines(Files.newInputStream(path));
        } catch (IOException e) {
            throw new CliInputException("--batch: " + TextFiles.cannotRead(path, TextFiles.whyUnreadable(e)), e);
        }
    }

    /**
     * The Chinese names of the suspension kinds (Administrative Licensing Law Art. 45: 听证、招标、拍卖、检验、检测、检疫、
     * 鉴定和专家评审), with the common longer forms.
     */
    static final java.util.Map<String, SuspensionKind> CHINESE_KINDS = java.util.Map.ofEntries(
            java.util.Map.entry("听证", SuspensionKind.HEARING),
            java.util.Map.entry("招标", SuspensionKind.BIDDING),
            java.util.Map.entry("拍卖", SuspensionKind.AUCTION),
            java.util.Map.entry("检验", SuspensionKind.TESTING),
            java.util.Map.entry("检测", SuspensionKind.INSPECTION),
            java.util.Map.entry("检疫", SuspensionKind.QUARANTINE),
            java.util.Map.entry("鉴定", SuspensionKind.APPRAISAL),
            java.util.Map.entry("专家评审", SuspensionKind.EXPERT_REVIEW),
            java.util.Map.entry("专家论证", SuspensionKind.EXPERT_REVIEW),
            java.util.Map.entry("专家评审论证", SuspensionKind.EXPERT_REVIEW),
            java.util.Map.entry("技术审查", SuspensionKind.EXPERT_REVIEW));

    /**
     * Parses {@code expert-review:2026-02-02..2026-02-13} (both days inclusive); the kind may be written in
     * Chinese ({@code 专家评审}), the colon full-width ({@code ：}), the range with {@code 至} or {@code ～},
     * the dates in any form {@link CliDates} reads.
     */
    static Suspension parseSuspension(String text) {
        String s = text.strip().replace('：', ':').replace("至", "..").replace("～", "..").replace("~", "..");
        int colon = s.indexOf(':');
        int dots = s.indexOf("..");
        if (colon <= 0 || dots < colon) {
            throw new CliInputException("--suspend: '" + text + "' is not of the form KIND:FROM..TO,"
                    + " e.g. expert-review:2026-02-02..2026-02-13");
        }
        String kindText = s.substring(0, colon).strip();
        SuspensionKind kind = CHINESE_KINDS.get(kindText);
        if (kind == null) {
            try {
                kind = SuspensionKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new CliInputException("--suspend: unknown kind '" + kindText + "' (kinds: "
                        + Arrays.stream(SuspensionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .toList()
                        + "; in Chinese: " + String.join(", ", CHINESE_KINDS.keySet()) + ")", e);
            }
        }
        LocalDate start = parseDate(s.substring(colon + 1, dots), "--suspend");
        LocalDate end = parseDate(s.substring(dots + 2), "--suspend");
        try {
            return Suspension.of(kind, start, end);
        } catch (IllegalArgumentException e) {
            throw new CliInputException("--suspend: " + e.getMessage(), e);
        }
    }

    /**
     * Parses an option's date: {@code YYYY-MM-DD} or a common Chinese spelling ({@link CliDates}), naming the
     * option when it is malformed.
     */
    static LocalDate parseDate(String text, String option) {
        return CliDates.parse(text, option);
    }

    private static final java.util.regex.Pattern FIELD_RANGE = java.util.regex.Pattern.compile(
            "Invalid value for (\\w+) \\(valid values (-?\\d+) - (-?\\d+)(?:/(-?\\d+))?\\): (-?\\d+)");

    /** java.time's "Invalid value for MonthOfYear (valid values 1 - 12): 13" as "month 13 is not between 1 and 12". */
    static String inWords(String javaTimeMessage) {
        java.util.regex.Matcher m = FIELD_RANGE.matcher(javaTimeMessage);
        if (!m.matches()) {
            return javaTimeMessage;
        }
        String field = switch (m.group(1)) {
            case "MonthOfYear" -> "month";
            case "DayOfMonth" -> "day";
            case "Year", "YearOfEra" -> "year";
            default -> m.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        };
        String max = m.group(4) != null ? m.group(4) : m.group(3);
        return field + " " + m.group(5) + " is not between " + m.group(2) + " and " + max;
    }

    /** "'2025-02-30' is not a valid date (Invalid date 'FEBRUARY 30')", "'x' is not a date of the form YYYY-MM-DD". */
    static String dateProblem(String text, DateTimeException e) {
        Throwable cause = e.getCause();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}") && cause != null && cause.getMessage() != null) {
            return "'" + text + "' is not a valid date (" + inWords(cause.getMessage()) + ")";
        }
        return "'" + text + "' is not a date of the form YYYY-MM-DD";
    }
}
