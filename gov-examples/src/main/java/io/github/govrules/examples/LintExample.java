package io.github.govrules.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.github.govrules.rules.LintReport;
import io.github.govrules.rules.RuleEngine;

/**
 * Writing a provincial pack and checking it (规则包校验): a pack folder with a manifest, a DRL file and
 * a scenario; {@link RuleEngine#lint(Path)} reports each problem as {@code file:line:column:
 * message} and runs the scenarios once the pack builds. In an integrator's own JUnit tests,
 * {@code PackScenarios.dynamicTests(Path.of("packs/my-pack"))} runs the same scenarios as one
 * dynamic test each.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.LintExample}
 *
 * @since 0.1.0
 */
public final class LintExample {

    private LintExample() {
    }

    static final String MANIFEST = """
            id: cn-example
            name: "示例省规则包 Example provincial pack"
            region: "330000"
            version: "2025.1"
            effectiveFrom: 2025-01-01
            effectiveUntil: null
            extends: cn
            calendar: CN
            kinds: []
            rules:
              - extra.drl
            scenarios:
              - scenarios.yaml
            """;

    static final String RULE_WITHOUT_BASIS = """
            package io.github.govrules.rules.packs.cn_example;

            import io.github.govrules.rules.fact.*;

            rule "A joint item is a promised case"
            when
                ItemFact( joint )
            then
                insert(new KindCandidate("promised", "联办事项按承诺时限办结。", "A joint item is decided within its promised limit."));
            end
            """;

    static final String SCENARIOS = """
            catalog: example
            scenarios:
              - name: "公积金 住房公积金贷款 材料齐全 → 即办件"
                item: "12330100MB0A1234581305700100001"
                situations: [fund-loan]
                submitted:
                  - {code: approval-form, form: ORIGINAL}
                  - {code: id-card, form: ORIGINAL}
                  - {code: id-card, form: COPY}
                receivedOn: 2025-09-19
                expect: {status: ACCEPTED, nationalType: 1, kind: immediate, dueDates: {decision: 2025-09-19}}
            """;

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Path pack = null;
        try {
            pack = Files.createTempDirectory("cn-example-");
            Files.writeString(pack.resolve("pack.yaml"), MANIFEST);
            Files.writeString(pack.resolve("scenarios.yaml"), SCENARIOS);

            // First attempt: the rule forgot its legal basis.
            Files.writeString(pack.resolve("extra.drl"), RULE_WITHOUT_BASIS);
            LintReport report = RuleEngine.lint(pack);
            String folder = pack.toString();
            report.lines().forEach(line -> System.out.println(line.replace(folder, "cn-example")));
            System.out.println("clean: " + report.isClean());

            // Fixed: every rule states its legal basis as metadata.
            Files.writeString(pack.resolve("extra.drl"), RULE_WITHOUT_BASIS.replace(
                    "rule \"A joint item is a promised case\"\n",
                    "rule \"A joint item is a promised case\"\n    @legalBasis(\"行政许可法 第二十六条\")\n"));
            report = RuleEngine.lint(pack);
            System.out.println(report.summary().replace(pack.toString(), "cn-example") + "; clean: " + report.isClean());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(pack);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
