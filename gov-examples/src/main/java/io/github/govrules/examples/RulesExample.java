package io.github.govrules.examples;

import java.time.LocalDate;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.RuleEngine;

/**
 * Rule packs (规则包): load a bundled provincial pack (which extends the national base pack
 * {@code cn}), run a case through it, and read the one-time notice, the classification, the due
 * dates and the decision receipt, also as JSON.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.RulesExample}
 *
 * @since 0.1.0
 */
public final class RulesExample {

    private RulesExample() {
    }

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (RuleEngine engine = RuleEngine.create()) {      // thread-safe; build packs once, share it
            engine.loadBundled("cn-zj");                     // or engine.load(Path.of("packs/cn-zj"))
            Case c = CaseIo.example("gjj-bank-first-incomplete");
            CaseInput input = CaseInputs.from(c, Catalogs.example());
            Evaluation evaluation = engine.evaluate("cn-zj", input, LocalDate.of(2025, 9, 19));

            System.out.println(evaluation.status());
            System.out.print(evaluation.notice().renderEn());
            System.out.println("classified: " + evaluation.classification().nationalType() + " / "
                    + evaluation.classification().kind().code());
            evaluation.dueDates().forEach(d -> System.out.println("due " + d.label() + ": " + d.date()));
            System.out.println("receipt: pack " + evaluation.receipt().packId() + " " + evaluation.receipt().packVersion()
                    + ", " + evaluation.receipt().rulesFired().size() + " rules fired");
            String json = evaluation.toJson();
            System.out.println("JSON: " + json.length() + " characters, starts " + json.substring(0, json.indexOf(',') + 1));
        }
    }
}
