package io.github.govrules.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.AcceptanceStatus;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.DueDate;
import io.github.govrules.rules.FiredRule;
import io.github.govrules.rules.NationalCaseType;
import io.github.govrules.rules.NoticeItem;
import io.github.govrules.rules.Outcome;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RuleEvaluationException;
import io.github.govrules.rules.RulePackException;
import io.github.govrules.rules.ScenarioResult;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.rules.fact.MaterialForm;
import io.github.govrules.rules.fact.MaterialProblem;
import io.github.govrules.rules.fact.SubmittedMaterial;
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
 * materials and dates, with the expected outcome. See the module README for the format.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** One submitted material in a scenario. */
    record SubmittedSpec(String code, MaterialForm form, Integer count) {
    }

    /** The expected outcome; absent keys are not checked. */
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

    /**
     * Parses a scenario file. Its optional {@code catalog:} names a gov-core catalog YAML relative to
     * the pack folder; without it, gov-core's bundled example catalog is used.
     *
     * @throws RulePackException with located problems when the file is malformed
     */
    public static List<Scenario> parse(SourceFile file, Path packDir) {
        List<Scenario> out = new ArrayList<>();
        List<ScenarioSpec> specs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String catalogRef = null;
        try (JsonParser p = Json.yaml().createParser(file.text())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(file, p.currentTokenLocation(), "a scenario file is a map with 'scenarios:' (and optionally 'catalog:')");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("catalog".equals(field)) {
                    catalogRef = p.getValueAsString();
                } else if ("scenarios".equals(field)) {
                    if (t != JsonToken.START_ARRAY) {
                        throw problem(file, p.currentTokenLocation(), "'scenarios' must be a list");
                    }
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        lines.add(p.currentTokenLocation().getLineNr());
                        specs.add(Json.yaml().readValue(p, ScenarioSpec.class));
                    }
                } else {
                    throw problem(file, p.currentTokenLocation(), "unknown key '" + field
                            + "' (expected 'catalog' or 'scenarios')");
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String path = e instanceof JsonMappingException m ? m.getPathReference() : "";
            throw new RulePackException(List.of(new PackProblem(file.packId(), file.display(),
                    loc == null ? 0 : Math.max(0, loc.getLineNr()), loc == null ? 0 : Math.max(0, loc.getColumnNr()),
                    "invalid scenario file" + (path.isEmpty() ? "" : " (" + path.replaceAll(".*\\$", "") + ")") + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse(""))));
        } catch (IOException e) {
            throw new RulePackException(List.of(new PackProblem(file.packId(), file.display(), 0, 0,
                    "cannot read scenario file: " + e.getMessage())));
        }
        Catalog catalog = catalog(file, catalogRef, packDir);
        List<PackProblem> problems = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ScenarioSpec s = specs.get(i);
            int line = lines.get(i);
            if (s.item() == null || s.receivedOn() == null || s.expect() == null) {
                problems.add(new PackProblem(file.packId(), file.display(), line, 1,
                        "scenario needs 'item', 'receivedOn' and 'expect'"));
                continue;
            }
            if (catalog.findLatest(s.item()).isEmpty()) {
                problems.add(new PackProblem(file.packId(), file.display(), line, 1,
                        "scenario names item '" + s.item() + "', which the catalog '" + catalog.name() + "' does not have"));
                continue;
            }
            out.add(new Scenario(file.display(), line, s, catalog));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return out;
    }

    private static RulePackException problem(SourceFile file, JsonLocation loc, String message) {
        return new RulePackException(List.of(new PackProblem(file.packId(), file.display(),
                Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), message)));
    }

    private static Catalog catalog(SourceFile file, String ref, Path packDir) {
        try {
            if (ref == null || ref.equals("example")) {
                return Catalogs.example();
            }
            if (packDir == null && file.display().startsWith("classpath:")) {
                String root = file.display().substring("classpath:".length(), file.display().lastIndexOf('/') + 1);
                try (java.io.InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(root + ref)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no such classpath resource " + root + ref);
                    }
                    return Catalogs.read(in, "classpath:" + root + ref);
                }
            }
            return Catalogs.load(packDir.resolve(ref));
        } catch (RulePackException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw new RulePackException(new PackProblem(file.packId(), file.display(),
                    PackReader.lineOf(file.text(), "catalog"), 1, "cannot load catalog '" + ref + "': " + e.getMessage()), e);
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
        return new CaseInput("SCENARIO-" + sc.line(), CaseInputs.itemFact(item), CaseInputs.materials(item),
                s.situations() == null ? Set.of() : new HashSet<>(s.situations()), applicant, submitted, s.receivedOn());
    }

    static ScenarioResult run(Scenario sc, CompiledPack pack) {
        ScenarioSpec s = sc.spec();
        ExpectSpec e = s.expect();
        List<String> failures = new ArrayList<>();
        Outcome o;
        try {
            CaseInput input = input(sc);
            o = pack.evaluate(input, s.decidedOn() == null ? s.receivedOn() : s.decidedOn());
        } catch (RuleEvaluationException | IllegalArgumentException | io.github.govrules.calendar.DateOutOfCoverageException ex) {
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

    private static Set<String> codes(Outcome o, MaterialProblem problem, boolean toleratedOnly) {
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
