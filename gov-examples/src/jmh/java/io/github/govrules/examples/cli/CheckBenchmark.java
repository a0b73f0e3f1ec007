package io.github.govrules.examples.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.PackInfo;
import io.github.govrules.rules.RuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The marginal cost of one more case in {@code gov check CASE...}: with the pack built once, a
 * case is read from JSON, checked against the catalog and its clock, run through the pack and
 * printed as JSON -- what {@code check} does per case after the first. Compare with a one-case
 * JVM run of {@code gov check} (timed by hand: JVM start, pack build, one case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

    private RuleEngine engine;
    private PackInfo pack;
    private Catalog catalog;
    private WorkingDayCalendar calendar;
    private byte[] complete;
    private byte[] incomplete;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = RuleEngine.create();
        pack = engine.loadBundled("cn-zj");
        catalog = Catalogs.example();
        calendar = CliCalendars.resolve(pack.manifest().calendar());
        Path samples = Files.exists(Path.of("gov-examples/samples")) ? Path.of("gov-examples/samples") : Path.of("samples");
        complete = Files.readAllBytes(samples.resolve("provident-fund-complete.json"));
        incomplete = Files.readAllBytes(samples.resolve("provident-fund-incomplete.json"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    private String checkOne(byte[] json) {
        Case c = CaseIo.read(new ByteArrayInputStream(json), "bench.json");
        ServiceItem item = CaseChecks.check(c, catalog);
        Evaluation outcome = engine.evaluate(pack.id(), CaseInputs.from(c, item), CaseInputs.receivedOn(c));
        CaseChecks.check(c, catalog, calendar);
        return CheckCommand.withSideExit(outcome.toJson(), c);
    }

    /** One more accepted case. */
    @Benchmark
    public String oneMoreCompleteCase() {
        return checkOne(complete);
    }

    /** One more case that needs a one-time notice. */
    @Benchmark
    public String oneMoreIncompleteCase() {
        return checkOne(incomplete);
    }
}
