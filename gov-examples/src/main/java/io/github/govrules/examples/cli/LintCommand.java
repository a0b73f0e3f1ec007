package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.github.govrules.rules.LintReport;
import io.github.govrules.rules.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--pack", required = true, paramLabel = "DIR|ID",
            description = "A pack folder (manifest, DRL files, scenarios), or the id of a bundled pack (cn, cn-zj, cn-sc).")
    String pack;

    /** Creates the command (picocli instantiates it). */
    public LintCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        pack = CliFiles.packArgument(pack);
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
        report.lines().forEach(out::println);
        out.println(report.summary());
        return report.isClean() ? GovCli.EXIT_OK : GovCli.EXIT_PROBLEMS;
    }
}
