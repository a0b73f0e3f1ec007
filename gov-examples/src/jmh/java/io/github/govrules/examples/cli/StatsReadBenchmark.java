package io.github.govrules.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ServiceCenters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code stats}' streaming read against a bare Jackson streaming read of the same file, in one
 * run: {@link #bareJacksonRead} only tokenizes (the floor); {@link #statsRead} reads every case
 * with gov-core, checks it against the catalog and its clock, and adds it to the report with its
 * breakdowns (what {@code gov stats FILE --month 2025-10} does). Score: ms per file of
 * {@code cases} cases; the ratio of the two is the speed asked of stats (at least a third).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class StatsReadBenchmark {

    @Param("20000")
    public int cases;

    private Path file;
    private Catalog catalog;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = Files.createTempFile("stats-bench", ".json");
        file.toFile().deleteOnExit();
        GeneratedCases.write(file, cases);
        catalog = Catalogs.example();
    }

    /** Tokens of the whole file, nothing else: the floor. */
    @Benchmark
    public long bareJacksonRead() throws Exception {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** What stats does with every case of the file. */
    @Benchmark
    public long statsRead() {
        var calendar = CliCalendars.resolve("CN");
        StatsReport report = new StatsReport(catalog, ServiceCenters.example(), calendar, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 11, 1));
        LongHashSet seen = new LongHashSet();
        CaseSource source = new CaseSource(List.of(file), "--cases", false, e -> { });
        source.forEach(source.files(), c -> {
            CheckCommand.checkAgainstCatalog(c.aCase(), catalog, calendar, c.where());
            seen.add(LongHashSet.hash(c.aCase().number()));
            report.add(c);
        });
        StatsOutput.text(new PrintWriter(Writer.nullWriter()), report, "");
        return report.cases();
    }
}
