package io.github.govrules.rules.bench;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.CaseInputs;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.rules.internal.Chains;
import io.github.govrules.rules.internal.CompiledPack;
import io.github.govrules.rules.internal.PackCompiler;
import io.github.govrules.rules.internal.PackReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * gov-rules speed, in one run:
 * <ul>
 *   <li>{@code engine_1thread} / {@code engine_2threads}: this engine (built pack cached, pooled sessions,
 *       decision memo);</li>
 *   <li>{@code engineWithoutMemo_1thread} / {@code engineWithoutMemo_2threads}: this engine with the
 *       decision memo off ({@code CompiledPack.evaluateUncached}): stateful sessions kept per item,
 *       pre-loaded with the item's required materials, restored after each case;</li>
 *   <li>{@code naiveStatelessSession_1thread}: a new {@code StatelessKieSession} per case, same rules, same evaluation.
 *       The engine and the baseline use the same {@code KieBase}, built with Drools' default options
 *       (the engine's kept sessions only set the session option {@code ThreadSafeOption.NO}, as each is
 *       used by one thread at a time);</li>
 *   <li>{@code plainJavaNationalPack_1thread}: the national pack written by hand (upper bound, national pack only);</li>
 *   <li>{@code coldBuildBothPacks}: building cn-zj and cn-sc (each with cn) in a fresh JVM.</li>
 *   <li>{@code weekOfAHall_engine_1thread} / {@code weekOfAHall_naiveStatelessSession_1thread}: the engine
 *       (memo on) and the naive baseline on a generated week of a hall ({@link #week}): 4,415 cases, which
 *       repeat one another only as often as the drawn items, situations, gaps and days make them; the
 *       set-up prints how many are distinct.</li>
 * </ul>
 * Case mix (per 20 cases): 9 provident-fund cases complete on the spot (immediate), 2 incomplete
 * provident-fund cases (notice), 4 renovation permits complete (promised), 2 renovation permits
 * missing a non-key material (tolerated in cn-sc), 1 road-transport licence (special in cn-sc), 1 joint
 * investment project, 1 printing licence — received over one working week, run alternately on the
 * national pack and on cn-sc. The mix is walked as {@value #ROUNDS} rounds and the week as
 * {@value #WEEKS} weeks, each with its own case numbers, so the memo path meets new cases with
 * known facts, as in a hall, rather than the same case again.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests install && java -jar gov-rules/target/benchmarks.jar RulesBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RulesBenchmark {

    static final LocalDate ON = LocalDate.of(2025, 9, 19);

    /** The built packs and the case mix, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Packs {
        CompiledPack national;
        CompiledPack provincial;
        PlainJavaNationalPack plain;
        CaseInput[] cases;

        @Setup(Level.Trial)
        public void build() {
            national = RulesBenchmark.build("cn");
            provincial = RulesBenchmark.build("cn-sc");
            plain = new PlainJavaNationalPack(Calendars.standard().calendar("CN"));
            cases = renumbered(mix(), ROUNDS).toArray(new CaseInput[0]);
        }

        @TearDown(Level.Trial)
        public void dispose() {
            PackCompiler.forget(national);
            PackCompiler.forget(provincial);
            national.dispose();
            provincial.dispose();
        }
    }

    /**
     * A generated week of a hall (see {@link #dayOfHall}): 883 cases a day over five working days, shared by
     * all threads.
     */
    @State(Scope.Benchmark)
    public static class Week {
        CaseInput[] cases;

        @Setup(Level.Trial)
        public void generate() {
            List<CaseInput> oneWeek = week(CASES_A_DAY, 20250919L);
            cases = renumbered(oneWeek, WEEKS).toArray(new CaseInput[0]);
            long distinct = oneWeek.stream()
                    .map(c -> List.of(c.item().code(), c.situations(), c.submitted(), c.receivedOn()))
                    .distinct().count();
            System.err.printf("week of a hall: %d cases, %d distinct (item, situations, submissions, day): "
                    + "%.1f%% of cases repeat an earlier one's facts%n", oneWeek.size(), distinct,
                    100.0 * (oneWeek.size() - distinct) / oneWeek.size());
        }
    }

    /**
     * The mix is walked as this many rounds, each with its own case numbers: no two evaluations in a
     * round are of the same case, as in a hall, where a case number is decided once. (The memo hands a
     * case its remembered evaluation unchanged only when the case number is the same as well.)
     */
    static final int ROUNDS = 64;

    /** The generated week is walked as this many weeks, each with its own case numbers. */
    static final int WEEKS = 8;

    /**
     * {@code rounds} copies of {@code cases}, in order, the case numbers of copy r suffixed with
     * {@code "/r"}; every other fact shared with the original.
     */
    static List<CaseInput> renumbered(List<CaseInput> cases, int rounds) {
        List<CaseInput> out = new ArrayList<>(cases.size() * rounds);
        for (int r = 0; r < rounds; r++) {
            for (CaseInput c : cases) {
                out.add(new CaseInput(c.caseNumber() + "/" + r, c.item(), c.materials(), c.declaredSituations(), c.situations(), c.applicant(),
                        c.submitted(), c.receivedOn()));
            }
        }
        return out;
    }

    /** Cases a day in the district center of domain.md (318,022 a year, ~883 a working day). */
    static final int CASES_A_DAY = 883;

    /** Each thread walks the mix from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = next + 1 == size * 2 ? 0 : next + 1;
            return i;
        }
    }

    static CompiledPack build(String id) {
        ClassLoader loader = RulesBenchmark.class.getClassLoader();
        return PackCompiler.compile(Chains.resolve(PackReader.fromClasspath(id, loader), loader),
                Calendars.standard()::calendar);
    }

    static List<CaseInput> mix() {
        Catalog catalog = Catalogs.example();
        String fund = "12330100MB0A1234581305700100001";
        String renovation = "11330106002000300M1000101005000";
        String transport = "1133010600200020001000101003000";
        String investment = "11330106002000900P1000101014000";
        String printing = "11330106002000600N1000101008000";
        List<CaseInput> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 3; i++) {
            out.add(input(catalog, n++, fund, Set.of("fund-loan"), "approval-form:ORIGINAL", "id-card:ORIGINAL", "id-card:COPY"));
            out.add(input(catalog, n++, fund, Set.of("bank-loan-first"), "approval-form:ORIGINAL", "id-card:ORIGINAL",
                    "id-card:COPY", "purchase-contract:ORIGINAL", "purchase-contract:COPY", "loan-contract:ORIGINAL",
                    "loan-contract:COPY", "repayment-passbook:ORIGINAL", "repayment-passbook:COPY"));
            out.add(input(catalog, n++, fund, Set.of("bank-loan-later", "agent"), "approval-form:ORIGINAL",
                    "id-card:ORIGINAL", "id-card:COPY", "repayment-passbook:ORIGINAL", "repayment-passbook:COPY",
                    "previous-approval-copy:COPY", "authorization-letter:ORIGINAL", "agent-id-card:ORIGINAL",
                    "agent-id-card:COPY"));
        }
        out.add(input(catalog, n++, fund, Set.of("bank-loan-first"), "approval-form:ORIGINAL", "id-card:ORIGINAL",
                "loan-contract:ORIGINAL"));
        out.add(input(catalog, n++, fund, Set.of("fund-loan", "spouse"), "approval-form:ORIGINAL", "id-card:ORIGINAL",
                "id-card:COPY", "spouse-approval-form:ORIGINAL"));
        for (int i = 0; i < 4; i++) {
            out.add(input(catalog, n++, renovation, Set.of(), "application-form:ORIGINAL", "ownership-certificate:ORIGINAL",
                    "ownership-certificate:COPY", "design-drawings:ORIGINAL:2", "neighbour-consent:ORIGINAL"));
        }
        for (int i = 0; i < 2; i++) {
            out.add(input(catalog, n++, renovation, Set.of(), "application-form:ORIGINAL", "ownership-certificate:ORIGINAL",
                    "ownership-certificate:COPY", "design-drawings:ORIGINAL:2"));
        }
        out.add(input(catalog, n++, transport, Set.of(), "application-form:ORIGINAL", "vehicle-list:ORIGINAL",
                "safety-rules:ORIGINAL"));
        out.add(input(catalog, n++, investment, Set.of(), "application-report:ORIGINAL", "application-report:ELECTRONIC",
                "site-opinion:COPY", "energy-review:COPY"));
        out.add(input(catalog, n++, printing, Set.of()));
        return out;
    }

    /**
     * A week of a hall: {@code perDay} cases on each of five working days (Monday 2025-09-15 to Friday
     * 2025-09-19), each decided on the day it is received. Items and situations are drawn with the
     * weights of {@link #mix()} (provident fund 11 in 20, split over its four situation sets; renovation 6;
     * road transport, joint investment and printing 1 each); a case hands in every mandatory material its
     * situations require, in every required form and count, except that one case in five leaves out one
     * material (half of the time) or one form of it. Fixed seed.
     */
    static List<CaseInput> week(int perDay, long seed) {
        Catalog catalog = Catalogs.example();
        String fund = "12330100MB0A1234581305700100001";
        List<Object[]> kinds = List.of(
                new Object[] {fund, Set.of("fund-loan"), 3},
                new Object[] {fund, Set.of("bank-loan-first"), 3},
                new Object[] {fund, Set.of("bank-loan-later", "agent"), 3},
                new Object[] {fund, Set.of("fund-loan", "spouse"), 2},
                new Object[] {"11330106002000300M1000101005000", Set.<String>of(), 6},
                new Object[] {"1133010600200020001000101003000", Set.<String>of(), 1},
                new Object[] {"11330106002000900P1000101014000", Set.<String>of(), 1},
                new Object[] {"11330106002000600N1000101008000", Set.<String>of(), 1});
        int total = kinds.stream().mapToInt(k -> (Integer) k[2]).sum();
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<CaseInput> out = new ArrayList<>();
        int n = 0;
        for (int day = 4; day >= 0; day--) {
            LocalDate on = ON.minusDays(day);
            for (int c = 0; c < perDay; c++) {
                int pick = random.nextInt(total);
                Object[] kind = kinds.get(0);
                for (Object[] k : kinds) {
                    pick -= (Integer) k[2];
                    if (pick < 0) {
                        kind = k;
                        break;
                    }
                }
                ServiceItem item = catalog.latest((String) kind[0]);
                @SuppressWarnings("unchecked")
                Set<String> situations = (Set<String>) kind[1];
                List<RequiredMaterial> required = CaseInputs.materials(item).stream()
                        .filter(m -> m.isMandatory() && m.appliesTo(situations)).toList();
                List<SubmittedMaterial> given = new ArrayList<>();
                int gap = !required.isEmpty() && random.nextInt(5) == 0 ? random.nextInt(required.size()) : -1;
                boolean wholeMaterial = random.nextBoolean();
                for (int i = 0; i < required.size(); i++) {
                    RequiredMaterial m = required.get(i);
                    List<MaterialForm> forms = m.requiredForms();
                    if (i == gap && (wholeMaterial || forms.size() == 1)) {
                        continue;
                    }
                    for (int f = 0; f < forms.size(); f++) {
                        if (i == gap && f == forms.size() - 1) {
                            continue;
                        }
                        given.add(new SubmittedMaterial(m.code(), forms.get(f), m.count(forms.get(f))));
                    }
                }
                out.add(new CaseInput("W-" + n++, CaseInputs.itemFact(item), CaseInputs.materials(item), CaseInputs.situations(item), situations,
                        new ApplicantFact("申请人", ApplicantType.NATURAL_PERSON, "RESIDENT_ID_CARD",
                                "330106198503121231", situations.contains("agent")), given, on));
            }
        }
        return out;
    }

    static CaseInput input(Catalog catalog, int n, String code, Set<String> situations, String... submitted) {
        ServiceItem item = catalog.latest(code);
        List<SubmittedMaterial> given = new ArrayList<>();
        for (String s : submitted) {
            String[] p = s.split(":");
            given.add(new SubmittedMaterial(p[0], MaterialForm.valueOf(p[1]), p.length > 2 ? Integer.parseInt(p[2]) : 1));
        }
        // received over one working week, Monday 2025-09-15 to Friday 2025-09-19
        return new CaseInput("B-" + n, CaseInputs.itemFact(item), CaseInputs.materials(item), CaseInputs.situations(item), situations,
                new ApplicantFact("申请人", ApplicantType.NATURAL_PERSON, "RESIDENT_ID_CARD", "330106198503121231",
                        situations.contains("agent")), given, ON.minusDays(n % 5));
    }

    private static Evaluation engine(Packs packs, Cursor cursor) {
        int i = cursor.advance(packs.cases.length);
        CompiledPack pack = i % 2 == 0 ? packs.national : packs.provincial;
        CaseInput in = packs.cases[i >> 1];
        return pack.evaluate(in, in.receivedOn());
    }

    @Benchmark
    @Threads(1)
    public Evaluation engineWithoutMemo_1thread(Packs packs, Cursor cursor) {
        int i = cursor.advance(packs.cases.length);
        CompiledPack pack = i % 2 == 0 ? packs.national : packs.provincial;
        CaseInput in = packs.cases[i >> 1];
        return pack.evaluateUncached(in, in.receivedOn());
    }

    @Benchmark
    @Threads(2)
    public Evaluation engineWithoutMemo_2threads(Packs packs, Cursor cursor) {
        int i = cursor.advance(packs.cases.length);
        CompiledPack pack = i % 2 == 0 ? packs.national : packs.provincial;
        CaseInput in = packs.cases[i >> 1];
        return pack.evaluateUncached(in, in.receivedOn());
    }

    @Benchmark
    @Threads(1)
    public Evaluation engine_1thread(Packs packs, Cursor cursor) {
        return engine(packs, cursor);
    }

    @Benchmark
    @Threads(2)
    public Evaluation engine_2threads(Packs packs, Cursor cursor) {
        return engine(packs, cursor);
    }

    @Benchmark
    @Threads(1)
    public Evaluation naiveStatelessSession_1thread(Packs packs, Cursor cursor) {
        int i = cursor.advance(packs.cases.length);
        CompiledPack pack = i % 2 == 0 ? packs.national : packs.provincial;
        CaseInput in = packs.cases[i >> 1];
        return pack.evaluateStateless(in, in.receivedOn());
    }

    @Benchmark
    @Threads(1)
    public PlainJavaNationalPack.Result plainJavaNationalPack_1thread(Packs packs, Cursor cursor) {
        int i = cursor.advance(packs.cases.length);
        CaseInput in = packs.cases[i >> 1];
        return packs.plain.evaluate(in, in.receivedOn());
    }

    @Benchmark
    @Threads(1)
    public Evaluation weekOfAHall_engine_1thread(Packs packs, Week week, Cursor cursor) {
        int i = cursor.advance(week.cases.length);
        CompiledPack pack = i % 2 == 0 ? packs.national : packs.provincial;
        CaseInput in = week.cases[i >> 1];
        return pack.evaluate(in, in.receivedOn());
    }

    @Benchmark
    @Threads(1)
    public Evaluation weekOfAHall_naiveStatelessSession_1thread(Packs packs, Week week, Cursor cursor) {
        int i = cursor.advance(week.cases.length);
        CompiledPack pack = i % 2 == 0 ? packs.national : packs.provincial;
        CaseInput in = week.cases[i >> 1];
        return pack.evaluateStateless(in, in.receivedOn());
    }

    /** Cold build of both provincial packs (each with the national base) in a fresh JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(3)
    public Object coldBuildBothPacks() {
        CompiledPack zj = build("cn-zj");
        CompiledPack sc = build("cn-sc");
        PackCompiler.forget(zj);
        PackCompiler.forget(sc);
        return new Object[] {zj.contentHash(), sc.contentHash()};
    }
}
