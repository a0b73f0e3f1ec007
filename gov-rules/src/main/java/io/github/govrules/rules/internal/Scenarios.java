package io.github.govrules.rules.internal;

import io.github.govrules.core.internal.Suggestions;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.AcceptanceStatus;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.DueDate;
import io.github.govrules.rules.FiredRule;
import io.github.govrules.core.item.NationalCaseType;
import io.github.govrules.rules.NoticeItem;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.PackManifest;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RuleEvaluationException;
import io.github.govrules.rules.RulePackException;
import io.github.govrules.rules.ScenarioResult;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.rules.fact.MaterialProblem;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scenario files: YAML beside the DRL, each scenario an item (from a catalog), situations, submitted
 * materials and dates, with the expected evaluation. See the module README for the format.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** One submitted material in a scenario. */
    record SubmittedSpec(String code, MaterialForm form, Integer count) {
    }

    /** The expected evaluation; absent keys are not checked. */
    record ExpectSpec(AcceptanceStatus status, String nationalType, String kind, List<String> missing,
                      List<String> wrongForm, List<String> wrongCount, List<String> tolerated,
                      Map<String, LocalDate> dueDates, List<String> rules, String error) {
    }

    /** One scenario as written. */
    record ScenarioSpec(String name, String item, Integer itemVersion, List<String> situations,
                        List<SubmittedSpec> submitted, Boolean agent, ApplicantType applicantType,
                        LocalDate receivedOn, LocalDate decidedOn, ExpectSpec expect) {
    }

    /**
     * One parsed scenario, ready to run.
     *
     * @param file the scenario file (display form)
     * @param line the line where it starts
     * @param spec the scenario
     * @param catalog the catalog its item comes from
     */
    public record Scenario(String file, int line, ScenarioSpec spec, Catalog catalog) {

        /** The scenario's name. */
        public String name() {
            return spec.name() == null ? "scenario at line " + line : spec.name();
        }

        /** Runs the scenario against a build. */
        public ScenarioResult run(CompiledPack pack) {
            return Scenarios.run(this, pack);
        }

        /** The case the scenario describes. */
        public CaseInput input() {
            return Scenarios.input(this);
        }

        /** The decision date: {@code decidedOn}, else the day of receipt. */
        public LocalDate decidedOn() {
            return spec.decidedOn() == null ? spec.receivedOn() : spec.decidedOn();
        }
    }

    /** A scenario file as written. */
    record FileSpec(String catalog, List<ScenarioSpec> scenarios) {
    }

    /**
     * Parses a scenario file. Its optional {@code catalog:} names a gov-core catalog YAML relative to
     * the pack folder; without it, gov-core's bundled example catalog is used.
     *
     * @throws RulePackException with located problems when the file is malformed, or a scenario names
     *                           an item, item version, situation or material its catalog does not
     *                           have, or expects a national type that does not exist
     */
    public static List<Scenario> parse(SourceFile file, Path packDir) {
        return parse(file, packDir, null);
    }

    /**
     * Parses a scenario file of the pack version {@code version}: as {@link #parse(SourceFile, Path)},
     * and a scenario whose decision date ({@code decidedOn}, else {@code receivedOn}) is a day the
     * version is not in force is a problem located at that date, since the engine would refuse to
     * decide it ("no version in force").
     *
     * @param version the manifest of the pack version the scenarios belong to, or null to skip that check
     * @throws RulePackException with located problems (see {@link #parse(SourceFile, Path)})
     */
    public static List<Scenario> parse(SourceFile file, Path packDir, PackManifest version) {
        YamlDoc doc = YamlDoc.read(file, "scenario file");
        if (!doc.isMap()) {
            throw new RulePackException(List.of(doc.problemAt(List.of(),
                    "a scenario file is a map with 'scenarios:' (and optionally 'catalog:'), not " + doc.describe(List.of()))));
        }
        FileSpec spec;
        try {
            spec = Json.readYaml(file.text(), FileSpec.class);
        } catch (JsonProcessingException e) {
            throw new RulePackException(List.of(YamlErrors.problem(doc, "scenario file", e)));
        }
        List<ScenarioSpec> specs = spec == null || spec.scenarios() == null ? List.of() : spec.scenarios();
        Catalog catalog = catalog(file, doc, spec == null ? null : spec.catalog(), packDir);
        List<PackProblem> problems = new ArrayList<>();
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ScenarioSpec s = specs.get(i);
            int line = doc.lineOf(List.of("scenarios", i));
            if (s == null || s.item() == null || s.receivedOn() == null || s.expect() == null) {
                problems.add(new PackProblem(file.packId(), file.display(), line, 1,
                        "scenario needs 'item', 'receivedOn' and 'expect'"));
                continue;
            }
            List<PackProblem> found = check(doc, i, s, catalog);
            if (version != null) {
                found.addAll(inForce(doc, i, s, version));
            }
            if (!found.isEmpty()) {
                problems.addAll(found);
                continue;
            }
            out.add(new Scenario(file.display(), line, s, catalog));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return out;
    }

    /**
     * What the catalog and the fact model refuse in scenario {@code i}, each located at its value:
     * an unknown item or item version, a situation the item does not declare (with the closest
     * declared one), a material the item does not list, an unknown expected national type.
     */
    private static List<PackProblem> check(YamlDoc doc, int i, ScenarioSpec s, Catalog catalog) {
        List<PackProblem> problems = new ArrayList<>();
        String name = s.name() == null ? "scenario at line " + doc.lineOf(List.of("scenarios", i)) : s.name();
        String prefix = "scenario \"" + name + "\": ";
        ServiceItem item;
        if (s.itemVersion() == null) {
            item = catalog.findLatest(s.item()).orElse(null);
            if (item == null) {
                problems.add(doc.problemAt(List.of("scenarios", i, "item"), prefix + "item '" + s.item()
                        + "' is not in the catalog '" + catalog.name() + "'" + Suggestions.didYouMean(s.item(),
                        catalog.items().stream().map(ServiceItem::implementationCode).toList())));
                return problems;
            }
        } else {
            item = catalog.findItem(s.item(), s.itemVersion()).orElse(null);
            if (item == null) {
                List<Integer> versions = catalog.items().stream().filter(x -> x.implementationCode().equals(s.item()))
                        .map(ServiceItem::version).sorted().toList();
                problems.add(doc.problemAt(List.of("scenarios", i, versions.isEmpty() ? "item" : "itemVersion"), prefix
                        + "item '" + s.item() + "' version " + s.itemVersion() + " is not in the catalog '"
                        + catalog.name() + "'" + (versions.isEmpty() ? "" : " (versions: " + versions + ")")));
                return problems;
            }
        }
        if (s.situations() != null) {
            Set<String> declared = item.situationIds();
            for (int j = 0; j < s.situations().size(); j++) {
                String code = s.situations().get(j);
                if (code == null || !declared.contains(code)) {
                    problems.add(doc.problemAt(List.of("scenarios", i, "situations", j), prefix + "situation '" + code
                            + "' is not declared by item " + item.implementationCode() + " v" + item.version()
                            + (code == null ? "" : Suggestions.didYouMean(code, declared))
                            + " (declared: " + new TreeSet<>(declared) + ")"));
                }
            }
        }
        if (s.submitted() != null) {
            Set<String> codes = new TreeSet<>();
            item.materials().forEach(m -> codes.add(m.code()));
            for (int j = 0; j < s.submitted().size(); j++) {
                SubmittedSpec m = s.submitted().get(j);
                if (m == null || m.code() == null) {
                    problems.add(doc.problemAt(List.of("scenarios", i, "submitted", j), prefix
                            + "a submitted material needs a 'code'"));
                } else if (!codes.contains(m.code())) {
                    problems.add(doc.problemAt(List.of("scenarios", i, "submitted", j, "code"), prefix + "material '"
                            + m.code() + "' is not a material of item " + item.implementationCode() + " v" + item.version()
                            + Suggestions.didYouMean(m.code(), codes) + " (materials: " + codes + ")"));
                } else if (m.count() != null && m.count() < 1) {
                    problems.add(doc.problemAt(List.of("scenarios", i, "submitted", j, "count"), prefix
                            + "count of " + m.code() + " must be 1 or more, but is " + m.count()));
                }
            }
        }
        if (s.expect().nationalType() != null) {
            try {
                NationalCaseType.parse(s.expect().nationalType());
            } catch (IllegalArgumentException e) {
                problems.add(doc.problemAt(List.of("scenarios", i, "expect", "nationalType"), prefix + "expect: "
                        + e.getMessage()));
            }
        }
        if (s.decidedOn() != null && s.decidedOn().isBefore(s.receivedOn())) {
            problems.add(doc.problemAt(List.of("scenarios", i, "decidedOn"), prefix + "decidedOn " + s.decidedOn()
                    + " is before receivedOn " + s.receivedOn()));
        }
        return problems;
    }

    /**
     * The problem of scenario {@code i} when {@code version} is not in force on its decision date: the
     * engine decides a case with the version in force on its decision date and refuses a date no
     * loaded version covers, so such a scenario would test what no evaluation can do. Located at
     * {@code decidedOn}, else at {@code receivedOn}.
     */
    private static List<PackProblem> inForce(YamlDoc doc, int i, ScenarioSpec s, PackManifest version) {
        boolean decided = s.decidedOn() != null;
        LocalDate date = decided ? s.decidedOn() : s.receivedOn();
        if (version.isInForceOn(date)) {
            return List.of();
        }
        String name = s.name() == null ? "scenario at line " + doc.lineOf(List.of("scenarios", i)) : s.name();
        String range = version.effectiveUntil() == null ? "from " + version.effectiveFrom() + " on"
                : "from " + version.effectiveFrom() + " until " + version.effectiveUntil() + " (exclusive)";
        return List.of(doc.problemAt(List.of("scenarios", i, decided ? "decidedOn" : "receivedOn"), "scenario \""
                + name + "\": decided on " + date + (decided ? " (its decidedOn)" : " (its receivedOn; no decidedOn)")
                + ", when version " + version.version() + " of pack " + version.id() + " is not in force: it is in force "
                + range + ", and the engine refuses other dates (no version in force); date the scenario inside that"
                + " range, or put it in the pack version in force on that day"));
    }

    private static Catalog catalog(SourceFile file, YamlDoc doc, String ref, Path packDir) {
        try {
            if (ref == null || ref.equals("example")) {
                return Catalogs.example();
            }
            String normal = PackReader.normalize(ref);
            if (normal == null) {
                throw new RulePackException(List.of(doc.problemAt(List.of("catalog"), "catalog '" + ref + "' must be a file"
                        + " inside the pack folder, named relative to it (no '..', no absolute path)")));
            }
            if (packDir != null) {
                String outside = PackReader.outsideMessage(packDir, packDir.resolve(normal), normal);
                if (outside != null) {
                    throw new RulePackException(List.of(doc.problemAt(List.of("catalog"), "catalog '" + ref + "': " + outside)));
                }
            }
            if (packDir == null && file.display().startsWith("classpath:")) {
                String root = file.display().substring("classpath:".length(), file.display().lastIndexOf('/') + 1);
                try (java.io.InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(root + normal)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no such classpath resource " + root + normal);
                    }
                    return Catalogs.read(in, "classpath:" + root + normal);
                }
            }
            return Catalogs.load(packDir.resolve(normal));
        } catch (RulePackException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw new RulePackException(doc.problemAt(List.of("catalog"), "cannot load catalog '" + ref + "': "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim()), e);
        }
    }

    /** The case input a scenario describes. */
    static CaseInput input(Scenario sc) {
        ScenarioSpec s = sc.spec();
        ServiceItem item = s.itemVersion() == null ? sc.catalog().latest(s.item())
                : sc.catalog().item(s.item(), s.itemVersion());
        List<SubmittedMaterial> submitted = new ArrayList<>();
        if (s.submitted() != null) {
            for (SubmittedSpec m : s.submitted()) {
                submitted.add(new SubmittedMaterial(m.code(), m.form() == null ? MaterialForm.ORIGINAL : m.form(),
                        m.count() == null ? 1 : m.count()));
            }
        }
        ApplicantType type = s.applicantType() == null ? ApplicantType.NATURAL_PERSON : s.applicantType();
        ApplicantFact applicant = new ApplicantFact("Scenario applicant", type,
                type == ApplicantType.NATURAL_PERSON ? "RESIDENT_ID_CARD" : "UNIFIED_SOCIAL_CREDIT_CODE",
                "000000000000000000", Boolean.TRUE.equals(s.agent()));
        return new CaseInput("SCENARIO-" + sc.line(), CaseInputs.itemFact(item), CaseInputs.materials(item), CaseInputs.situations(item),
                s.situations() == null ? Set.of() : new HashSet<>(s.situations()), applicant, submitted, s.receivedOn());
    }

    static ScenarioResult run(Scenario sc, CompiledPack pack) {
        ScenarioSpec s = sc.spec();
        ExpectSpec e = s.expect();
        List<String> failures = new ArrayList<>();
        Evaluation o;
        try {
            CaseInput input = input(sc);
            o = pack.evaluate(input, s.decidedOn() == null ? s.receivedOn() : s.decidedOn());
        } catch (RuleEvaluationException | IllegalArgumentException | io.github.govrules.calendar.DateOutOfCoverageException
                 | io.github.govrules.core.GovCoreException ex) {
            if (e.error() != null && String.valueOf(ex.getMessage()).contains(e.error())) {
                return new ScenarioResult(sc.file(), sc.line(), sc.name(), List.of());
            }
            return new ScenarioResult(sc.file(), sc.line(), sc.name(), List.of("evaluation failed: " + ex.getMessage()));
        }
        if (e.error() != null) {
            failures.add("expected an error containing '" + e.error() + "' but the case was decided");
        }
        if (e.status() != null && e.status() != o.status()) {
            failures.add("expected status " + e.status() + " but was " + o.status());
        }
        if (e.nationalType() != null) {
            NationalCaseType want = NationalCaseType.parse(e.nationalType());
            if (want != o.classification().nationalType()) {
                failures.add("expected national type " + want.code() + " (" + want.en() + ") but was "
                        + o.classification().nationalType().code() + " (" + o.classification().nationalType().en() + ")");
            }
        }
        if (e.kind() != null && !e.kind().equals(o.classification().kind().code())) {
            failures.add("expected kind '" + e.kind() + "' but was '" + o.classification().kind().code()
                    + "' (candidates " + o.classification().candidates() + ")");
        }
        compare(failures, "missing", e.missing(), codes(o, MaterialProblem.MISSING, false));
        compare(failures, "wrong form", e.wrongForm(), codes(o, MaterialProblem.WRONG_FORM, false));
        compare(failures, "wrong count", e.wrongCount(), codes(o, MaterialProblem.WRONG_COUNT, false));
        if (e.tolerated() != null) {
            Set<String> tol = new TreeSet<>();
            for (NoticeItem i : o.notice().items()) {
                if (i.isTolerated()) {
                    tol.add(i.materialCode());
                }
            }
            compare(failures, "tolerated", e.tolerated(), tol);
        }
        if (e.dueDates() != null) {
            for (Map.Entry<String, LocalDate> d : e.dueDates().entrySet()) {
                LocalDate actual = o.dueDate(d.getKey()).map(DueDate::date).orElse(null);
                if (!Objects.equals(actual, d.getValue())) {
                    failures.add("expected due date '" + d.getKey() + "' " + d.getValue() + " but was "
                            + (actual == null ? "absent" : actual) + " (due dates: "
                            + o.dueDates().stream().map(x -> x.label() + "=" + x.date()).toList() + ")");
                }
            }
        }
        if (e.rules() != null) {
            Set<String> fired = new HashSet<>();
            for (FiredRule r : o.receipt().rulesFired()) {
                fired.add(r.name());
            }
            for (String r : e.rules()) {
                if (!fired.contains(r)) {
                    failures.add("expected rule \"" + r + "\" to fire; fired: " + new TreeSet<>(fired));
                }
            }
        }
        return new ScenarioResult(sc.file(), sc.line(), sc.name(), failures);
    }

    private static Set<String> codes(Evaluation o, MaterialProblem problem, boolean toleratedOnly) {
        Set<String> codes = new TreeSet<>();
        for (NoticeItem i : o.notice().items()) {
            if (i.problem() == problem && (!toleratedOnly || i.isTolerated())) {
                codes.add(i.materialCode());
            }
        }
        return codes;
    }

    private static void compare(List<String> failures, String what, List<String> expected, Set<String> actual) {
        if (expected == null) {
            return;
        }
        Set<String> want = new TreeSet<>(expected);
        if (!want.equals(actual)) {
            failures.add("expected " + what + " " + want + " but was " + actual);
        }
    }
}
