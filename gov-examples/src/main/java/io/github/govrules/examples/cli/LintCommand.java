package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govrules.rules.LintReport;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.ScenarioResult;
import io.github.govrules.rules.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gov lint --pack DIR|ID}: validates a rule pack and runs its scenarios; prints each problem
 * as {@code file:line:column: message} and a summary. {@code --pack} is a pack folder or, when no
 * folder of that name exists, the id of a pack bundled with gov-rules ({@link RuleEngine#BUNDLED}),
 * whose summary then names the id. Exit status 0 only when the pack is clean, 1 when there are
 * problems or failing scenarios, 2 when the name is neither a pack folder nor a bundled id.
 *
 * @since 0.1.0
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Validate a rule pack and run its scenarios: each problem as file:line:column: message; exit 0 only when clean.")
public final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "DIR|ID",
            description = "A pack folder (manifest, DRL files, scenarios), or the id of a bundled pack (cn, cn-zj, cn-sc).")
    String pack;

    @Parameters(paramLabel = "DIR|ID", arity = "0..1", description = "The pack, as for --pack: gov lint DIR.")
    String packArgument;

    @Mixin
    FormatOption formatOption;

    /** Creates the command (picocli instantiates it). */
    public LintCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        if (pack != null && packArgument != null) {
            throw new CliInputException("--pack: given twice ('" + pack + "' and the argument '" + packArgument + "'); give one");
        }
        if (pack == null && packArgument == null) {
            throw new CliInputException("missing the pack: gov lint DIR|ID (a pack folder or a bundled id: " + RuleEngine.BUNDLED + ")");
        }
        pack = CliFiles.packArgument(pack != null ? pack : packArgument);
        Path dir = Path.of(pack);
        LintReport report;
        if (Files.isDirectory(dir)) {
            if (!Files.isRegularFile(dir.resolve("pack.yaml"))) {
                throw new CliInputException("--pack: " + pack + " is not a rule pack folder: it has no pack.yaml manifest");
            }
            report = RuleEngine.lint(dir);
        } else if (RuleEngine.BUNDLED.contains(pack)) {
            report = RuleEngine.lintBundled(pack);
        } else {
            throw new CliInputException("--pack: '" + pack + "' is neither a pack folder nor a bundled pack id (bundled: "
                    + RuleEngine.BUNDLED + ")"
                    + (Files.exists(dir) ? "; it is a file: give the folder that holds the manifest" : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (formatOption.format) {
            case TEXT -> {
                report.lines().forEach(out::println);
                out.println(report.summary());
            }
            case JSON -> CliJson.print(out, json(report));
            case CSV -> {
                Csv.row(out, "kind", "file", "line", "column", "scenario", "message");
                for (PackProblem p : report.problems()) {
                    Csv.row(out, "problem", p.file(), p.line(), p.column(), null, p.message());
                }
                for (ScenarioResult s : report.scenarios()) {
                    for (String f : s.failures()) {
                        Csv.row(out, "scenario-failure", s.file(), s.line(), null, s.name(), f);
                    }
                }
            }
        }
        return report.isClean() ? GovCli.EXIT_OK : GovCli.EXIT_PROBLEMS;
    }

    /** The report as JSON: pack, clean, problems, scenarios, summary (documented in the README). */
    static ObjectNode json(LintReport report) {
        ObjectNode root = CliJson.object();
        root.put("pack", report.pack());
        root.put("clean", report.isClean());
        ArrayNode problems = root.putArray("problems");
        for (PackProblem p : report.problems()) {
            problems.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                    .put("message", p.message());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult s : report.scenarios()) {
            ObjectNode n = scenarios.addObject().put("file", s.file()).put("line", s.line()).put("name", s.name())
                    .put("passed", s.passed());
            ArrayNode failures = n.putArray("failures");
            s.failures().forEach(failures::add);
        }
        root.put("summary", report.summary());
        return root;
    }
}
